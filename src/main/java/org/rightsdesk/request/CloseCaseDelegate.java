package org.rightsdesk.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close case": records closure once the last message has gone. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

  private final CaseWorkService work;

  CloseCaseDelegate(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void execute(DelegateExecution execution) {
    work.close(execution.getProcessBusinessKey());
  }
}
