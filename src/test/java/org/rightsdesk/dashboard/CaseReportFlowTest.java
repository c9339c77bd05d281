package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.testing.FixedClock;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report follows a case through the real steps on Wednesday 4 March 2026: receipt, triage and a clock
 * event each rewrite the case's row in their own transaction, and its due date is the clock's.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class CaseReportFlowTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDeadlines deadlines;

  @Test
  void the_row_follows_receipt_triage_and_an_extension() throws Exception {
    // Given an FOI request received on Monday 2 March
    String reference =
        CaseFlows.receive(mvc, """
                            {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
                             "description": "Minutes of governors' meetings in 2025", "channel": "EMAIL",
                             "receivedAt": "2026-03-02T09:30:00Z"}
                            """);

    // Then it waits for triage, due on the earlier of the FOI date (31 March, skipping St Patrick's Day)
    // and the SAR date (2 April)
    assertThat(row(reference))
        .containsEntry("STAGE", "TRIAGE")
        .containsEntry("STATUS", "RECEIVED")
        .containsEntry("DUE_DATE", java.sql.Date.valueOf("2026-03-31"))
        .containsEntry("RECEIVED_ON", java.sql.Date.valueOf("2026-03-02"));

    // When it is triaged as a valid FOI request
    runJobs(runtime, management, reference);
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_TriageRequest").singleResult().getId(),
        Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));

    // Then the row has the clock's date and state
    assertThat(row(reference))
        .containsEntry("STAGE", "IN_PROGRESS")
        .containsEntry("REGIME", "FOI")
        .containsEntry("CLOCK_STATUS", "RUNNING")
        .containsEntry("DUE_DATE", java.sql.Date.valueOf(deadlines.deadline(reference).orElseThrow().dueDate()));

    // When a 20-working-day public interest extension is recorded
    mvc.perform(
            post("/api/requests/" + reference + "/clock-events")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXTENDED\", \"on\": \"2026-03-04\", \"kind\": \"PUBLIC_INTEREST\", \"days\": 20}"))
        .andExpect(status().isOk());

    // Then the row moves with it (Good Friday and Easter Monday skipped)
    assertThat(row(reference))
        .containsEntry("EXTENDED", "PUBLIC_INTEREST")
        .containsEntry("DUE_DATE", java.sql.Date.valueOf(LocalDate.of(2026, 4, 30)));
  }

  private Map<String, Object> row(String reference) {
    return jdbc.sql("SELECT * FROM case_report WHERE reference = ?").param(reference).query().singleRow();
  }
}
