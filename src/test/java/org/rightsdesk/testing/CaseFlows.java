package org.rightsdesk.testing;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Driving a case's processes by hand in tests that switch the job executor off. */
public final class CaseFlows {

  private CaseFlows() {}

  /** Runs the waiting async steps of the case's processes (called phases included) until none are left. */
  public static void runJobs(RuntimeService runtime, ManagementService management, String reference) {
    for (int round = 0; round < 10; round++) {
      boolean ran = false;
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
          management.executeJob(job.getId());
          ran = true;
        }
      }
      if (!ran) {
        return;
      }
    }
  }

  /** The plain-text body of the case's message written for this purpose (e.g. "FEE_NOTICE#1"). */
  public static String outbox(JdbcClient jdbc, String reference, String purpose) {
    return jdbc.sql("SELECT body_text FROM outbox_message WHERE case_reference = ? AND purpose = ?")
        .params(reference, purpose)
        .query(String.class)
        .single();
  }
}
