package org.rightsdesk.release;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/**
 * Every path of ReleaseResponse: sent back at sign-off; email; post signed for, chased, returned and
 * delivered another way; in person with a no-show. Sign-off goes to the group sign-off.dmn names.
 */
@Deployment(resources = {"processes/ReleaseResponse.bpmn", "processes/sign-off.dmn"})
class ReleaseResponseProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String REFERENCE = "IR-2026-000070";

  /** The release service as the process calls it in expressions. */
  public class Releases {
    public void prepareElectronicRelease(String reference) { steps.add("sign and link"); }
    public void recordSent(String reference) { steps.add("sent"); }
    public void prepareForPost(String reference) { steps.add("print"); }
    public Date proofChaseAt(String reference) { return Date.from(Instant.parse("2026-04-15T07:00:00Z")); }
    public Date proofReminderAt(String reference) { return Date.from(Instant.parse("2026-04-08T07:00:00Z")); }
    public String composeProofReminder(String reference) { steps.add("remind team"); return "reminder-message"; }
  }

  /** The clock's due date for the tasks. */
  public static class FixedDeadlines {
    public Date dueDate(String reference) {
      return Date.from(Instant.parse("2026-03-31T16:00:00Z"));
    }
  }

  final List<String> steps = new ArrayList<>();

  @BeforeEach
  void mocks() {
    Mocks.register("releases", new Releases());
    Mocks.register("caseDeadlines", new FixedDeadlines());
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("sendMessage", (JavaDelegate) e -> steps.add("send " + e.getCurrentActivityId()));
    Mocks.register("sendOutboxMessage", (JavaDelegate) e -> steps.add("send " + e.getVariable("outboxMessageId")));
    for (String listener : List.of("offerDeliveryMethod", "recordSignOff", "recordDispatch", "recordChasedDelivery",
        "recordNewDeliveryMethod", "recordHandoverArranged", "recordHandover")) {
      Mocks.register(listener, (TaskListener) t -> steps.add(listener));
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void a_subject_access_response_is_signed_off_by_the_dpo_and_can_be_sent_back() {
    ProcessInstance instance = start("SAR");
    assertThat(task()).hasDefinitionKey("Task_SignOffResponse").hasCandidateGroup("dpo");
    complete(task(), withVariables("responseApproved", false));

    assertThat(instance).hasPassed("EndEvent_SentBack").isEnded().variables().containsEntry("releaseOutcome", "SENT_BACK");
  }

  @Test
  void by_email_the_bundle_is_signed_linked_sent_and_the_date_recorded() {
    ProcessInstance instance = start("FOI");
    assertThat(task()).hasCandidateGroup("managers");
    complete(task(), withVariables("responseApproved", true, "deliveryMethod", "EMAIL"));
    execute(job(instance));
    execute(job(instance));
    execute(job(instance));

    assertThat(instance).hasPassed("EndEvent_Released").isEnded().variables().containsEntry("releaseOutcome", "RELEASED");
    Assertions.assertThat(steps).containsSubsequence("sign and link", "send Task_SendResponse", "sent");
  }

  @Test
  void by_post_the_release_waits_for_proof_of_delivery() {
    ProcessInstance instance = toProofOfDelivery();
    runtimeService().createMessageCorrelation("Msg_ProofOfDelivery").processInstanceBusinessKey(REFERENCE).correlate();
    assertThat(instance).hasPassed("EndEvent_Delivered").isEnded();
  }

  @Test
  void the_team_is_reminded_half_way_and_the_wait_goes_on() {
    ProcessInstance instance = toProofOfDelivery();
    Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("BoundaryEvent_ProofReminderDue").singleResult();
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-08T07:00:00Z")));
    execute(reminder);
    execute(job(instance));
    execute(job(instance));

    assertThat(instance).hasPassed("EndEvent_ProofReminderSent").isWaitingAt("Task_AwaitProofOfDelivery");
    Assertions.assertThat(steps).containsSubsequence("remind team", "send reminder-message");
    runtimeService().createMessageCorrelation("Msg_ProofOfDelivery").processInstanceBusinessKey(REFERENCE).correlate();
    assertThat(instance).hasPassed("EndEvent_Delivered").isEnded();
  }

  @Test
  void without_proof_in_time_the_delivery_is_chased_and_found_delivered() {
    ProcessInstance instance = toProofOfDelivery();
    Job chase = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("BoundaryEvent_ProofOfDeliveryOverdue").singleResult();
    Assertions.assertThat(chase.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-15T07:00:00Z")));
    execute(chase);
    assertThat(task()).hasDefinitionKey("Task_ChaseProofOfDelivery");
    complete(task(), withVariables("postDelivered", true));
    assertThat(instance).hasPassed("Gateway_ChaseOutcome", "EndEvent_Delivered").isEnded();
  }

  @Test
  void post_found_returned_when_chasing_is_delivered_by_email_instead() {
    ProcessInstance instance = toProofOfDelivery();
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("BoundaryEvent_ProofOfDeliveryOverdue").singleResult());
    complete(task(), withVariables("postDelivered", false));
    assertThat(task()).hasDefinitionKey("Task_HandleReturnedPost");
    complete(task(), withVariables("deliveryMethod", "EMAIL"));
    execute(job(instance));
    execute(job(instance));
    execute(job(instance));
    assertThat(instance).hasPassed("Task_HandleReturnedPost", "EndEvent_Released").isEnded();
  }

  @Test
  void returned_post_reported_in_the_meantime_is_handed_over_in_person_after_a_no_show() {
    ProcessInstance instance = toProofOfDelivery();
    runtimeService().createMessageCorrelation("Msg_PostReturned").processInstanceBusinessKey(REFERENCE).correlate();
    complete(task(), withVariables("deliveryMethod", "IN_PERSON"));

    assertThat(task()).hasDefinitionKey("Task_ArrangeHandover");
    complete(task());
    execute(job(instance));
    complete(task(), withVariables("handedOver", false));
    assertThat(task()).as("a no-show books again").hasDefinitionKey("Task_ArrangeHandover");
    complete(task());
    execute(job(instance));
    complete(task(), withVariables("handedOver", true));

    assertThat(instance).hasPassed("EndEvent_HandedOver").isEnded();
    Assertions.assertThat(steps).filteredOn("recordHandoverArranged"::equals).hasSize(2);
  }

  private ProcessInstance toProofOfDelivery() {
    ProcessInstance instance = start("EIR");
    complete(task(), withVariables("responseApproved", true, "deliveryMethod", "POST"));
    execute(job(instance));
    execute(job(instance));
    assertThat(task()).hasDefinitionKey("Task_DispatchByPost");
    complete(task());
    assertThat(instance).isWaitingAt("Task_AwaitProofOfDelivery");
    Assertions.assertThat(steps).containsSubsequence("print", "send Task_PrintResponseLetter", "recordDispatch");
    return instance;
  }

  private ProcessInstance start(String regime) {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("ReleaseResponse", REFERENCE,
        withVariables("caseReference", REFERENCE, "responseGroup", "caseworkers", "regime", regime));
    assertThat(instance).isWaitingAt("Task_SignOffResponse");
    return instance;
  }

  private static Job job(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }
}
