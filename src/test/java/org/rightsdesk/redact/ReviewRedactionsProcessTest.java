package org.rightsdesk.redact;

import org.rightsdesk.redact.review.RedactionFailedException;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
 * Every path of ReviewRedactions: approved, sent back then approved, a leak that becomes an incident, and hidden
 * data found by the disclosure gate, overridden by the DPO or sent back.
 */
@Deployment(resources = {"processes/ReviewRedactions.bpmn", "forms/review-redactions.form", "forms/approve-redactions.form",
    "forms/clear-blocking-findings.form"})
class ReviewRedactionsProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestCoverage.extension();

  static final String REFERENCE = "IR-2026-000060";

  /** The clock's due date for the tasks. */
  public static class FixedDeadlines {
    public Date dueDate(String reference) {
      return Date.from(Instant.parse("2026-03-31T16:00:00Z"));
    }
  }

  /** Records the bundle being made. */
  public class Bundles {
    public void make(String reference) {
      steps.add("bundle " + reference);
    }
  }

  /** The disclosure gate's answer: whether the copies to release hold hidden data. */
  public class Inspection {
    public boolean inspect(String reference) {
      steps.add("inspected");
      return hiddenData;
    }
  }

  final List<String> steps = new ArrayList<>();
  boolean leak;
  boolean hiddenData;

  @BeforeEach
  void mocks() {
    Mocks.register("caseDeadlines", new FixedDeadlines());
    Mocks.register("disclosureBundles", new Bundles());
    Mocks.register("recordRedactionsPrepared", (TaskListener) t -> steps.add("prepared"));
    Mocks.register("redactAndVerify", (JavaDelegate) e -> {
      if (leak) {
        throw new RedactionFailedException("letter.pdf: redacted data is still present in the output");
      }
      steps.add("redacted");
    });
    Mocks.register("recordRedactionApproval", (TaskListener) t -> steps.add("decided"));
    Mocks.register("releaseInspection", new Inspection());
    Mocks.register("recordGateDecision", (TaskListener) t -> steps.add("gate decided"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void prepared_redactions_are_run_approved_by_a_second_person_and_bundled() {
    ProcessInstance instance = start();
    assertThat(task()).hasCandidateGroup("school-city-academy");
    complete(task());
    execute(job(instance));
    execute(job(instance));

    assertThat(instance).hasPassed("Task_InspectRelease").isWaitingAt("Task_ApproveRedactions");
    assertThat(task()).hasCandidateGroup("dpo").hasCandidateGroup("managers");
    complete(task(), withVariables("redactionsApproved", true));
    execute(job(instance));

    assertThat(instance).hasPassed("Task_MakeBundle", "EndEvent_BundleMade").isEnded();
    Assertions.assertThat(steps).containsExactly("prepared", "redacted", "inspected", "decided", "bundle " + REFERENCE);
  }

  @Test
  void redactions_sent_back_are_reviewed_and_run_again() {
    ProcessInstance instance = start();
    complete(task());
    execute(job(instance));
    execute(job(instance));
    complete(task(), withVariables("redactionsApproved", false));

    assertThat(instance).isWaitingAt("Task_ReviewRedactions");
    complete(task());
    execute(job(instance));
    execute(job(instance));
    complete(task(), withVariables("redactionsApproved", true));
    execute(job(instance));

    assertThat(instance).isEnded();
    Assertions.assertThat(steps).filteredOn("redacted"::equals).hasSize(2);
  }

  @Test
  void a_leak_found_by_verification_stops_the_release_with_an_incident() {
    leak = true;
    ProcessInstance instance = start();
    complete(task());
    Job redact = job(instance);
    for (int attempt = 0; attempt < 3; attempt++) {
      Assertions.assertThatThrownBy(() -> managementService().executeJob(redact.getId()))
          .hasMessageContaining("still present");
    }

    assertThat(instance).isWaitingAt("Task_RedactAndVerify").hasNotPassed("Task_ApproveRedactions");
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void hidden_data_in_a_copy_to_release_waits_for_the_dpo_who_overrides_with_a_reason() {
    hiddenData = true;
    ProcessInstance instance = start();
    complete(task());
    execute(job(instance));
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_ClearBlockingFindings").hasNotPassed("Task_ApproveRedactions");
    assertThat(task()).hasCandidateGroup("dpo");
    complete(task(), withVariables("gateOverridden", true));

    assertThat(instance).hasPassed("Gateway_Overridden").isWaitingAt("Task_ApproveRedactions");
    complete(task(), withVariables("redactionsApproved", true));
    execute(job(instance));
    assertThat(instance).isEnded();
    Assertions.assertThat(steps).containsSubsequence("inspected", "gate decided", "decided", "bundle " + REFERENCE);
  }

  @Test
  void hidden_data_sent_back_by_the_dpo_returns_the_set_to_review() {
    hiddenData = true;
    ProcessInstance instance = start();
    complete(task());
    execute(job(instance));
    execute(job(instance));
    complete(task(), withVariables("gateOverridden", false));

    assertThat(instance).hasPassed("Gateway_Overridden").isWaitingAt("Task_ReviewRedactions").hasNotPassed("Task_ApproveRedactions");
  }

  private ProcessInstance start() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("ReviewRedactions", REFERENCE,
        withVariables("caseReference", REFERENCE, "responseGroup", "school-city-academy"));
    assertThat(instance).isWaitingAt("Task_ReviewRedactions");
    return instance;
  }

  private static Job job(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
