package org.rightsdesk.request;

import java.util.HashMap;
import java.util.Map;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case's process instances: started in the caller's transaction with the reference as business key,
 * and their timers and task due dates re-set whenever the case's deadline moves.
 */
@Component
class CaseProcesses {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final CaseDeadlines deadlines;

  CaseProcesses(
      RuntimeService runtime, ManagementService management, TaskService tasks, CaseDeadlines deadlines) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.deadlines = deadlines;
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

  /**
   * Timers follow the clock: each waiting timer re-evaluates its date expression, and each open task
   * takes the new due date.
   */
  void refreshDeadlines(String reference) {
    refreshTimers(reference);
    Date due = deadlines.dueDate(reference);
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
      if (!Objects.equals(task.getDueDate(), due)) {
        task.setDueDate(due);
        tasks.saveTask(task);
      }
    }
  }

  /** Only the timers: used while a task of the case is being completed (it must not be saved again). */
  void refreshTimers(String reference) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
      for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
        management.recalculateJobDuedate(timer.getId(), false);
      }
    }
  }
}
