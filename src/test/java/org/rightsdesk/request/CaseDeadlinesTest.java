package org.rightsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case's statutory date in the running service: promised in the acknowledgement, shown with its
 * working, and followed by task due dates and timers when an event moves it. The job executor is off so
 * the test runs each job itself; the dates are worked out by hand from the 2026 calendar and
 * the GOV.UK bank-holiday lists.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseDeadlinesTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void an_foi_request_received_2_march_2026_is_due_31_march_after_st_patricks_day_and_an_extension_moves_everything()
      throws Exception {
    // Given a letter received on Monday 2 March 2026, entered by staff
    String reference =
        CaseFlows.receive(mvc, """
                            {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
                             "description": "Bus routes serving the school", "channel": "POST",
                             "receivedAt": "2026-03-02T09:30:00Z"}
                            """);

    // Then the acknowledgement promises both possible dates: FOI/EIR 20 working days, SAR one calendar month
    String acknowledgement =
        jdbc.sql("SELECT body_text FROM outbox_message WHERE case_reference = ? AND purpose = 'ACKNOWLEDGEMENT'")
            .param(reference)
            .query(String.class)
            .single();
    assertThat(acknowledgement).contains("by 31 March 2026 (20 working days)").contains("by 2 April 2026 (one calendar month)");
    runJobs(reference);

    // When triage says FOI
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));

    // Then the case is due on the 20th working day: St Patrick's Day (17 March) is a bank holiday in Northern Ireland,
    // so not a working day for any FOI body (FOIA s10(6)); the working is shown and the timers aim at the date
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.dueDate").value("2026-03-31"))
        .andExpect(jsonPath("$.dueDateProvisional").value(false))
        .andExpect(jsonPath("$.clock.regime").value("FOI"))
        .andExpect(jsonPath("$.clock.status").value("RUNNING"))
        .andExpect(jsonPath("$.clock.working[-1].kind").value("DUE"))
        .andExpect(jsonPath("$.clock.working[-1].dayNumber").value(20));
    assertThat(timer(reference, "BoundaryEvent_DeadlinePassed")).isEqualTo("2026-04-01T07:00:00Z");
    assertThat(timer(reference, "BoundaryEvent_DeadlineApproaching")).isEqualTo("2026-03-24T08:00:00Z");
    assertThat(taskDue(reference)).isEqualTo("2026-03-31T16:00:00Z");

    // When a 20-working-day public interest extension is recorded
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXTENDED\", \"on\": \"2026-03-20\", \"kind\": \"PUBLIC_INTEREST\", \"days\": 20}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dueDate").value("2026-04-30"));

    // Then (skipping Good Friday 3 April and Easter Monday 6 April) the due date, timers and task follow; BST from 29 March
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.dueDate").value("2026-04-30"));
    assertThat(timer(reference, "BoundaryEvent_DeadlinePassed")).isEqualTo("2026-05-01T07:00:00Z");
    assertThat(timer(reference, "BoundaryEvent_DeadlineApproaching")).isEqualTo("2026-04-23T07:00:00Z");
    assertThat(taskDue(reference)).isEqualTo("2026-04-30T16:00:00Z");
  }

  @Test
  void an_impossible_clock_event_is_refused_and_changes_nothing() throws Exception {
    String reference =
        CaseFlows.receiveAnonymously(mvc, "{\"requester\": {\"name\": \"Grace\", \"email\": \"g@example.org\"}, \"description\": \"x\"}");

    // before triage no statutory clock runs; afterwards only extensions are recorded here (the phases
    // record the rest), and one the law does not allow (over 20 working days for the public interest) is refused
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"FEE_NOTICE_ISSUED\", \"on\": \"2026-11-20\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));

    runJobs(reference);
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        Map.of("regime", "FOI", "validRequest", true));
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"FEE_PAID\", \"on\": \"2026-11-20\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXTENDED\", \"on\": \"2026-11-20\", \"kind\": \"PUBLIC_INTEREST\", \"days\": 30}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("events"));
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXTENDED\", \"on\": \"2026-11-20\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"FEE_NOTICE_ISSUED\", \"on\": \"2026-11-20\"}"))
        .andExpect(status().isUnauthorized());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE reference = ? AND event_type LIKE 'FEE%'")
            .param(reference).query(Long.class).single())
        .isZero();
  }

  private void runJobs(String reference) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("InformationRequest").processInstanceBusinessKey(reference).singleResult().getId();
    for (Job job : management.createJobQuery().processInstanceId(instance).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  private String timer(String reference, String activityId) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey("InformationRequest").processInstanceBusinessKey(reference).singleResult().getId();
    Date due = management.createJobQuery().processInstanceId(instance).timers().activityId(activityId).singleResult().getDuedate();
    return Instant.ofEpochMilli(due.getTime()).toString();
  }

  private String taskDue(String reference) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getDueDate().toInstant().toString();
  }
}
