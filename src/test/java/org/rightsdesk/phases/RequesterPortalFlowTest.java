package org.rightsdesk.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.rightsdesk.testing.FixedClock;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A requester answers through the links in their emails, on Wednesday 4 March 2026: a parent's subject
 * access request waits for proof of identity, the parent uploads it, the caseworker accepts it, and the
 * month runs from the day it arrived; an unclear FOI request is clarified the same way. Dates by hand.
 */
@SpringBootTest(
    properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class RequesterPortalFlowTest {

  static final Pattern LINK = Pattern.compile("/portal/([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void a_parent_uploads_proof_of_identity_and_the_month_runs_from_the_day_it_arrived() throws Exception {
    // Given a parent's subject access request for their child's records, triaged as a SAR
    String reference = receive("""
        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
         "description": "My son's behaviour records", "onBehalfOf": {"name": "Byron Lovelace", "relationship": "PARENT"},
         "subjectType": "PUPIL", "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "SAR", "validRequest", true, "subjectType", "PUPIL"));
    assertThat(task(reference, "Task_DecideIdentityCheck")).as("a SAR waits for identity").isNotNull();

    // When the caseworker asks for evidence (the child is 9: the parent decides)
    complete(reference, "Task_DecideIdentityCheck", Map.of("identityRoute", "EVIDENCE", "childAge", 9, "childCompetent", "NO"));
    runJobs(runtime, management, reference);

    // Then the parent's email carries a link listing the evidence we accept, and the clock waits
    String email = outbox(jdbc, reference, "IDENTITY_REQUEST#1");
    assertThat(email).contains("Passport").contains("Byron Lovelace");
    String token = linkIn(email);
    mvc.perform(get("/portal/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(reference)))
        .andExpect(content().string(containsString("Driving licence")));
    caseView(reference).andExpect(jsonPath("$.clock.status").value("PAUSED"));

    // When the parent uploads a photo of their passport through the link
    mvc.perform(
            multipart("/portal/" + token)
                .file(new MockMultipartFile("files", "passport.png", "image/png", png()))
                .param("purpose", "IDENTITY_EVIDENCE")
                .param("documentType", "Passport")
                .with(csrf()))
        .andExpect(status().isOk());

    // Then the caseworker checks it, and once accepted the copy is deleted and the month runs from 4 March:
    // 4 April is a Saturday, Monday 6 April is Easter Monday, so the response is due Tuesday 7 April
    assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_evidence WHERE case_reference = ? AND content IS NOT NULL")
            .param(reference).query(Long.class).single()).isEqualTo(1);
    complete(reference, "Task_CheckEvidence", Map.of("evidenceDecision", "ACCEPT"));
    caseView(reference)
        .andExpect(jsonPath("$.clock.status").value("RUNNING"))
        .andExpect(jsonPath("$.dueDate").value("2026-04-07"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_evidence WHERE case_reference = ? AND content IS NOT NULL")
            .param(reference).query(Long.class).single()).as("copies deleted after the check").isZero();
    assertThat(task(reference, "Task_CollateDocuments")).as("the search for the information begins").isNotNull();

    // and the link no longer works
    mvc.perform(get("/portal/" + token)).andExpect(status().isGone());
  }

  @Test
  void evidence_asked_for_again_keeps_the_clock_waiting_until_better_evidence_is_accepted() throws Exception {
    String reference = receive("""
        {"requester": {"name": "Alan Turing", "email": "alan@example.org"}, "description": "My file",
         "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "SAR", "validRequest", true, "subjectType", "STAFF"));
    complete(reference, "Task_DecideIdentityCheck", Map.of("identityRoute", "EVIDENCE"));
    runJobs(runtime, management, reference);
    staffSawEvidence(reference);

    // When the caseworker asks again: the evidence does not show the current address
    complete(reference, "Task_CheckEvidence", Map.of("evidenceDecision", "ASK_AGAIN", "evidenceNote", "The bill must show your current address"));
    runJobs(runtime, management, reference);

    // Then a second request goes out with the note and a new link, and the clock still waits
    assertThat(outbox(jdbc, reference, "IDENTITY_REQUEST#2")).contains("The bill must show your current address");
    assertThat(management.createJobQuery().withException().count()).isZero();
    caseView(reference).andExpect(jsonPath("$.clock.status").value("PAUSED"));

    // When better evidence is seen and accepted, the clock runs from then
    staffSawEvidence(reference);
    complete(reference, "Task_CheckEvidence", Map.of("evidenceDecision", "ACCEPT"));
    caseView(reference).andExpect(jsonPath("$.clock.status").value("RUNNING")).andExpect(jsonPath("$.dueDate").value("2026-04-07"));
  }

  private void staffSawEvidence(String reference) throws Exception {
    mvc.perform(post("/api/requests/" + reference + "/identity-evidence-received").with(httpBasic("caseworker", "caseworker"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"receivedVia\": \"IN_PERSON\"}"))
        .andExpect(status().isOk());
  }

  @Test
  void a_requester_answers_a_clarification_through_the_link_and_a_second_answer_changes_nothing() throws Exception {
    String reference = receive("""
        {"requester": {"name": "Grace Hopper", "email": "grace@example.org"}, "description": "All the emails",
         "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "FOI", "validRequest", true,
        "needsClarification", true, "clarificationQuestion", "Which emails, between whom, and from when?"));
    runJobs(runtime, management, reference);
    String token = linkIn(outbox(jdbc, reference, "CLARIFICATION_REQUEST#1"));

    mvc.perform(get("/portal/" + token)).andExpect(content().string(containsString("Which emails, between whom")));
    mvc.perform(post("/portal/" + token).param("purpose", "CLARIFICATION").param("answer", "Emails between the head and governors in 2025").with(csrf()))
        .andExpect(status().isOk());

    assertThat(task(reference, "Task_TriageRequest")).as("triage comes back with the answer").isNotNull();
    caseView(reference).andExpect(jsonPath("$.clock.status").value("RUNNING")).andExpect(jsonPath("$.dueDate").value("2026-04-02"));
    mvc.perform(post("/portal/" + token).param("purpose", "CLARIFICATION").param("answer", "Something else").with(csrf()))
        .andExpect(status().isGone());
    assertThat(jdbc.sql("SELECT answer FROM clarification WHERE case_reference = ?").param(reference).query(String.class).single())
        .isEqualTo("Emails between the head and governors in 2025");
  }

  private String receive(String json) throws Exception {
    String reference =
        CaseFlows.receive(mvc, json);
    return reference;
  }

  private void complete(String reference, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(reference, taskKey).getId(), variables);
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }

  private org.springframework.test.web.servlet.ResultActions caseView(String reference) throws Exception {
    return mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker"))).andExpect(status().isOk());
  }

  private static String linkIn(String email) {
    Matcher m = LINK.matcher(email);
    assertThat(m.find()).as("a portal link in the email").isTrue();
    return m.group(1);
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
