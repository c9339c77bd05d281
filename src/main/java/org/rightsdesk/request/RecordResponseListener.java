package org.rightsdesk.request;

import static org.rightsdesk.request.InformationRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/**
 * On completing "Prepare response": stores the response on the case and writes the response message
 * to the outbox, then drops the text from the process (it is personal data; the case holds it).
 */
@Component("recordResponse")
class RecordResponseListener implements TaskListener {

  private final CaseWorkService work;

  RecordResponseListener(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    work.recordResponse(
        task.getExecution().getProcessBusinessKey(),
        Variables.enumValue(task, OUTCOME, Outcome.class),
        Variables.trimmed(task, RESPONSE_TEXT),
        Variables.actor(task));
    Variables.erase(task.getExecution(), RESPONSE_TEXT);
  }
}
