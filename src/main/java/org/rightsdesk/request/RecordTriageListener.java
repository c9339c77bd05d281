package org.rightsdesk.request;

import static org.rightsdesk.request.InformationRequestProcess.*;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** On completing "Triage request": records the decision on the case and sets what the gateways ask. */
@Component("recordTriage")
class RecordTriageListener implements TaskListener {

  private final CaseWorkService work;

  RecordTriageListener(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<RequestType> split = EnumSet.noneOf(RequestType.class);
    if (Variables.flag(task, SPLIT_SAR)) split.add(RequestType.SAR);
    if (Variables.flag(task, SPLIT_FOI)) split.add(RequestType.FOI);
    if (Variables.flag(task, SPLIT_EIR)) split.add(RequestType.EIR);
    TriageDecision decision =
        new TriageDecision(
            Variables.enumValue(task, REGIME, RequestType.class),
            (Boolean) task.getVariable(VALID_REQUEST),
            Variables.trimmed(task, VALIDITY_NOTE),
            Variables.enumValue(task, SUBJECT_TYPE, SubjectType.class),
            Variables.trimmed(task, SCHOOL),
            split,
            Variables.flag(task, NEEDS_CLARIFICATION) ? Variables.trimmed(task, CLARIFICATION_QUESTION) : null);
    if (Variables.flag(task, NEEDS_CLARIFICATION) && decision.clarificationQuestion() == null) {
      throw new org.rightsdesk.web.InvalidInputException(
          CLARIFICATION_QUESTION, "write the question to put to the requester");
    }
    work.recordTriage(task.getExecution().getProcessBusinessKey(), decision, Variables.actor(task));
    task.getExecution().setVariable(SPLIT_REQUESTED, !decision.needsClarification() && !split.isEmpty());
    task.getExecution().setVariable(CLARIFICATION_NEEDED, decision.needsClarification());
    Variables.erase(task.getExecution(), VALIDITY_NOTE);
    task.getExecution().setVariable(IDENTITY_CHECK_NEEDED, work.identityCheckNeeded(task.getExecution().getProcessBusinessKey()));
    task.getExecution().setVariable("acceptedAtTriage", !decision.closesAtTriage());
  }
}
