package org.rightsdesk.decide;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CollateAndDecide process's thin adapters: read the form, call {@link DisclosureService}, set what the gateways ask. */
@Configuration
class DisclosureTaskListeners {

  /** "Search for and collate the information". */
  @Bean("recordCollation")
  TaskListener recordCollation(DisclosureService disclosures) {
    return task -> {
      disclosures.recordSearch(key(task), Variables.trimmed(task, "searchSummary"), Variables.actor(task));
      Variables.erase(task.getExecution(), "searchSummary");
    };
  }

  /** "Decide what to disclose": the outcome the response starts from, and whether the public interest is weighed. */
  @Bean("recordDisclosureDecision")
  TaskListener recordDisclosureDecision(DisclosureService disclosures) {
    return task -> {
      boolean weigh =
          disclosures.decide(
              key(task),
              Variables.enumValue(task, "disclosure", DisclosureService.Disclosure.class),
              Variables.trimmed(task, "exemptionCodes"),
              Variables.trimmed(task, "decisionReasons"),
              Variables.actor(task));
      task.getExecution().setVariable("publicInterestTestNeeded", weigh);
      task.getExecution().setVariable("outcome", disclosures.outcomeOf(key(task)).name());
      Variables.erase(task.getExecution(), "decisionReasons");
    };
  }

  /** "Weigh the public interest": an extension goes on the clock and the requester is told. */
  @Bean("recordPublicInterestTest")
  TaskListener recordPublicInterestTest(DisclosureService disclosures) {
    return task -> {
      Object days = task.getVariable("extensionDays");
      boolean extended =
          disclosures.weigh(
              key(task),
              Variables.trimmed(task, "factorsForDisclosure"),
              Variables.trimmed(task, "factorsForWithholding"),
              Variables.enumValue(task, "publicInterestConclusion", DisclosureService.PublicInterest.class),
              days instanceof Number n ? n.intValue() : null,
              Variables.actor(task));
      task.getExecution().setVariable("publicInterestExtended", extended);
      task.getExecution().setVariable("outcome", disclosures.outcomeOf(key(task)).name());
      Variables.erase(task.getExecution(), "factorsForDisclosure", "factorsForWithholding");
    };
  }

  private static String key(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
