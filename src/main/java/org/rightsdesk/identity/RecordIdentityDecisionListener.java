package org.rightsdesk.identity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** On completing "Decide how to confirm identity": the decision on the case, the next step for the gateway. */
@Component("recordIdentityDecision")
class RecordIdentityDecisionListener implements TaskListener {

  private final IdentityCheckService identity;

  RecordIdentityDecisionListener(IdentityCheckService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Object age = task.getVariable("childAge");
    String competent = Variables.trimmed(task, "childCompetent");
    IdentityCheckForm form =
        new IdentityCheckForm(
            Variables.enumValue(task, "identityRoute", IdentityRoute.class),
            Variables.trimmed(task, "identityKnownHow"),
            age instanceof Number n ? n.intValue() : null,
            competent == null ? null : competent.equals("YES"),
            Variables.enumValue(task, "childView", ChildView.class),
            Variables.trimmed(task, "competenceNote"));
    IdentityDecision decision =
        identity.decide(task.getExecution().getProcessBusinessKey(), form, Variables.actor(task));
    task.getExecution().setVariable("identityDecision", decision.name());
    Variables.erase(task.getExecution(), "identityKnownHow", "competenceNote");
  }
}
