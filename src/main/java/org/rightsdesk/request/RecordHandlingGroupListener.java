package org.rightsdesk.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After routing: keeps the team the route-request table chose on the case, for reports and search. */
@Component("recordHandlingGroup")
class RecordHandlingGroupListener implements ExecutionListener {

  private final CaseWorkService work;

  RecordHandlingGroupListener(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateExecution execution) {
    work.recordHandlingGroup(
        execution.getProcessBusinessKey(),
        (String) execution.getVariable(InformationRequestProcess.RESPONSE_GROUP));
  }
}
