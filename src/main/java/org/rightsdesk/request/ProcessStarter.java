package org.rightsdesk.request;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a case's process instance in the caller's transaction, the reference as business key. */
@Component
class ProcessStarter {

  private final RuntimeService runtime;

  ProcessStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void startInformationRequest(String reference, NewRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(InformationRequestProcess.CASE_REFERENCE, reference);
    variables.put(
        InformationRequestProcess.REGIME,
        request.proposedType() == null ? null : request.proposedType().name());
    variables.put(
        InformationRequestProcess.SUBJECT_TYPE,
        request.subjectType() == null ? null : request.subjectType().name());
    variables.put(InformationRequestProcess.SCHOOL, request.school());
    runtime.startProcessInstanceByKey(InformationRequestProcess.PROCESS_ID, reference, variables);
  }
}
