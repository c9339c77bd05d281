package org.rightsdesk.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.rightsdesk.testing.FixedClock;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Clarifying an FOI request in the running service, on a fixed date (Wednesday 4 March 2026): the
 * question goes out, the clock waits, the answer restarts the count (FOIA s1(3)) and triage comes back.
 * The job executor is off; the test runs each job.
 */
@SpringBootTest(
    properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class ClarificationFlowTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void an_unclear_foi_request_waits_for_the_answer_then_counts_20_working_days_from_it() throws Exception {
    // Given an FOI request received on Monday 2 March, triaged on 4 March as unclear
    String reference = receive();
    runJobs(runtime, management, reference);
    completeTriage(
        reference,
        Map.of("regime", "FOI", "validRequest", true, "needsClarification", true,
            "clarificationQuestion", "Which governors' meetings do you mean: full board or committees?"));
    runJobs(runtime, management, reference);

    // Then the requester is asked, and the clock waits: due 20 working days from the day an answer comes
    String question = outbox(jdbc, reference, "CLARIFICATION_REQUEST#1");
    assertThat(question).contains("Which governors' meetings do you mean").contains(reference);
    caseView(reference)
        .andExpect(jsonPath("$.clock.status").value("PAUSED"))
        .andExpect(jsonPath("$.dueDate").value("2026-04-02"));
    assertThat(timer(reference, "BoundaryEvent_DeadlinePassed"))
        .as("no overdue alert while the clock waits")
        .startsWith("9999-12-31");

    // When the answer arrives by email and staff record it the same day
    answer(reference, "Full board meetings only, please.").andExpect(jsonPath("$.result").value("ACCEPTED"));

    // Then the count runs from the answer: 20 working days after 4 March, skipping St Patrick's Day, is 2 April
    caseView(reference)
        .andExpect(jsonPath("$.clock.status").value("RUNNING"))
        .andExpect(jsonPath("$.dueDate").value("2026-04-02"));
    assertThat(timer(reference, "BoundaryEvent_DeadlinePassed")).isEqualTo("2026-04-03T07:00:00Z");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_TriageRequest").count())
        .as("triage comes back with the answer")
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT answer FROM clarification WHERE case_reference = ?").param(reference).query(String.class).single())
        .isEqualTo("Full board meetings only, please.");

    // and a second answer to the same question changes nothing
    answer(reference, "Also committees.").andExpect(jsonPath("$.result").value("ALREADY_ANSWERED"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE reference = ? AND event_type = 'CLARIFICATION_RECEIVED'")
            .param(reference).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void an_answer_before_the_question_has_gone_out_is_not_taken() throws Exception {
    String reference = receive();
    runJobs(runtime, management, reference);
    completeTriage(reference, Map.of("regime", "FOI", "validRequest", true, "needsClarification", true,
        "clarificationQuestion", "Which years?"));
    // only the "ask" step has run; the email is still waiting to be sent
    String ask = runtime.createProcessInstanceQuery().processDefinitionKey("ClarifyRequest").processInstanceBusinessKey(reference)
        .singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(ask).messages().singleResult().getId());

    answer(reference, "2024 and 2025").andExpect(jsonPath("$.result").value("NOT_WAITING"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE reference = ? AND event_type = 'CLARIFICATION_RECEIVED'")
            .param(reference).query(Long.class).single())
        .isZero();
  }

  @Test
  void triage_refuses_a_clarification_without_a_question() throws Exception {
    String reference = receive();
    runJobs(runtime, management, reference);
    String task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> tasks.complete(task, Map.of("regime", "FOI", "validRequest", true, "needsClarification", true)))
        .hasMessageContaining("clarificationQuestion");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  private String receive() throws Exception {
    return CaseFlows.receive(mvc, """
                        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
                         "description": "Minutes of the governors' meetings", "channel": "EMAIL",
                         "receivedAt": "2026-03-02T09:30:00Z"}
                        """);
  }

  private void completeTriage(String reference, Map<String, Object> variables) {
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_TriageRequest").singleResult().getId(),
        variables);
  }

  private org.springframework.test.web.servlet.ResultActions answer(String reference, String text) throws Exception {
    return mvc.perform(
            post("/api/requests/" + reference + "/clarification-answer")
                .with(httpBasic("caseworker", "caseworker"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answer\": \"" + text + "\", \"receivedVia\": \"EMAIL\"}"))
        .andExpect(status().isOk());
  }

  private org.springframework.test.web.servlet.ResultActions caseView(String reference) throws Exception {
    return mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker"))).andExpect(status().isOk());
  }

  private String timer(String reference, String activityId) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
      Job job = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
      if (job != null) {
        return job.getDuedate().toInstant().toString();
      }
    }
    return null;
  }
}
