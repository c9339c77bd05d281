package org.rightsdesk.identity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** On completing "Check the evidence": the outcome on the case, the clock told, copies deleted. */
@Component("recordEvidenceCheck")
class RecordEvidenceCheckListener implements TaskListener {

  private final IdentityCheckService identity;

  RecordEvidenceCheckListener(IdentityCheckService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    identity.check(
        task.getExecution().getProcessBusinessKey(),
        Variables.enumValue(task, "evidenceDecision", EvidenceDecision.class),
        Variables.trimmed(task, "evidenceNote"),
        Variables.actor(task));
    if (!"ASK_AGAIN".equals(task.getVariable("evidenceDecision"))) {
      Variables.erase(task.getExecution(), "evidenceNote");
    }
  }
}
