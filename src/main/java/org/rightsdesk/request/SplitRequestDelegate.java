package org.rightsdesk.request;

import static org.rightsdesk.request.InformationRequestProcess.*;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rightsdesk.engine.Variables;
import org.springframework.stereotype.Component;

/** "Split request into linked cases": one new case and process per part. */
@Component("splitRequest")
class SplitRequestDelegate implements JavaDelegate {

  private final CaseWorkService work;

  SplitRequestDelegate(CaseWorkService work) {
    this.work = work;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<RequestType> parts = EnumSet.noneOf(RequestType.class);
    if (Variables.flag(execution, SPLIT_SAR)) parts.add(RequestType.SAR);
    if (Variables.flag(execution, SPLIT_FOI)) parts.add(RequestType.FOI);
    if (Variables.flag(execution, SPLIT_EIR)) parts.add(RequestType.EIR);
    work.split(execution.getProcessBusinessKey(), parts, Variables.actor(execution));
  }
}
