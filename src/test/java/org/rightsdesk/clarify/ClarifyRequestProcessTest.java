package org.rightsdesk.clarify;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightsdesk.engine.ProcessTestCoverage;

/** Every path of ClarifyRequest: answered, reminded, lapsed. */
@Deployment(resources = "processes/ClarifyRequest.bpmn")
class ClarifyRequestProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String ASK = "Task_AskForClarification";
  static final String SEND_REQUEST = "Task_SendClarificationRequest";
  static final String AWAIT = "Task_AwaitClarification";
  static final String REMINDER_TIMER = "BoundaryEvent_ClarificationReminderDue";
  static final String LAPSE_TIMER = "BoundaryEvent_ClarificationLapsed";
  static final String ANSWERED = "EndEvent_ClarificationReceived";
  static final String REMINDED = "EndEvent_ClarificationReminderSent";
  static final String LAPSED = "EndEvent_ClarificationLapsed";

  final FakeClarifications clarifications = new FakeClarifications();
  final List<String> sent = new ArrayList<>();
  final List<String> asked = new ArrayList<>();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(date("2026-03-02T10:00:00Z"));
    Mocks.register("clarifications", clarifications);
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("askForClarification", (JavaDelegate) e -> asked.add((String) e.getVariable("clarificationQuestion")));
    Mocks.register("sendMessage", (JavaDelegate) e -> sent.add((String) e.getVariableLocal("messagePurpose")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void the_question_is_sent_and_the_answer_ends_the_phase() {
    ProcessInstance instance = start();

    Assertions.assertThat(asked).containsExactly("Which years do you mean?");
    Assertions.assertThat(sent).containsExactly("CLARIFICATION_REQUEST");
    assertThat(instance).isWaitingAt(AWAIT);
    Assertions.assertThat(timer(instance, REMINDER_TIMER).getDuedate()).isEqualTo(clarifications.reminder);
    Assertions.assertThat(timer(instance, LAPSE_TIMER).getDuedate()).isEqualTo(clarifications.lapse);

    runtimeService().createMessageCorrelation("Msg_ClarificationReceived").processInstanceBusinessKey("IR-2026-000010").correlate();

    assertThat(instance).hasPassed(ANSWERED).isEnded().variables().containsEntry("clarificationOutcome", "ANSWERED");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void a_reminder_goes_when_it_is_due_and_the_wait_goes_on() {
    ProcessInstance instance = start();

    ClockUtil.setCurrentTime(date("2026-03-16T08:01:00Z"));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult());
    execute(asyncJob(instance));

    Assertions.assertThat(clarifications.calls).containsExactly("reminder");
    Assertions.assertThat(sent).containsExactly("CLARIFICATION_REQUEST", "CLARIFICATION_REMINDER");
    assertThat(instance).hasPassed(REMINDER_TIMER, REMINDED).isWaitingAt(AWAIT);
  }

  @Test
  void an_answer_ends_the_phase_even_while_a_reminder_is_still_waiting_to_be_sent() {
    ProcessInstance instance = start();
    ClockUtil.setCurrentTime(date("2026-03-16T08:01:00Z"));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult());
    assertThat(instance).isWaitingAt(AWAIT, "Task_SendClarificationReminder");

    runtimeService().createMessageCorrelation("Msg_ClarificationReceived").processInstanceBusinessKey("IR-2026-000010").correlate();

    assertThat(instance).hasPassed(ANSWERED).isEnded();
    Assertions.assertThat(sent).containsExactly("CLARIFICATION_REQUEST");
  }

  @Test
  void without_an_answer_the_request_lapses_and_the_requester_is_told() {
    ProcessInstance instance = start();

    ClockUtil.setCurrentTime(date("2026-05-02T08:01:00Z"));
    execute(timer(instance, LAPSE_TIMER));
    Assertions.assertThat(clarifications.calls).containsExactly("lapse");
    execute(asyncJob(instance));

    Assertions.assertThat(sent).containsExactly("CLARIFICATION_REQUEST", "CLARIFICATION_LAPSED");
    assertThat(instance).hasPassed(LAPSED).hasNotPassed(ANSWERED).isEnded();
    assertThat(instance).variables().containsEntry("clarificationOutcome", "LAPSED");
  }

  private ProcessInstance start() {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                "ClarifyRequest",
                "IR-2026-000010",
                withVariables("caseReference", "IR-2026-000010", "clarificationQuestion", "Which years do you mean?"));
    execute(asyncJob(instance)); // ask
    execute(asyncJob(instance)); // send
    return instance;
  }

  private static Job asyncJob(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }

  static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
