package org.rightsdesk.decide;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Every path of CollateAndDecide: nothing to consult or weigh, third parties consulted side by side, a
 * further consultation planned while deciding, weighed at once, extended then weighed.
 */
@Deployment(
    resources = {
      "processes/CollateAndDecide.bpmn",
      "processes/ConsultThirdParty.bpmn",
      "forms/collate-documents.form",
      "forms/decide-disclosure.form",
      "forms/weigh-public-interest.form"
    })
class CollateAndDecideProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension("ConsultThirdParty");

  static final String REFERENCE = "IR-2026-000040";

  /** The clock's due date for the tasks. */
  public static class FixedDeadlines {
    public Date dueDate(String reference) {
      return Date.from(Instant.parse("2026-03-31T16:00:00Z"));
    }
  }

  /** The consultations the caseworker planned and not yet sent. */
  public static class PlannedConsultations {
    public final List<Long> planned = new ArrayList<>();

    public boolean anyToSend(String reference) {
      return !planned.isEmpty();
    }

    public List<Long> toSend(String reference) {
      return List.copyOf(planned);
    }

    public Date reminderAt(long id) {
      return Date.from(Instant.parse("2026-03-11T08:00:00Z"));
    }

    public Date timeoutAt(long id) {
      return Date.from(Instant.parse("2026-03-20T08:00:00Z"));
    }
  }

  final List<String> sent = new ArrayList<>();
  final PlannedConsultations consultations = new PlannedConsultations();

  @BeforeEach
  void mocks() {
    Mocks.register("caseDeadlines", new FixedDeadlines());
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("sendMessage", (JavaDelegate) e -> sent.add((String) e.getVariableLocal("messagePurpose")));
    Mocks.register("recordCollation", (TaskListener) t -> {});
    Mocks.register("recordDisclosureDecision", (TaskListener) t -> {});
    Mocks.register("recordPublicInterestTest", (TaskListener) t -> {});
    Mocks.register("offerPublicationClasses", (TaskListener) t -> {});
    Mocks.register("consultations", consultations);
    Mocks.register("requestConsultation", (JavaDelegate) e -> consultations.planned.remove(e.getVariable("consultationId")));
    Mocks.register("sendOutboxMessage", (JavaDelegate) e -> sent.add("CONSULTATION " + e.getVariable("consultationId")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void a_decision_without_a_qualified_exemption_ends_the_phase() {
    ProcessInstance instance = start();
    assertThat(task()).hasDefinitionKey("Task_CollateDocuments").hasCandidateGroup("school-city-academy");
    Assertions.assertThat(task().getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-31T16:00:00Z")));
    complete(task());

    assertThat(task()).hasDefinitionKey("Task_DecideDisclosure");
    complete(task(), decided(false));

    assertThat(instance).hasPassed("EndEvent_Decided").hasNotPassed("Task_WeighPublicInterest")
        .hasNotPassed("CallActivity_ConsultThirdParties").isEnded();
  }

  @Test
  void planned_consultations_run_side_by_side_before_the_decision() {
    ProcessInstance instance = start();
    consultations.planned.addAll(List.of(11L, 12L));
    complete(task());

    assertThat(instance).isWaitingAt("CallActivity_ConsultThirdParties");
    List<ProcessInstance> consulting = consultationsOf(instance);
    Assertions.assertThat(consulting).hasSize(2);
    driveToReply(consulting);
    Assertions.assertThat(sent).containsExactlyInAnyOrder("CONSULTATION 11", "CONSULTATION 12");
    runtimeService().createMessageCorrelation("Msg_ConsultationReplied").processInstanceVariableEquals("consultationId", 11L).correlate();
    assertThat(instance).isWaitingAt("CallActivity_ConsultThirdParties");
    runtimeService().createMessageCorrelation("Msg_ConsultationReplied").processInstanceVariableEquals("consultationId", 12L).correlate();

    assertThat(task()).hasDefinitionKey("Task_DecideDisclosure");
    complete(task(), decided(false));
    assertThat(instance).hasPassed("CallActivity_ConsultThirdParties", "EndEvent_Decided").isEnded();
  }

  @Test
  void a_consultation_planned_while_deciding_goes_first_and_the_decision_is_taken_again() {
    ProcessInstance instance = start();
    complete(task());
    consultations.planned.add(21L);
    complete(task(), withVariables("consultationsPlanned", true));

    assertThat(instance).isWaitingAt("CallActivity_ConsultThirdParties");
    driveToReply(consultationsOf(instance));
    runtimeService().createMessageCorrelation("Msg_ConsultationReplied").processInstanceVariableEquals("consultationId", 21L).correlate();

    assertThat(instance).hasPassed("CallActivity_ConsultThirdParties").isWaitingAt("Task_DecideDisclosure");
    complete(task(), decided(false));
    assertThat(instance).isEnded();
  }

  private static Map<String, Object> decided(boolean publicInterestTestNeeded) {
    return withVariables("consultationsPlanned", false, "publicInterestTestNeeded", publicInterestTestNeeded);
  }

  private static List<ProcessInstance> consultationsOf(ProcessInstance instance) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list();
  }

  /** Each consultation's request is written and sent; then it waits for the reply. */
  private static void driveToReply(List<ProcessInstance> consulting) {
    for (ProcessInstance consultation : consulting) {
      execute(managementService().createJobQuery().processInstanceId(consultation.getId()).messages().singleResult());
      execute(managementService().createJobQuery().processInstanceId(consultation.getId()).messages().singleResult());
      assertThat(consultation).isWaitingAt("Task_AwaitConsultationReply");
    }
  }

  @Test
  void a_qualified_exemption_is_weighed_and_an_extension_is_told_to_the_requester_before_the_conclusion() {
    ProcessInstance instance = start();
    complete(task());
    complete(task(), decided(true));

    assertThat(instance).isWaitingAt("Task_WeighPublicInterest");
    complete(task(), withVariables("publicInterestExtended", true));
    execute(managementService().createJobQuery().processInstanceId(instance.getId()).singleResult());
    Assertions.assertThat(sent).containsExactly("PUBLIC_INTEREST_EXTENSION");

    assertThat(instance).hasPassed("Task_SendExtensionNotice").isWaitingAt("Task_WeighPublicInterest");
    complete(task(), withVariables("publicInterestExtended", false));
    assertThat(instance).hasPassed("EndEvent_Decided").isEnded();
  }

  private ProcessInstance start() {
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                "CollateAndDecide", REFERENCE, withVariables("caseReference", REFERENCE, "responseGroup", "school-city-academy"));
    assertThat(instance).isWaitingAt("Task_CollateDocuments");
    return instance;
  }
}
