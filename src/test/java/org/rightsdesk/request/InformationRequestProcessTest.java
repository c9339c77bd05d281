package org.rightsdesk.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import org.assertj.core.api.Assertions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
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

/** Every path of InformationRequest, with its delegates replaced by recorders and the real routing table. */
@Deployment(
    resources = {
      "processes/information-request.bpmn",
      "processes/route-request.dmn",
      "forms/triage-request.form",
      "forms/prepare-response.form"
    })
class InformationRequestProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  static final String TRIAGE = "Task_TriageRequest";
  static final String SPLIT = "Task_SplitRequest";
  static final String SEND_TRIAGE_NOTICE = "Task_SendTriageNotice";
  static final String ROUTE = "Task_RouteRequest";
  static final String PREPARE_RESPONSE = "Task_PrepareResponse";
  static final String SEND_RESPONSE = "Task_SendResponse";
  static final String CLOSE = "Task_CloseCase";
  static final String END = "EndEvent_RequestClosed";

  final List<String> messagesSent = new ArrayList<>();
  final List<String> closed = new ArrayList<>();
  final List<String> splits = new ArrayList<>();
  final List<String> handlingGroups = new ArrayList<>();
  boolean mailServerDown;

  @BeforeEach
  void mockDelegates() {
    Mocks.register("mailRetry", Map.of("cycle", "PT5M,PT30M"));
    Mocks.register(
        "sendMessage",
        (JavaDelegate)
            execution -> {
              if (mailServerDown) {
                throw new IllegalStateException("SMTP server unavailable");
              }
              messagesSent.add((String) execution.getVariableLocal("messagePurpose"));
            });
    Mocks.register("recordTriage", (TaskListener) task -> {});
    Mocks.register("recordResponse", (TaskListener) task -> {});
    Mocks.register("splitRequest", (JavaDelegate) execution -> splits.add(execution.getProcessBusinessKey()));
    Mocks.register(
        "recordHandlingGroup",
        (ExecutionListener) execution -> handlingGroups.add((String) execution.getVariable("responseGroup")));
    Mocks.register("closeCase", (JavaDelegate) execution -> closed.add(execution.getProcessBusinessKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void a_valid_pupil_request_is_acknowledged_triaged_routed_to_the_school_answered_and_closed() {
    // Given a request about a pupil of City Academy
    ProcessInstance instance = start("IR-2026-000001", "PUPIL", "city-academy");

    // When the acknowledgement job runs
    assertThat(instance).isWaitingAt(SEND_ACKNOWLEDGEMENT);
    execute(job());

    // Then the information governance team triages it
    assertThat(instance).isWaitingAt(TRIAGE);
    assertThat(task()).hasCandidateGroup("caseworkers");
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT");

    // When triage accepts it without splitting
    complete(task(), withVariables("acceptedAtTriage", true, "splitRequested", false));

    // Then the school's team prepares the response
    assertThat(instance).hasPassed(ROUTE).hasNotPassed(SPLIT, SEND_TRIAGE_NOTICE).isWaitingAt(PREPARE_RESPONSE);
    assertThat(task()).hasCandidateGroup("school-city-academy");
    Assertions.assertThat(handlingGroups).containsExactly("school-city-academy");

    // When the response is written, the send job runs and the case closes
    complete(task());
    assertThat(instance).isWaitingAt(SEND_RESPONSE);
    execute(job());
    assertThat(instance).hasPassed(SEND_RESPONSE, CLOSE).isEnded();
    assertThat(instance).hasPassed(END);
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT", "RESPONSE");
    Assertions.assertThat(closed).containsExactly("IR-2026-000001");
  }

  @Test
  void a_mixed_request_is_split_into_linked_cases_and_goes_on() {
    ProcessInstance instance = startAtTriage("IR-2026-000002", "STAFF", null);

    complete(task(), withVariables("acceptedAtTriage", true, "splitRequested", true));

    assertThat(instance).hasPassed(SPLIT, ROUTE).isWaitingAt(PREPARE_RESPONSE);
    Assertions.assertThat(splits).containsExactly("IR-2026-000002");
    assertThat(task()).hasCandidateGroup("hr");
  }

  @Test
  void a_request_that_is_not_valid_or_business_as_usual_gets_a_notice_and_closes() {
    ProcessInstance instance = startAtTriage("IR-2026-000003", "OTHER", null);

    complete(task(), withVariables("acceptedAtTriage", false, "splitRequested", false));

    assertThat(instance).isWaitingAt(SEND_TRIAGE_NOTICE);
    execute(job());
    assertThat(instance).hasPassed(SEND_TRIAGE_NOTICE, CLOSE, END).hasNotPassed(ROUTE, PREPARE_RESPONSE).isEnded();
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT", "TRIAGE_NOTICE");
    Assertions.assertThat(closed).containsExactly("IR-2026-000003");
  }

  @Test
  void a_mail_server_that_stays_down_raises_an_incident_and_the_message_waits() {
    mailServerDown = true;
    ProcessInstance instance = start("IR-2026-000004", "OTHER", null);

    // every attempt fails; the job is retried on the back-off cycle until its retries run out
    int attempts = 0;
    Job job = jobOf(instance);
    while (job.getRetries() > 0 && attempts < 10) {
      attempts++;
      try {
        execute(job);
      } catch (RuntimeException expected) {
        // the job failed and keeps its place in the process
      }
      job = jobOf(instance);
    }

    Assertions.assertThat(attempts).isBetween(2, 4);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(incident).isNotNull();
    Assertions.assertThat(incident.getActivityId()).isEqualTo(SEND_ACKNOWLEDGEMENT);
    assertThat(instance).isWaitingAt(SEND_ACKNOWLEDGEMENT);
    Assertions.assertThat(messagesSent).isEmpty();

    // when an operator retries after the server is back, the message goes once and the case moves on
    mailServerDown = false;
    managementService().setJobRetries(job.getId(), 1);
    execute(jobOf(instance));
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT");
    assertThat(instance).isWaitingAt(TRIAGE);
  }

  @Test
  void a_failed_send_is_retried_after_the_first_interval_of_the_back_off() {
    mailServerDown = true;
    ProcessInstance instance = start("IR-2026-000005", "OTHER", null);
    long before = System.currentTimeMillis();
    try {
      execute(jobOf(instance));
    } catch (RuntimeException expected) {
      // first attempt failed
    }
    Job retried = jobOf(instance);
    Assertions.assertThat(retried.getRetries()).isPositive();
    Assertions.assertThat(retried.getExceptionMessage()).contains("SMTP server unavailable");
    Assertions.assertThat(retried.getDuedate().getTime() - before).isBetween(4 * 60_000L, 6 * 60_000L);
  }

  private static Job jobOf(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private ProcessInstance start(String reference, String subjectType, String school) {
    return runtimeService()
        .startProcessInstanceByKey(
            InformationRequestProcess.PROCESS_ID,
            reference,
            withVariables("caseReference", reference, "subjectType", subjectType, "school", school));
  }

  private ProcessInstance startAtTriage(String reference, String subjectType, String school) {
    ProcessInstance instance = start(reference, subjectType, school);
    assertThat(instance).isWaitingAt(SEND_ACKNOWLEDGEMENT);
    execute(job());
    assertThat(instance).isWaitingAt(TRIAGE);
    return instance;
  }

}
