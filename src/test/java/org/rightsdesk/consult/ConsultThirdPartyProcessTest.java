package org.rightsdesk.consult;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

/** Every path of ConsultThirdParty: replied, reminded then replied, no reply in time. */
@Deployment(resources = "processes/ConsultThirdParty.bpmn")
class ConsultThirdPartyProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String REFERENCE = "IR-2026-000050";
  static final long CONSULTATION = 7L;
  static final String REMINDER_TIMER = "BoundaryEvent_ConsultationReminderDue";
  static final String TIMEOUT_TIMER = "BoundaryEvent_ConsultationTimedOut";

  /** The service's timers for consultation 7, as the clock would set them. */
  public static class FixedConsultations {
    public final Date reminder = Date.from(Instant.parse("2026-03-11T08:00:00Z"));
    public final Date timeout = Date.from(Instant.parse("2026-03-20T08:00:00Z"));

    public Date reminderAt(long id) {
      Assertions.assertThat(id).isEqualTo(CONSULTATION);
      return reminder;
    }

    public Date timeoutAt(long id) {
      Assertions.assertThat(id).isEqualTo(CONSULTATION);
      return timeout;
    }
  }

  final FixedConsultations consultations = new FixedConsultations();
  final List<String> steps = new ArrayList<>();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-04T10:00:00Z")));
    Mocks.register("consultations", consultations);
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("requestConsultation", (JavaDelegate) e -> {
      steps.add("request " + e.getVariable("consultationId"));
      e.setVariable("outboxMessageId", "request-message");
    });
    Mocks.register("remindConsultee", (ExecutionListener) e -> {
      steps.add("remind " + e.getVariable("consultationId"));
      e.setVariable("outboxMessageId", "reminder-message");
    });
    Mocks.register("timeOutConsultation", (ExecutionListener) e -> steps.add("time out " + e.getVariable("consultationId")));
    Mocks.register("sendOutboxMessage", (JavaDelegate) e -> steps.add("send " + e.getVariable("outboxMessageId")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void the_request_is_sent_and_the_reply_ends_the_consultation() {
    ProcessInstance instance = started();
    Assertions.assertThat(timer(instance, REMINDER_TIMER).getDuedate()).isEqualTo(consultations.reminder);
    Assertions.assertThat(timer(instance, TIMEOUT_TIMER).getDuedate()).isEqualTo(consultations.timeout);

    reply();

    assertThat(instance).hasPassed("EndEvent_ReplyReceived").hasNotPassed("EndEvent_NoReplyInTime").isEnded();
    Assertions.assertThat(steps).containsExactly("request 7", "send request-message");
  }

  @Test
  void a_reminder_goes_half_way_and_a_later_reply_still_ends_the_consultation() {
    ProcessInstance instance = started();

    ClockUtil.setCurrentTime(consultations.reminder);
    execute(timer(instance, REMINDER_TIMER));
    execute(job(instance));
    assertThat(instance).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_AwaitConsultationReply");
    Assertions.assertThat(timer(instance, REMINDER_TIMER)).as("one reminder only").isNull();

    reply();

    assertThat(instance).hasPassed("EndEvent_ReplyReceived").isEnded();
    Assertions.assertThat(steps)
        .containsExactly("request 7", "send request-message", "remind 7", "send reminder-message");
  }

  @Test
  void without_a_reply_by_the_date_the_consultation_times_out() {
    ProcessInstance instance = started();

    ClockUtil.setCurrentTime(consultations.timeout);
    execute(timer(instance, TIMEOUT_TIMER));

    assertThat(instance).hasPassed("EndEvent_NoReplyInTime").hasNotPassed("EndEvent_ReplyReceived").isEnded();
    Assertions.assertThat(steps).containsExactly("request 7", "send request-message", "time out 7");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance started() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey(
            "ConsultThirdParty", REFERENCE, withVariables("caseReference", REFERENCE, "consultationId", CONSULTATION));
    assertThat(instance).isWaitingAt("Task_RequestConsultation");
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_SendConsultationRequest");
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_AwaitConsultationReply");
    return instance;
  }

  private void reply() {
    runtimeService().createMessageCorrelation("Msg_ConsultationReplied")
        .processInstanceBusinessKey(REFERENCE)
        .processInstanceVariableEquals("consultationId", CONSULTATION)
        .correlate();
  }

  private static Job job(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }
}
