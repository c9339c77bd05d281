package org.rightsdesk.clarify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/**
 * "Ask the requester to clarify": the question the caseworker wrote at triage goes on the case, and out
 * of the process (the calling process drops its copy when the phase ends).
 */
@Component("askForClarification")
class AskForClarificationDelegate implements JavaDelegate {

  static final String QUESTION = "clarificationQuestion";

  private final ClarificationService clarifications;

  AskForClarificationDelegate(ClarificationService clarifications) {
    this.clarifications = clarifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clarifications.ask(
        execution.getProcessBusinessKey(), Variables.trimmed(execution, QUESTION), Variables.actor(execution));
    Variables.erase(execution, QUESTION);
  }
}
