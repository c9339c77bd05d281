package org.rightsdesk.decide;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.consult.ConsultationService;
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

  /**
   * "Decide what to disclose": the outcome the response starts from, and whether the public interest is
   * weighed. A consultation planned meanwhile goes first, and the decision is taken again after it.
   */
  @Bean("recordDisclosureDecision")
  TaskListener recordDisclosureDecision(DisclosureService disclosures, ConsultationService consultations) {
    return task -> {
      boolean consultFirst = consultations.anyToSend(key(task));
      task.getExecution().setVariable("consultationsPlanned", consultFirst);
      if (consultFirst) {
        Variables.erase(task.getExecution(), "decisionReasons");
        return;
      }
      boolean weigh =
          disclosures.decide(
              key(task),
              Variables.enumValue(task, "disclosure", DisclosureService.Disclosure.class),
              Variables.trimmed(task, "exemptionCodes"),
              Variables.trimmed(task, "decisionReasons"),
              new DisclosureService.Published(
                  Variables.trimmed(task, "publicationClass"), Variables.trimmed(task, "publishedWhere")),
              Variables.actor(task));
      task.getExecution().setVariable("publicInterestTestNeeded", weigh);
      task.getExecution().setVariable("outcome", disclosures.outcomeOf(key(task)).name());
      Variables.erase(task.getExecution(), "decisionReasons");
    };
  }

  /** "Decide what to disclose" opens with the publication scheme's classes to choose from. */
  @Bean("offerPublicationClasses")
  TaskListener offerPublicationClasses(PublicationScheme scheme) {
    return task -> task.setVariableLocal("publicationClasses", scheme.classes().stream()
        .map(c -> Map.of("label", c.title(), "value", c.code()))
        .toList());
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
