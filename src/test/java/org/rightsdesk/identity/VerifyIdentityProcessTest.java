package org.rightsdesk.identity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/** Every path of VerifyIdentity, with the decisions a caseworker can make and the timers that can fire. */
@Deployment(resources = {"processes/VerifyIdentity.bpmn", "forms/decide-identity-check.form", "forms/check-identity-evidence.form"})
class VerifyIdentityProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String DECIDE = "Task_DecideIdentityCheck";
  static final String REQUEST = "Task_RequestEvidence";
  static final String AWAIT = "Task_AwaitEvidence";
  static final String CHECK = "Task_CheckEvidence";
  static final String REFERENCE = "IR-2026-000020";

  final FakeIdentityChecks identity = new FakeIdentityChecks();
  final List<String> sent = new ArrayList<>();
  int evidenceRequests;

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    Mocks.register("identityChecks", identity);
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("sendMessage", (JavaDelegate) e -> sent.add((String) e.getVariableLocal("messagePurpose")));
    Mocks.register("requestIdentityEvidence", (JavaDelegate) e -> evidenceRequests++);
    Mocks.register("recordIdentityDecision", (TaskListener) t -> {});
    Mocks.register("recordEvidenceCheck", (TaskListener) t -> {});
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void a_requester_known_to_the_school_is_verified_without_evidence() {
    ProcessInstance instance = start();
    assertThat(task()).hasCandidateGroup("caseworkers");

    complete(task(), withVariables("identityDecision", "VERIFIED"));

    assertThat(instance).hasPassed("EndEvent_IdentityVerified").hasNotPassed(REQUEST).isEnded();
    assertThat(instance).variables().containsEntry("identityOutcome", "VERIFIED");
  }

  @Test
  void evidence_is_asked_for_received_checked_and_accepted() {
    ProcessInstance instance = startAndAskForEvidence();

    runtimeService().createMessageCorrelation("Msg_IdentityEvidenceReceived").processInstanceBusinessKey(REFERENCE).correlate();
    assertThat(instance).isWaitingAt(CHECK);
    complete(task(), withVariables("evidenceDecision", "ACCEPT"));

    assertThat(instance).hasPassed("EndEvent_IdentityVerified").isEnded();
    assertThat(instance).variables().containsEntry("identityOutcome", "VERIFIED");
    Assertions.assertThat(sent).containsExactly("IDENTITY_REQUEST");
  }

  @Test
  void insufficient_evidence_is_asked_for_again_and_rejected_evidence_ends_without_disclosure() {
    ProcessInstance instance = startAndAskForEvidence();
    runtimeService().createMessageCorrelation("Msg_IdentityEvidenceReceived").processInstanceBusinessKey(REFERENCE).correlate();

    complete(task(), withVariables("evidenceDecision", "ASK_AGAIN", "evidenceNote", "The bill must show your current address"));
    execute(asyncJob(instance));
    execute(asyncJob(instance));
    Assertions.assertThat(evidenceRequests).isEqualTo(2);
    assertThat(instance).isWaitingAt(AWAIT);

    runtimeService().createMessageCorrelation("Msg_IdentityEvidenceReceived").processInstanceBusinessKey(REFERENCE).correlate();
    complete(task(), withVariables("evidenceDecision", "REJECT", "evidenceNote", "Not a document we accept"));
    execute(asyncJob(instance));

    assertThat(instance).hasPassed("Task_SendIdentityNotConfirmed", "EndEvent_IdentityNotConfirmed").isEnded();
    assertThat(instance).variables().containsEntry("identityOutcome", "NOT_CONFIRMED");
    Assertions.assertThat(sent).containsExactly("IDENTITY_REQUEST", "IDENTITY_REQUEST", "IDENTITY_NOT_CONFIRMED");
  }

  @Test
  void a_reminder_goes_and_without_evidence_the_request_lapses() {
    ProcessInstance instance = startAndAskForEvidence();
    Assertions.assertThat(timer(instance, "BoundaryEvent_EvidenceReminderDue").getDuedate()).isEqualTo(identity.reminder);
    Assertions.assertThat(timer(instance, "BoundaryEvent_EvidenceLapsed").getDuedate()).isEqualTo(identity.lapse);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-16T08:01:00Z")));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult());
    execute(asyncJob(instance));
    assertThat(instance).hasPassed("EndEvent_EvidenceReminderSent").isWaitingAt(AWAIT);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-02T08:01:00Z")));
    execute(timer(instance, "BoundaryEvent_EvidenceLapsed"));
    execute(asyncJob(instance));

    assertThat(instance).hasPassed("EndEvent_IdentityLapsed").hasNotPassed(CHECK).isEnded();
    assertThat(instance).variables().containsEntry("identityOutcome", "LAPSED");
    Assertions.assertThat(identity.calls).containsExactly("reminder", "lapse");
    Assertions.assertThat(sent).containsExactly("IDENTITY_REQUEST", "IDENTITY_REMINDER", "IDENTITY_LAPSED");
  }

  @Test
  void a_competent_child_who_refuses_stops_disclosure_to_the_parent() {
    identity.child = true;
    ProcessInstance instance = start();
    assertThat(instance).variables().containsEntry("aboutAChild", true);

    complete(task(), withVariables("identityDecision", "CHILD_REFUSED"));
    execute(asyncJob(instance));

    assertThat(instance).hasPassed("Task_SendChildRefusalNotice", "EndEvent_ChildRefused").isEnded();
    assertThat(instance).variables().containsEntry("identityOutcome", "CHILD_REFUSED");
    Assertions.assertThat(sent).containsExactly("CHILD_REFUSED");
  }

  private ProcessInstance start() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey("VerifyIdentity", REFERENCE, withVariables("caseReference", REFERENCE));
    assertThat(instance).isWaitingAt(DECIDE);
    return instance;
  }

  private ProcessInstance startAndAskForEvidence() {
    ProcessInstance instance = start();
    complete(task(), withVariables("identityDecision", "REQUEST_EVIDENCE"));
    execute(asyncJob(instance));
    execute(asyncJob(instance));
    assertThat(instance).hasPassed(REQUEST, "Task_SendEvidenceRequest").isWaitingAt(AWAIT);
    return instance;
  }

  private static Job asyncJob(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }
}
