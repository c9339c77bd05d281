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

/** Every path of CollateAndDecide: nothing qualified to weigh, weighed at once, extended then weighed. */
@Deployment(
    resources = {
      "processes/CollateAndDecide.bpmn",
      "forms/collate-documents.form",
      "forms/decide-disclosure.form",
      "forms/weigh-public-interest.form"
    })
class CollateAndDecideProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String REFERENCE = "IR-2026-000040";

  /** The clock's due date for the tasks. */
  public static class FixedDeadlines {
    public Date dueDate(String reference) {
      return Date.from(Instant.parse("2026-03-31T16:00:00Z"));
    }
  }

  final List<String> sent = new ArrayList<>();

  @BeforeEach
  void mocks() {
    Mocks.register("caseDeadlines", new FixedDeadlines());
    Mocks.register("mailRetry", Map.of("cycle", "PT5M"));
    Mocks.register("sendMessage", (JavaDelegate) e -> sent.add((String) e.getVariableLocal("messagePurpose")));
    Mocks.register("recordCollation", (TaskListener) t -> {});
    Mocks.register("recordDisclosureDecision", (TaskListener) t -> {});
    Mocks.register("recordPublicInterestTest", (TaskListener) t -> {});
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
    complete(task(), withVariables("publicInterestTestNeeded", false));

    assertThat(instance).hasPassed("EndEvent_Decided").hasNotPassed("Task_WeighPublicInterest").isEnded();
  }

  @Test
  void a_qualified_exemption_is_weighed_and_an_extension_is_told_to_the_requester_before_the_conclusion() {
    ProcessInstance instance = start();
    complete(task());
    complete(task(), withVariables("publicInterestTestNeeded", true));

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
