package org.rightsdesk.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.assertj.core.api.Assertions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
      "processes/ClarifyRequest.bpmn",
      "processes/VerifyIdentity.bpmn",
      "processes/ChargeFee.bpmn",
      "processes/CollateAndDecide.bpmn",
      "processes/ReviewRedactions.bpmn",
      "processes/ReleaseResponse.bpmn",
      "processes/sign-off.dmn",
      "forms/triage-request.form",
      "forms/prepare-response.form",
      "forms/review-overdue-case.form"
    })
class InformationRequestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension("ClarifyRequest", "VerifyIdentity", "ChargeFee", "CollateAndDecide", "ReviewRedactions", "ReleaseResponse");

  static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  static final String TRIAGE = "Task_TriageRequest";
  static final String SPLIT = "Task_SplitRequest";
  static final String SEND_TRIAGE_NOTICE = "Task_SendTriageNotice";
  static final String ROUTE = "Task_RouteRequest";
  static final String PREPARE_RESPONSE = "Task_PrepareResponse";
  static final String RELEASE = "CallActivity_ReleaseResponse";
  static final String CLOSE = "Task_CloseCase";
  static final String END = "EndEvent_RequestClosed";
  static final String REMINDER_TIMER = "BoundaryEvent_DeadlineApproaching";
  static final String SEND_REMINDER = "Task_SendDeadlineReminder";
  static final String REMINDED = "EndEvent_TeamReminded";
  static final String OVERDUE_TIMER = "BoundaryEvent_DeadlinePassed";
  static final String SEND_OVERDUE_ALERT = "Task_SendOverdueAlert";
  static final String REVIEW_OVERDUE = "Task_ReviewOverdueCase";
  static final String OVERDUE_REVIEWED = "EndEvent_OverdueReviewed";

  static final Date RECEIVED = date("2026-03-02T09:30:00Z");

  /**
   * Stands in for the statutory clock: the test sets the dates the BPMN asks for, as an event would
   * move them.
   */
  public static class FakeDeadlines {
    public Date due = date("2026-03-30T17:00:00Z");
    public Date reminder = date("2026-03-23T08:00:00Z");
    public Date overdue = date("2026-03-31T08:00:00Z");

    public Date dueDate(String reference) {
      return due;
    }

    public Date reminderAt(String reference) {
      return reminder;
    }

    public Date overdueAt(String reference) {
      return overdue;
    }
  }

  /** Records which staff alerts were written. */
  public static class RecordingAlerts {
    public final List<String> written = new ArrayList<>();

    public void composeReminder(String reference) {
      written.add("reminder " + reference);
    }

    public void composeOverdueAlert(String reference) {
      written.add("overdue " + reference);
    }
  }

  final FakeDeadlines deadlines = new FakeDeadlines();
  final RecordingAlerts alerts = new RecordingAlerts();

  final List<String> messagesSent = new ArrayList<>();
  final List<String> closed = new ArrayList<>();
  final List<String> splits = new ArrayList<>();
  final List<String> handlingGroups = new ArrayList<>();
  boolean mailServerDown;

  @BeforeEach
  void mockDelegates() {
    ClockUtil.setCurrentTime(RECEIVED);
    Mocks.register("caseDeadlines", deadlines);
    Mocks.register("deadlineAlerts", alerts);
    Mocks.register("recordOverdueReview", (TaskListener) task -> {});
    Mocks.register("clarifications", new org.rightsdesk.clarify.FakeClarifications());
    Mocks.register("askForClarification", (JavaDelegate) execution -> {});
    Mocks.register("identityChecks", new org.rightsdesk.identity.FakeIdentityChecks());
    Mocks.register("recordIdentityDecision", (TaskListener) task -> {});
    Mocks.register("feeNotices", new org.rightsdesk.fees.FakeFeeNotices());
    Mocks.register("recordFeeEstimate", (TaskListener) task -> {});
    Mocks.register("recordCollation", (TaskListener) task -> {});
    Mocks.register("recordDisclosureDecision", (TaskListener) task -> {});
    Mocks.register("offerPublicationClasses", (TaskListener) task -> {});
    Mocks.register("consultations", new NoConsultations());
    Mocks.register("redactions", redactions);
    Mocks.register("recordRedactionsPrepared", (TaskListener) task -> {});
    Mocks.register("redactAndVerify", (JavaDelegate) execution -> {});
    Mocks.register("recordRedactionApproval", (TaskListener) task -> {});
    Mocks.register("releaseInspection", new NothingHidden());
    Mocks.register("disclosureBundles", new Bundles());
    Mocks.register("releases", new Releases());
    Mocks.register("offerDeliveryMethod", (TaskListener) task -> {});
    Mocks.register("recordSignOff", (TaskListener) task -> {});
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
    ClockUtil.reset();
  }

  @Test
  void a_valid_pupil_request_is_acknowledged_triaged_routed_to_the_school_answered_and_closed() {
    // Given a request about a pupil of City Academy
    ProcessInstance instance = start("IR-2026-000001", "PUPIL", "city-academy");

    // When the acknowledgement job runs
    assertThat(instance).isWaitingAt(SEND_ACKNOWLEDGEMENT);
    execute(asyncJob(instance));

    // Then the information governance team triages it
    assertThat(instance).isWaitingAt(TRIAGE);
    assertThat(task()).hasCandidateGroup("caseworkers");
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT");

    // When triage accepts it without splitting
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", true, "splitRequested", false));

    // Then the school's team collates, decides and prepares the response
    assertThat(instance).hasPassed(ROUTE).hasNotPassed(SPLIT, SEND_TRIAGE_NOTICE).isWaitingAt("CallActivity_CollateAndDecide");
    Assertions.assertThat(candidateGroupsOfCalledTask(instance)).containsExactly("school-city-academy");
    collateAndDecide(instance);
    assertThat(instance).isWaitingAt(PREPARE_RESPONSE);
    assertThat(task()).hasCandidateGroup("school-city-academy");
    Assertions.assertThat(handlingGroups).containsExactly("school-city-academy");

    // When the response is written, sent back once at sign-off, written again, signed off and emailed, the case closes
    complete(task());
    assertThat(instance).isWaitingAt(RELEASE);
    complete(taskQuery().processInstanceId(calledProcess(instance).getId()).singleResult(), withVariables("responseApproved", false));
    assertThat(instance).hasPassed("Gateway_Released").isWaitingAt(PREPARE_RESPONSE);
    complete(task());
    releaseByEmail(instance);
    assertThat(instance).hasPassed(RELEASE, CLOSE).isEnded();
    assertThat(instance).hasPassed(END);
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT", "RESPONSE");
    Assertions.assertThat(closed).containsExactly("IR-2026-000001");
  }

  @Test
  void a_mixed_request_is_split_into_linked_cases_and_goes_on() {
    ProcessInstance instance = startAtTriage("IR-2026-000002", "STAFF", null);

    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", true, "splitRequested", true));

    collateAndDecide(instance);
    assertThat(instance).hasPassed(SPLIT, ROUTE).isWaitingAt(PREPARE_RESPONSE);
    Assertions.assertThat(splits).containsExactly("IR-2026-000002");
    assertThat(task()).hasCandidateGroup("hr");
  }

  @Test
  void a_request_that_is_not_valid_or_business_as_usual_gets_a_notice_and_closes() {
    ProcessInstance instance = startAtTriage("IR-2026-000003", "OTHER", null);

    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", false, "splitRequested", false));

    assertThat(instance).isWaitingAt(SEND_TRIAGE_NOTICE);
    execute(asyncJob(instance));
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
    long before = ClockUtil.getCurrentTime().getTime();
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

  /** The instance's waiting async continuation (a "send" step), apart from its timers. */
  private static Job jobOf(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private static Job asyncJob(ProcessInstance instance) {
    return jobOf(instance);
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  void tasks_are_due_on_the_statutory_date_and_the_deadline_timers_follow_the_clock() {
    ProcessInstance instance = startAtTriage("IR-2026-000006", "OTHER", null);

    Assertions.assertThat(task().getDueDate()).isEqualTo(deadlines.due);
    Assertions.assertThat(timer(instance, REMINDER_TIMER).getDuedate()).isEqualTo(deadlines.reminder);
    Assertions.assertThat(timer(instance, OVERDUE_TIMER).getDuedate()).isEqualTo(deadlines.overdue);

    // when an event moves the deadline (say a fee notice pauses the clock), the timers are re-set from the clock
    deadlines.reminder = date("2026-04-20T08:00:00Z");
    deadlines.overdue = date("2026-04-28T08:00:00Z");
    for (Job timer : managementService().createJobQuery().processInstanceId(instance.getId()).timers().list()) {
      managementService().recalculateJobDuedate(timer.getId(), false);
    }

    Assertions.assertThat(timer(instance, REMINDER_TIMER).getDuedate()).isEqualTo(deadlines.reminder);
    Assertions.assertThat(timer(instance, OVERDUE_TIMER).getDuedate()).isEqualTo(deadlines.overdue);
    ClockUtil.setCurrentTime(date("2026-03-24T09:00:00Z"));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().count())
        .as("the old reminder date has passed but the moved timers are not due")
        .isZero();
  }

  @Test
  void the_team_is_reminded_before_the_deadline_and_managers_review_a_case_that_goes_late() {
    ProcessInstance instance = startAtTriage("IR-2026-000007", "OTHER", null);

    // When the engine's clock reaches the reminder date
    ClockUtil.setCurrentTime(date("2026-03-23T08:01:00Z"));
    Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult();
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(deadlines.reminder);
    execute(reminder);

    // Then the team's reminder is written and sent, and the case carries on where it was
    Assertions.assertThat(alerts.written).containsExactly("reminder IR-2026-000007");
    execute(asyncJob(instance));
    assertThat(instance).hasPassed(REMINDER_TIMER, SEND_REMINDER, REMINDED).isWaitingAt(TRIAGE);

    // When the deadline passes with the request unanswered
    ClockUtil.setCurrentTime(date("2026-03-31T08:01:00Z"));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().singleResult());
    Assertions.assertThat(alerts.written).containsExactly("reminder IR-2026-000007", "overdue IR-2026-000007");
    execute(asyncJob(instance));

    // Then managers get an alert and a review task, while the case stays with its team
    assertThat(instance).hasPassed(OVERDUE_TIMER, SEND_OVERDUE_ALERT).isWaitingAt(TRIAGE, REVIEW_OVERDUE);
    Assertions.assertThat(messagesSent).containsExactly("ACKNOWLEDGEMENT", "DEADLINE_REMINDER", "OVERDUE_ALERT");
    org.camunda.bpm.engine.task.Task review = taskQuery().taskDefinitionKey(REVIEW_OVERDUE).singleResult();
    assertThat(review).hasCandidateGroup("managers");
    complete(review, withVariables("overdueReason", "WORKLOAD", "overdueAction", "Assigned to a second caseworker"));
    assertThat(instance).hasPassed(OVERDUE_REVIEWED).isWaitingAt(TRIAGE);
  }

  @Test
  void answering_the_request_cancels_the_deadline_timers() {
    ProcessInstance instance = startAtTriage("IR-2026-000008", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", true, "splitRequested", false));
    collateAndDecide(instance);
    complete(task());
    releaseByEmail(instance);

    assertThat(instance).isEnded();
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThat(alerts.written).isEmpty();
  }

  @Test
  void an_unclear_request_is_clarified_and_comes_back_to_triage() {
    ProcessInstance instance = startAtTriage("IR-2026-000009", "OTHER", null);

    complete(task(), withVariables("clarificationNeeded", true, "needsClarification", true,
        "clarificationQuestion", "Which meetings?", "acceptedAtTriage", false, "splitRequested", false));
    ProcessInstance clarify = calledProcess(instance);
    execute(asyncJob(clarify));
    execute(asyncJob(clarify));
    runtimeService().createMessageCorrelation("Msg_ClarificationReceived").processInstanceBusinessKey("IR-2026-000009").correlate();

    assertThat(instance).hasPassed("CallActivity_ClarifyRequest").isWaitingAt(TRIAGE);
    assertThat(instance).variables().containsEntry("needsClarification", false).doesNotContainKey("clarificationQuestion");
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", true, "splitRequested", false));
    collateAndDecide(instance);
    assertThat(instance).isWaitingAt(PREPARE_RESPONSE);
  }

  @Test
  void a_request_whose_clarification_never_comes_lapses_and_closes() {
    ProcessInstance instance = startAtTriage("IR-2026-000011", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", true, "clarificationQuestion", "Which meetings?"));
    ProcessInstance clarify = calledProcess(instance);
    execute(asyncJob(clarify));
    execute(asyncJob(clarify));

    execute(managementService().createJobQuery().processInstanceId(clarify.getId()).activityId("BoundaryEvent_ClarificationLapsed").singleResult());
    execute(asyncJob(clarify));

    assertThat(instance).hasPassed("EndEvent_LapsedAwaitingClarification", CLOSE, END).isEnded();
    Assertions.assertThat(closed).containsExactly("IR-2026-000011");
  }

  @Test
  void a_subject_access_request_waits_for_identity_and_one_not_confirmed_closes_without_disclosure() {
    ProcessInstance confirmed = startAtTriage("IR-2026-000012", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", true, "acceptedAtTriage", true, "splitRequested", false));
    assertThat(confirmed).isWaitingAt("CallActivity_VerifyIdentity");
    complete(calledTask(confirmed), withVariables("identityDecision", "VERIFIED"));
    collateAndDecide(confirmed);
    assertThat(confirmed).hasPassed("CallActivity_VerifyIdentity").isWaitingAt(PREPARE_RESPONSE);

    ProcessInstance refused = startAtTriage("IR-2026-000013", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", true, "acceptedAtTriage", true, "splitRequested", false));
    complete(calledTask(refused), withVariables("identityDecision", "CHILD_REFUSED"));
    execute(asyncJob(calledProcess(refused)));

    assertThat(refused).hasPassed("EndEvent_ClosedWithoutDisclosure", CLOSE, END).hasNotPassed(PREPARE_RESPONSE).isEnded();
  }

  @Test
  void a_fee_is_settled_before_the_response_and_a_refusal_over_the_cost_limit_closes_the_case() {
    ProcessInstance free = startAtTriage("IR-2026-000014", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "feeMayApply", true,
        "acceptedAtTriage", true, "splitRequested", false));
    assertThat(free).isWaitingAt("CallActivity_ChargeFee");
    complete(calledTask(free), withVariables("feeDecision", "NO_FEE"));
    collateAndDecide(free);
    assertThat(free).hasPassed("CallActivity_ChargeFee").isWaitingAt(PREPARE_RESPONSE);

    ProcessInstance tooCostly = startAtTriage("IR-2026-000015", "OTHER", null);
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "feeMayApply", true,
        "acceptedAtTriage", true, "splitRequested", false));
    complete(calledTask(tooCostly), withVariables("feeDecision", "OVER_COST_LIMIT"));
    execute(asyncJob(calledProcess(tooCostly)));

    assertThat(tooCostly).hasPassed("EndEvent_ClosedAtFee", CLOSE, END).hasNotPassed(PREPARE_RESPONSE).isEnded();
  }

  /** Whether the case has documents to release, so redactions are reviewed before the response. */
  public static class DocumentsToRelease {
    public boolean any;

    public boolean anyToRelease(String reference) {
      return any;
    }
  }

  /** The disclosure gate finds nothing hidden: the redaction phase is tested on its own. */
  public static class NothingHidden {
    public boolean inspect(String reference) {
      return false;
    }
  }

  /** Makes no bundle: the redaction phase is tested on its own. */
  public static class Bundles {
    public void make(String reference) {}
  }

  final DocumentsToRelease redactions = new DocumentsToRelease();

  /** The release steps called by expression; the release phase is tested on its own. */
  public static class Releases {
    public void prepareElectronicRelease(String reference) {}

    public void recordSent(String reference) {}
  }

  /** A case on which nobody is consulted. */
  public static class NoConsultations {
    public boolean anyToSend(String reference) {
      return false;
    }
  }

  @Test
  void documents_to_release_are_redacted_and_approved_before_the_response() {
    redactions.any = true;
    ProcessInstance instance = start("IR-2026-000009", "PUPIL", "city-academy");
    assertThat(instance).isWaitingAt(SEND_ACKNOWLEDGEMENT);
    execute(asyncJob(instance));
    complete(task(), withVariables("clarificationNeeded", false, "identityCheckNeeded", false, "acceptedAtTriage", true, "splitRequested", false));
    collateAndDecide(instance);

    assertThat(instance).isWaitingAt("CallActivity_ReviewRedactions");
    ProcessInstance review = calledProcess(instance);
    complete(taskQuery().processInstanceId(review.getId()).singleResult());
    execute(managementService().createJobQuery().processInstanceId(review.getId()).singleResult());
    execute(managementService().createJobQuery().processInstanceId(review.getId()).singleResult());
    complete(taskQuery().processInstanceId(review.getId()).singleResult(), withVariables("redactionsApproved", true));
    execute(managementService().createJobQuery().processInstanceId(review.getId()).singleResult());

    assertThat(instance).hasPassed("CallActivity_ReviewRedactions").isWaitingAt(PREPARE_RESPONSE);
  }

  /** Runs the ReleaseResponse phase through: signed off, emailed. */
  private static void releaseByEmail(ProcessInstance parent) {
    ProcessInstance release = calledProcess(parent);
    complete(taskQuery().processInstanceId(release.getId()).singleResult(),
        withVariables("responseApproved", true, "deliveryMethod", "EMAIL"));
    for (int step = 0; step < 3; step++) {
      execute(managementService().createJobQuery().processInstanceId(release.getId()).singleResult());
    }
  }

  /** Runs the CollateAndDecide phase through: searched, nobody consulted, decided, nothing withheld. */
  private static void collateAndDecide(ProcessInstance parent) {
    complete(calledTask(parent));
    complete(calledTask(parent), withVariables("consultationsPlanned", false, "publicInterestTestNeeded", false));
    assertThat(parent).hasPassed("CallActivity_CollateAndDecide");
  }

  private static java.util.List<String> candidateGroupsOfCalledTask(ProcessInstance parent) {
    return taskService().getIdentityLinksForTask(calledTask(parent).getId()).stream()
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private static org.camunda.bpm.engine.task.Task calledTask(ProcessInstance parent) {
    return taskQuery().processInstanceId(calledProcess(parent).getId()).singleResult();
  }

  private static ProcessInstance calledProcess(ProcessInstance parent) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
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
    execute(asyncJob(instance));
    assertThat(instance).isWaitingAt(TRIAGE);
    return instance;
  }

}
