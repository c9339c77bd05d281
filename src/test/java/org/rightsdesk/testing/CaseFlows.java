package org.rightsdesk.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Making requests and driving a case's processes by hand in tests that switch the job executor off. */
public final class CaseFlows {

  private CaseFlows() {}

  /** A request entered by a caseworker (who may set channel and receivedAt); answers its reference. */
  public static String receive(MockMvc mvc, String json) throws Exception {
    return submit(mvc, post("/api/requests").with(httpBasic("caseworker", "caseworker")), json);
  }

  /** A request made through the public API; answers its reference. */
  public static String receiveAnonymously(MockMvc mvc, String json) throws Exception {
    return submit(mvc, post("/api/requests"), json);
  }

  private static String submit(MockMvc mvc, MockHttpServletRequestBuilder request, String json) throws Exception {
    String body =
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.reference");
  }

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

  /**
   * Runs the redaction review through as two people: "caseworker" prepares (the process then redacts and
   * verifies every document), "manager" approves (the bundle is made).
   */
  public static void reviewAndApproveRedactions(TaskService tasks, RuntimeService runtime, ManagementService management, String reference) {
    org.camunda.bpm.engine.task.Task review = tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ReviewRedactions").singleResult();
    tasks.setAssignee(review.getId(), "caseworker");
    tasks.complete(review.getId(), java.util.Map.of("redactionsReady", true));
    runJobs(runtime, management, reference);
    org.camunda.bpm.engine.task.Task approve = tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ApproveRedactions").singleResult();
    tasks.setAssignee(approve.getId(), "manager");
    tasks.complete(approve.getId(), java.util.Map.of("redactionDecision", "APPROVE"));
    runJobs(runtime, management, reference);
  }

  /**
   * Signs the prepared response off as a second person ("manager") and releases it by email: the steps of
   * ReleaseResponse that a test not about release needs to get the response out.
   */
  public static void signOffAndRelease(TaskService tasks, RuntimeService runtime, ManagementService management, String reference) {
    org.camunda.bpm.engine.task.Task signOff = tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_SignOffResponse").singleResult();
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), java.util.Map.of("signOff", "APPROVE", "deliveryMethod", "EMAIL"));
    runJobs(runtime, management, reference);
  }

  /** The plain-text body of the case's message written for this purpose (e.g. "FEE_NOTICE#1"). */
  public static String outbox(JdbcClient jdbc, String reference, String purpose) {
    return jdbc.sql("SELECT body_text FROM outbox_message WHERE case_reference = ? AND purpose = ?")
        .params(reference, purpose)
        .query(String.class)
        .single();
  }
}
