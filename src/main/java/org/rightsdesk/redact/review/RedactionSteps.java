package org.rightsdesk.redact.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ReviewRedactions process's thin adapters: read the form, call {@link RedactionReviews}, set what the gateway asks. */
@Configuration
class RedactionSteps {

  /** "Review redactions" completed: who prepared the set, for the four-eyes check. */
  @Bean("recordRedactionsPrepared")
  TaskListener recordRedactionsPrepared(RedactionReviews reviews) {
    return task -> reviews.prepared(key(task), Variables.actor(task));
  }

  /** "Redact and verify every document": a leak throws, so the job fails and ends in an incident. */
  @Bean("redactAndVerify")
  JavaDelegate redactAndVerify(CaseRedactions redactions) {
    return execution -> redactions.runAll(execution.getProcessBusinessKey(), null);
  }

  /** "Approve redactions": approved, or sent back with what needs changing. */
  @Bean("recordRedactionApproval")
  TaskListener recordRedactionApproval(RedactionReviews reviews) {
    return task -> {
      boolean approved = reviews.decide(key(task), Variables.enumValue(task, "redactionDecision", RedactionReviews.Decision.class),
          Variables.trimmed(task, "redactionsRejectedReason"), Variables.actor(task));
      task.getExecution().setVariable("redactionsApproved", approved);
      Variables.erase(task.getExecution(), "redactionsRejectedReason");
    };
  }

  /** "Clear the blocking findings": the DPO overrides with a reason, or sends the set back to be changed. */
  @Bean("recordGateDecision")
  TaskListener recordGateDecision(ReleaseInspection inspection) {
    return task -> {
      boolean overridden = "OVERRIDE".equals(Variables.trimmed(task, "gateDecision"));
      if (overridden) {
        inspection.override(key(task), Variables.trimmed(task, "overrideReason"), Variables.actor(task));
      }
      task.getExecution().setVariable("gateOverridden", overridden);
      Variables.erase(task.getExecution(), "overrideReason");
    };
  }

  private static String key(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
