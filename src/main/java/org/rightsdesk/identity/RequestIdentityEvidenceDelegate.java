package org.rightsdesk.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** "Ask for evidence of identity", with what the caseworker said was missing last time, if anything. */
@Component("requestIdentityEvidence")
class RequestIdentityEvidenceDelegate implements JavaDelegate {

  private final IdentityCheckService identity;

  RequestIdentityEvidenceDelegate(IdentityCheckService identity) {
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    identity.requestEvidence(
        execution.getProcessBusinessKey(), Variables.trimmed(execution, "evidenceNote"), Variables.actor(execution));
    Variables.erase(execution, "evidenceNote");
  }
}
