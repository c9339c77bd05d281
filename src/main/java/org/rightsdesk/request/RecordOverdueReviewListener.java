package org.rightsdesk.request;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** On completing "Review overdue case": the manager's reason and action go on the case's history. */
@Component("recordOverdueReview")
class RecordOverdueReviewListener implements TaskListener {

  private final CaseWorkService work;

  RecordOverdueReviewListener(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    work.recordOverdueReview(
        task.getExecution().getProcessBusinessKey(),
        Variables.trimmed(task, "overdueReason"),
        Variables.trimmed(task, "overdueAction"),
        Variables.actor(task));
    Variables.erase(task.getExecution(), "overdueAction");
  }
}
