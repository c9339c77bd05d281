package org.rightsdesk.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request's whole life through the running service, with a real SMTP server (GreenMail): run on H2
 * and on PostgreSQL by the subclasses.
 */
abstract class RequestLifecycleScenarios {

  static final int SMTP_PORT = 3025 + (int) (ProcessHandle.current().pid() % 1000);

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(true);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
    properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    properties.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
  }

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void noLeftoverJobsFromEarlierTests() {
    await().atMost(Duration.ofSeconds(20)).until(() -> management.createJobQuery().executable().count() == 0);
  }

  @Test
  void a_mixed_request_is_acknowledged_triaged_split_answered_and_closed() throws Exception {
    // Given a requester who asks through the public API
    String reference =
        submit(
            """
            {"requester": {"name": "Ada <b>Lovelace</b>", "email": "ada@example.org"},
             "description": "Minutes of the governors' meetings in 2025 <script>alert(1)</script>, and my own file.",
             "subjectType": "OTHER"}
            """);

    // Then she receives an acknowledgement quoting the reference, with her text escaped in the HTML part
    MimeMessage acknowledgement = awaitMessageFor(reference);
    assertThat(acknowledgement.getSubject()).isEqualTo("Your request " + reference + " has been received");
    assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
    String html = htmlPartOf(acknowledgement);
    assertThat(html).contains(reference).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(html).contains("Ada &lt;b&gt;Lovelace&lt;/b&gt;");

    // When the caseworker triages it as FOI, valid, and splits off the subject access part
    Task triage = awaitTask(reference, "Task_TriageRequest");
    assertThat(candidateGroups(triage)).containsExactly("caseworkers");
    tasks.complete(
        triage.getId(),
        Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER", "splitSar", true));

    // Then a linked SAR case exists with its own reference, process and acknowledgement
    Map<String, Object> original = getCase(reference);
    assertThat(original.get("regime")).isEqualTo("FOI");
    @SuppressWarnings("unchecked")
    List<String> linked = (List<String>) original.get("linkedCases");
    assertThat(linked).hasSize(1);
    String sarPart = linked.get(0);
    assertThat(sarPart).isNotEqualTo(reference).matches("IR-\\d{4}-\\d{6}");
    Map<String, Object> part = getCase(sarPart);
    assertThat(part.get("splitFrom")).isEqualTo(reference);
    assertThat(part.get("receivedAt")).isEqualTo(original.get("receivedAt"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(sarPart).count()).isEqualTo(1);
    assertThat(GreenMailUtil.getBody(awaitMessageFor(sarPart))).contains(reference);

    // When the information governance team searches, decides to disclose in full and prepares the response
    Task collate = awaitTask(reference, "Task_CollateDocuments");
    assertThat(candidateGroups(collate)).containsExactly("caseworkers");
    tasks.complete(collate.getId(), Map.of("searchComplete", true, "searchSummary", "Governors' minutes folder, 2025"));
    tasks.complete(awaitTask(reference, "Task_DecideDisclosure").getId(), Map.of("disclosure", "FULL"));
    Task prepare = awaitTask(reference, "Task_PrepareResponse");
    assertThat(prepare.getDueDate()).as("due on the statutory date").isNotNull();
    tasks.complete(
        prepare.getId(),
        Map.of("outcome", "PROVIDED_IN_FULL", "responseText", "The minutes are attached to this letter."));
    // and a manager, not its author, signs it off for email
    Task signOff = awaitTask(reference, "Task_SignOffResponse");
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "EMAIL"));

    // Then the response arrives and the case is closed with its outcome and the date it was sent
    MimeMessage response = awaitMessage("Our response to your request " + reference);
    assertThat(GreenMailUtil.getBody(response)).contains("The minutes are attached").contains("Information provided in full");
    jakarta.mail.BodyPart letter = attachmentOf(response, reference + "-response.pdf");
    assertThat(letter.getContentType()).startsWith("application/pdf");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.getInputStream().readAllBytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("The minutes are attached");
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(getCase(reference).get("status")));
    Map<String, Object> closed = getCase(reference);
    assertThat(closed.get("outcome")).isEqualTo("PROVIDED_IN_FULL");
    assertThat(closed.get("responseSentAt")).isNotNull();
    HistoricProcessInstance finished =
        history.createHistoricProcessInstanceQuery().processDefinitionKey("InformationRequest").processInstanceBusinessKey(reference).finished().singleResult();
    assertThat(finished).isNotNull();
    // the engine's history keeps the steps people took and no variables: the response text is on the case only
    // (decision 005)
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(finished.getId()).list())
        .extracting(org.camunda.bpm.engine.history.HistoricTaskInstance::getTaskDefinitionKey)
        .contains("Task_TriageRequest", "Task_PrepareResponse");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().variableName("responseText").count()).isZero();
  }

  @Test
  void a_subject_access_request_waits_for_proof_of_identity_asked_for_by_email_with_a_working_link() throws Exception {
    // Given a subject access request, triaged as such
    String reference =
        submit("{\"requester\": {\"name\": \"Mary Somerville\", \"email\": \"mary@example.org\"}, \"description\": \"My staff file\"}");
    awaitMessageFor(reference);
    tasks.complete(awaitTask(reference, "Task_TriageRequest").getId(), Map.of("regime", "SAR", "validRequest", true, "subjectType", "STAFF"));

    // When the caseworker asks for evidence of identity
    tasks.complete(awaitTask(reference, "Task_DecideIdentityCheck").getId(), Map.of("identityRoute", "EVIDENCE"));

    // Then the requester's email lists what we accept and carries a link that opens her case's upload page
    MimeMessage request = awaitMessage("Your request " + reference + ": please confirm who you are");
    String body = GreenMailUtil.getBody(request);
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("/portal/([A-Za-z0-9_-]{43})").matcher(htmlPartOf(request));
    assertThat(link.find()).isTrue();
    // the email leaves inside the step before the wait for evidence; until that step commits the link
    // answers "no longer needed" (seen on PostgreSQL under load), so the link is followed once the case waits
    String portal = "/portal/" + link.group(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> http.getForEntity(portal, String.class).getStatusCode() == HttpStatus.OK);
    ResponseEntity<String> page = http.getForEntity(portal, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains(reference).contains("Passport");
    assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(getCase(reference).get("clock")).asString().contains("PAUSED");

    // When she shows her passport at the office and the caseworker accepts it
    ResponseEntity<Map> seen =
        http.withBasicAuth("caseworker", "caseworker")
            .postForEntity(
                "/api/requests/" + reference + "/identity-evidence-received",
                jsonEntity("{\"receivedVia\": \"IN_PERSON\"}"),
                Map.class);
    assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
    tasks.complete(awaitTask(reference, "Task_CheckEvidence").getId(), Map.of("evidenceDecision", "ACCEPT"));

    // Then the clock runs again and HR searches for the information
    Task collate = awaitTask(reference, "Task_CollateDocuments");
    assertThat(candidateGroups(collate)).containsExactly("hr");
    assertThat(getCase(reference).get("clock")).asString().contains("RUNNING");
    assertThat(http.getForEntity("/portal/" + link.group(1), String.class).getStatusCode().is2xxSuccessful())
        .as("the link closes once the evidence is in")
        .isFalse();
    assertThat(body).contains(reference);
  }

  @Test
  void a_mail_server_outage_neither_loses_nor_duplicates_the_acknowledgement() throws Exception {
    // Given the mail server is down when a request arrives
    smtp.stop();
    String reference = submit("{\"requester\": {\"name\": \"Grace\", \"email\": \"grace@example.org\"}, \"description\": \"Bus routes\"}");

    // Then the sending job fails, is retried on the back-off, and ends as an incident; the message waits in the outbox
    await().atMost(Duration.ofSeconds(30))
        .until(() -> runtime.createIncidentQuery().processInstanceId(instanceOf(reference)).count() == 1);
    Map<String, Object> waiting = outboxRow(reference);
    assertThat(waiting.get("STATUS")).isEqualTo("PENDING");
    assertThat(((Number) waiting.get("ATTEMPTS")).intValue()).isGreaterThanOrEqualTo(2);

    // When the server is back and an operator retries the job (as from Cockpit)
    smtp.start();
    Job failed = management.createJobQuery().processInstanceId(instanceOf(reference)).singleResult();
    management.setJobRetries(failed.getId(), 1);

    // Then the acknowledgement arrives exactly once, with the Message-ID written in the outbox
    MimeMessage delivered = awaitMessageFor(reference);
    assertThat(delivered.getMessageID()).isEqualTo(outboxRow(reference).get("MESSAGE_ID"));
    awaitTask(reference, "Task_TriageRequest");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(reference))).hasSize(1);
    assertThat(outboxRow(reference).get("STATUS")).isEqualTo("SENT");
  }

  @Test
  void retries_of_one_request_with_the_same_idempotency_key_make_one_case_even_when_concurrent() throws Exception {
    String body = "{\"requester\": {\"name\": \"Alan\", \"email\": \"alan@example.org\"}, \"description\": \"Payroll policy\"}";
    String key = "retry-" + System.nanoTime();
    long before = countCases();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<ResponseEntity<Map>> call = () -> post(body, key);
      List<Future<ResponseEntity<Map>>> calls = pool.invokeAll(List.of(call, call, call, call));
      List<Object> references = new java.util.ArrayList<>();
      for (Future<ResponseEntity<Map>> f : calls) {
        assertThat(f.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        references.add(f.get().getBody().get("reference"));
      }
      assertThat(references).containsOnly(references.get(0));
      assertThat(countCases()).isEqualTo(before + 1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) references.get(0)).count())
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_request_whose_process_cannot_start_leaves_no_case_and_no_message() {
    long cases = countCases();
    long messages = jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
    repository.suspendProcessDefinitionByKey("InformationRequest");
    try {
      ResponseEntity<Map> answer =
          post("{\"requester\": {\"name\": \"Edsger\", \"email\": \"e@example.org\"}, \"description\": \"Timetables\"}", null);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    } finally {
      repository.activateProcessDefinitionByKey("InformationRequest");
    }
    assertThat(countCases()).isEqualTo(cases);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single()).isEqualTo(messages);
  }

  // --- helpers -------------------------------------------------------------------------------

  String submit(String json) {
    ResponseEntity<Map> answer = post(json, null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = (String) answer.getBody().get("reference");
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/requests/" + reference);
    return reference;
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> post(String json, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
  }

  static HttpEntity<String> jsonEntity(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> getCase(String reference) {
    ResponseEntity<Map> answer =
        http.withBasicAuth("caseworker", "caseworker").getForEntity("/api/requests/" + reference, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  Task awaitTask(String reference, String taskKey) {
    await().atMost(Duration.ofSeconds(20))
        .until(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .toList();
  }

  MimeMessage awaitMessageFor(String reference) {
    return awaitMessage("Your request " + reference + " has been received");
  }

  MimeMessage awaitMessage(String subject) {
    await().atMost(Duration.ofSeconds(20))
        .until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> subjectOf(m).equals(subject)));
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject)).findFirst().orElseThrow();
  }

  /** The part of a message that is the named attachment. */
  static jakarta.mail.BodyPart attachmentOf(MimeMessage message, String fileName) throws Exception {
    jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (fileName.equals(multipart.getBodyPart(i).getFileName())) {
        return multipart.getBodyPart(i);
      }
    }
    throw new AssertionError("no attachment " + fileName);
  }

  /** The HTML alternative of a message, as a mail client would render it. */
  static String htmlPartOf(MimeMessage message) throws Exception {
    return htmlIn(message.getContent());
  }

  private static String htmlIn(Object content) throws Exception {
    if (content instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        jakarta.mail.BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/html")) {
          return (String) part.getContent();
        }
        String nested = htmlIn(part.getContent());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  String instanceOf(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  Map<String, Object> outboxRow(String reference) {
    return jdbc.sql("SELECT status, attempts, message_id FROM outbox_message WHERE case_reference = ? AND purpose = 'ACKNOWLEDGEMENT'")
        .param(reference)
        .query()
        .singleRow()
        .entrySet()
        .stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toUpperCase(), Map.Entry::getValue));
  }

  long countCases() {
    return jdbc.sql("SELECT COUNT(*) FROM information_request").query(Long.class).single();
  }
}
