package org.rightsdesk.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.CaseFlows;
import org.rightsdesk.testing.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Consulting third parties on requests received Monday 2 March 2026 and collated on Wednesday 4 March (the
 * fixed clock): each consultee's email, link, reminder and timeout, replies through the link and recorded
 * by staff, and the health professional's opinion that the serious harm exemption needs.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class ConsultationFlowTest {

  static final Pattern LINK = Pattern.compile("/portal/([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void the_police_reply_through_their_link_a_named_person_times_out_and_then_the_caseworker_decides() throws Exception {
    String reference = foiAt("Task_CollateDocuments");
    long police = plan(reference, "POLICE", "Data Protection Officer, Westshire Police", "dpo@police.example.org",
        "We propose to disclose the incident log of 12 January, with officers' names removed.");
    long neighbour = plan(reference, "NAMED_PERSON", "Grace Hopper", "grace@example.org",
        "We propose to disclose a letter you wrote to the school in January.");

    // When the caseworker completes the collation step
    complete(reference, "Task_CollateDocuments", Map.of("searchComplete", true, "searchSummary", "Incident log; letters file"));
    runJobs(runtime, management, reference);

    // Then each consultee gets their own email and link, with a reply date 10 working days on: 19 March, as
    // St Patrick's Day (17 March) is a bank holiday in Northern Ireland and so not an FOI working day
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_DecideDisclosure").count())
        .as("no decision before the consultations end").isZero();
    String toPolice = outbox(jdbc, reference, "CONSULTATION_REQUEST:" + police);
    String toNeighbour = outbox(jdbc, reference, "CONSULTATION_REQUEST:" + neighbour);
    assertThat(toPolice).contains("incident log of 12 January").contains("19 March 2026").doesNotContain("letter you wrote");
    assertThat(toNeighbour).contains("letter you wrote").contains("19 March 2026");
    assertThat(recipientOf(reference, "CONSULTATION_REQUEST:" + police)).isEqualTo("dpo@police.example.org");
    String policeLink = linkIn(toPolice);
    String neighbourLink = linkIn(toNeighbour);
    assertThat(policeLink).isNotEqualTo(neighbourLink);

    // and the reminder is due half-way (Wednesday 11 March) and the timeout the morning after the reply date
    assertThat(timer(reference, police, "BoundaryEvent_ConsultationReminderDue").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-03-11T08:00:00Z")));
    assertThat(timer(reference, police, "BoundaryEvent_ConsultationTimedOut").getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-03-20T08:00:00Z")));

    // When the police open their link they see what is proposed, and objecting needs reasons
    mvc.perform(get("/portal/" + policeLink))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("incident log of 12 January")))
        .andExpect(content().string(containsString("19 March 2026")))
        .andExpect(content().string(containsString("I object")));
    mvc.perform(post("/portal/" + policeLink).param("purpose", "CONSULTATION").param("reply", "OBJECTS").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Give your reasons")));
    mvc.perform(post("/portal/" + policeLink).param("purpose", "CONSULTATION").param("reply", "OBJECTS")
            .param("reasons", "The log names a witness who has not consented.").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Reply received")));

    // Then the link is spent, and only the neighbour's consultation still waits
    mvc.perform(get("/portal/" + policeLink)).andExpect(status().isGone());
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_DecideDisclosure").count())
        .isZero();

    // When the neighbour's reminder falls due, then the time runs out
    management.executeJob(timer(reference, neighbour, "BoundaryEvent_ConsultationReminderDue").getId());
    runJobs(runtime, management, reference);
    assertThat(outbox(jdbc, reference, "CONSULTATION_REMINDER:" + neighbour))
        .contains("This is a reminder").contains("19 March 2026");
    management.executeJob(timer(reference, neighbour, "BoundaryEvent_ConsultationTimedOut").getId());

    // Then their link closes and the caseworker decides, seeing both outcomes on the case
    mvc.perform(get("/portal/" + neighbourLink)).andExpect(status().isGone());
    assertThat(task(reference, "Task_DecideDisclosure")).isNotNull();
    consultations(reference)
        .andExpect(jsonPath("$[0].status").value("ANSWERED"))
        .andExpect(jsonPath("$[0].reply").value("OBJECTS"))
        .andExpect(jsonPath("$[0].reasons").value("The log names a witness who has not consented."))
        .andExpect(jsonPath("$[0].repliedVia").value("PORTAL"))
        .andExpect(jsonPath("$[1].status").value("TIMED_OUT"))
        .andExpect(jsonPath("$[1].remindedOn").value("2026-03-04"));
    mvc.perform(get("/staff/cases/" + reference + "/consultations").with(caseworker()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The log names a witness")))
        .andExpect(content().string(containsString("No reply in time")));
  }

  @Test
  void health_data_is_withheld_for_serious_harm_only_on_a_health_professionals_opinion() throws Exception {
    String reference = sarAtDecision();
    String decide = task(reference, "Task_DecideDisclosure").getId();
    Map<String, Object> withholdForHarm = Map.of("disclosure", "PARTIAL", "exemptionCodes", "DPA-Sch3-serious-harm",
        "decisionReasons", "Some counselling notes would be likely to cause serious harm.");

    // Without an opinion the exemption cannot be relied on
    assertThatThrownBy(() -> tasks.complete(decide, withholdForHarm))
        .hasMessageContaining("appropriate health professional");

    // When the caseworker consults the school nurse while deciding, the consultation goes first
    long nurse = plan(reference, "HEALTH_PROFESSIONAL", "School nurse, Westshire NHS Trust", "nurse@nhs.example.org",
        "Counselling notes from the autumn term.");
    tasks.complete(decide, Map.of("disclosure", "FULL"));
    runJobs(runtime, management, reference);
    assertThat(outbox(jdbc, reference, "CONSULTATION_REQUEST:" + nurse)).contains("serious harm").contains("Schedule 3");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_DecideDisclosure").count())
        .isZero();

    // and the nurse's opinion, given by phone, is recorded by staff (once)
    String opinion = """
        {"reply": "SERIOUS_HARM_LIKELY", "reasons": "Disclosure of the notes would set back treatment.", "via": "PHONE"}""";
    recordReply(reference, nurse, opinion).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ACCEPTED"));
    recordReply(reference, nurse, opinion)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Already answered"));

    // Then the decision can rely on the serious harm exemption
    tasks.complete(task(reference, "Task_DecideDisclosure").getId(), withholdForHarm);
    Task prepare = task(reference, "Task_PrepareResponse");
    assertThat(tasks.getVariable(prepare.getId(), "outcome")).isEqualTo("PROVIDED_IN_PART");
  }

  @Test
  void a_consultation_with_missing_or_bad_fields_is_refused_naming_each_field() throws Exception {
    String reference = foiAt("Task_CollateDocuments");
    planJson(reference, """
        {"consulteeName": "A", "consulteeEmail": "a@example.org", "proposal": "x"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consulteeKind"));
    planJson(reference, """
        {"consulteeKind": "POLICE", "consulteeName": "A", "consulteeEmail": "not an address", "proposal": "x"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consulteeEmail"));
    planJson(reference, """
        {"consulteeKind": "POLICE", "consulteeName": "A", "consulteeEmail": "a@example.org", "proposal": " "}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("proposal"));
    planJson(reference, """
        {"consulteeKind": "POLICE", "consulteeName": "A", "consulteeEmail": "a@example.org", "proposal": "x", "replyWorkingDays": 0}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("replyWorkingDays"));

    // A planned consultation that has not been sent cannot have a reply yet, nor one the consultee could not give
    long police = plan(reference, "POLICE", "Westshire Police", "dpo@police.example.org", "The log");
    recordReply(reference, police, """
        {"reply": "SERIOUS_HARM_LIKELY", "reasons": "x", "via": "PHONE"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reply"));
    recordReply(reference, police, """
        {"reply": "NO_OBJECTION", "via": "PHONE"}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Not waiting for a reply"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation WHERE case_reference = ?").param(reference).query(Long.class).single())
        .isEqualTo(1);

    // The staff page says what was wrong and keeps what was typed, and plans a good one
    mvc.perform(post("/staff/cases/" + reference + "/consultations").with(caseworker()).with(csrf())
            .param("consulteeKind", "OTHER_SCHOOL").param("consulteeName", "Head of Year 9, Hill School")
            .param("consulteeEmail", "hill school").param("proposal", "Transfer notes").param("replyWorkingDays", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("consulteeEmail: must be an email address")))
        .andExpect(content().string(containsString("Head of Year 9, Hill School")));
    mvc.perform(post("/staff/cases/" + reference + "/consultations").with(caseworker()).with(csrf())
            .param("consulteeKind", "OTHER_SCHOOL").param("consulteeName", "Head of Year 9, Hill School")
            .param("consulteeEmail", "year9@hill.example.org").param("proposal", "Transfer notes").param("replyWorkingDays", "5"))
        .andExpect(status().is3xxRedirection());
    consultations(reference).andExpect(jsonPath("$[1].consulteeKind").value("OTHER_SCHOOL"))
        .andExpect(jsonPath("$[1].replyWorkingDays").value(5));
  }

  private static RequestPostProcessor caseworker() {
    return user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"));
  }

  private String foiAt(String taskKey) throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
         "description": "The incident log for January and letters about it", "channel": "EMAIL",
         "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));
    assertThat(task(reference, taskKey)).isNotNull();
    return reference;
  }

  private String sarAtDecision() throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Alan Turing", "email": "alan@example.org"}, "description": "My school records",
         "subjectType": "PUPIL", "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "SAR", "validRequest", true, "subjectType", "PUPIL"));
    complete(reference, "Task_DecideIdentityCheck", Map.of("identityRoute", "KNOWN", "identityKnownHow", "Pupil on roll, email on file"));
    runJobs(runtime, management, reference);
    complete(reference, "Task_CollateDocuments", Map.of("searchComplete", true, "searchSummary", "Pupil file; counselling notes"));
    return reference;
  }

  private long plan(String reference, String kind, String name, String email, String proposal) throws Exception {
    String body = planJson(reference, """
            {"consulteeKind": "%s", "consulteeName": "%s", "consulteeEmail": "%s", "proposal": "%s"}"""
            .formatted(kind, name, email, proposal))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PLANNED"))
        .andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  private ResultActions planJson(String reference, String json) throws Exception {
    return mvc.perform(post("/api/requests/" + reference + "/consultations").with(httpBasic("caseworker", "caseworker"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions recordReply(String reference, long id, String json) throws Exception {
    return mvc.perform(post("/api/requests/" + reference + "/consultations/" + id + "/reply")
        .with(httpBasic("caseworker", "caseworker")).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions consultations(String reference) throws Exception {
    return mvc.perform(get("/api/requests/" + reference + "/consultations").with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isOk());
  }

  private Job timer(String reference, long consultationId, String activityId) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("ConsultThirdParty").variableValueEquals("consultationId", consultationId).list()
        .stream().map(p -> p.getId()).toList();
    assertThat(instances).hasSize(1);
    return management.createJobQuery().processInstanceId(instances.get(0)).activityId(activityId).singleResult();
  }

  private String recipientOf(String reference, String purpose) {
    return jdbc.sql("SELECT recipient FROM outbox_message WHERE case_reference = ? AND purpose = ?")
        .params(reference, purpose).query(String.class).single();
  }

  private void complete(String reference, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(reference, taskKey).getId(), variables);
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }

  private static String linkIn(String email) {
    Matcher m = LINK.matcher(email);
    assertThat(m.find()).as("a portal link in the email").isTrue();
    return m.group(1);
  }
}
