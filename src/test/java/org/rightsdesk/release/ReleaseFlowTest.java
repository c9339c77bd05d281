package org.rightsdesk.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.MutableClock;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Releasing responses to FOI requests received Monday 2 March 2026 (due 31 March): sign-off by a second
 * person; email with a signed bundle behind a link (signature checked with PDFBox and pdfsig, and broken
 * by one changed byte; links expired, used on another device, forged, re-issued); signed-for post released
 * late, with proof of delivery.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ReleaseFlowTest.Time.class)
class ReleaseFlowTest {

  static final Pattern DOWNLOAD = Pattern.compile("/download/([A-Za-z0-9_-]{43})");

  @TestConfiguration(proxyBeanMethods = false)
  static class Time {
    @Bean
    @Primary
    MutableClock movableClock() {
      return new MutableClock(Instant.parse("2026-03-04T10:00:00Z"));
    }
  }

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired org.rightsdesk.redact.review.CaseRedactions redactions;
  @Autowired org.rightsdesk.publish.DisclosureLog disclosureLog;
  @Autowired org.rightsdesk.request.CaseWorkService work;
  @Autowired ReleaseService releases;

  @BeforeEach
  void wednesday_4_march() {
    clock.set(Instant.parse("2026-03-04T10:00:00Z"));
  }

  @Test
  void an_emailed_bundle_is_signed_and_its_link_works_once_per_device_until_it_expires() throws Exception {
    String reference = readyToSignOff("""
        {"name": "Ada Lovelace", "email": "ada@example.org"}""", "41,200");

    // The person who prepared the response cannot sign it off
    Task signOff = task(reference, "Task_SignOffResponse");
    assertThat(tasks.getVariable(signOff.getId(), "deliveryMethod")).as("the requester's preference").isEqualTo("EMAIL");
    tasks.setAssignee(signOff.getId(), "caseworker");
    assertThatThrownBy(() -> tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "EMAIL")))
        .hasMessageContaining("a second person must sign off");

    // When a manager signs it off for email, to be published in the disclosure log
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "EMAIL", "publishToDisclosureLog", true));
    runJobs(runtime, management, reference);

    // Then the public log has it, found by search and by its reference, without the requester or the redacted figure
    mvc.perform(get("/disclosure-log").param("q", "energy bills"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/disclosure-log/" + reference)));
    mvc.perform(get("/disclosure-log/" + reference))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("energy bills for 2025")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ada Lovelace"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("07700 900456"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("41,200"))));

    // Then the response carries a link, not the file, and the case is answered on 4 March, in time
    String email = outbox(jdbc, reference, "RESPONSE");
    assertThat(email).contains("/download/").contains("1 April 2026").doesNotContain("/portal/");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id"
            + " WHERE m.case_reference = ? AND a.file_name LIKE '%bundle%'").param(reference).query(Long.class).single())
        .as("never the bundle as a plain attachment").isZero();
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.responseSentAt").value(containsString("2026-03-04")));
    mvc.perform(get("/staff/cases/" + reference + "/release").with(staff()))
        .andExpect(content().string(containsString("On time")));

    // The requester downloads the signed bundle of their own case; the first device is remembered
    String token = linkIn(email);
    MockHttpServletResponse first = mvc.perform(get("/download/" + token))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse();
    byte[] bundle = first.getContentAsByteArray();
    Cookie device = first.getCookie(DownloadController.DEVICE_COOKIE);
    assertThat(device).isNotNull();
    assertThat(device.isHttpOnly()).isTrue();
    try (PDDocument document = Loader.loadPDF(bundle)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(reference);
    }

    // The signature verifies with PDFBox and with pdfsig, and breaks when one byte changes
    assertThat(BundleSignerTest.valid(bundle)).isTrue();
    assertThat(BundleSignerTest.pdfsig(bundle)).contains("Signature is Valid");
    byte[] altered = bundle.clone();
    int inSignedRange = 200;
    altered[inSignedRange] = (byte) (altered[inSignedRange] ^ 0x01);
    assertThat(BundleSignerTest.valid(altered)).isFalse();
    assertThat(BundleSignerTest.pdfsig(altered)).doesNotContain("Signature is Valid");

    // The same device may download again; another device, a forged link and garbage are refused
    mvc.perform(get("/download/" + token).cookie(device)).andExpect(status().isOk());
    mvc.perform(get("/download/" + token)).andExpect(status().isForbidden())
        .andExpect(content().string(containsString("opened on another device")));
    mvc.perform(get("/download/" + "A".repeat(43))).andExpect(status().isNotFound());
    mvc.perform(get("/download/not-a-token")).andExpect(status().isNotFound());

    // After four weeks the link has expired; staff send a new one, and only the new one works
    clock.advance(Duration.ofDays(29));
    mvc.perform(get("/download/" + token).cookie(device)).andExpect(status().isGone());
    mvc.perform(post("/staff/cases/" + reference + "/release/link").with(staff()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String fresh = linkIn(outbox(jdbc, reference, "DOWNLOAD_LINK#1"));
    assertThat(fresh).isNotEqualTo(token);
    mvc.perform(get("/download/" + fresh)).andExpect(status().isOk());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM release_download WHERE case_reference = ?").param(reference)
        .query(Long.class).single()).as("every attempt with one of our links is recorded").isEqualTo(5);
  }

  @Test
  void a_response_sent_by_post_after_the_deadline_is_late_and_waits_for_the_signature_on_delivery() throws Exception {
    String reference = readyToSignOff("""
        {"name": "Alan Turing", "email": "alan@example.org", "postalAddress": "1 Bletchley Park, Milton Keynes MK3 6EB"}""", null);
    Task signOff = task(reference, "Task_SignOffResponse");
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "POST"));
    runJobs(runtime, management, reference);
    assertThat(jdbc.sql("SELECT status FROM outbox_message WHERE case_reference = ? AND purpose = 'RESPONSE'")
        .param(reference).query(String.class).single()).as("a letter to print").isEqualTo("PRINT_READY");

    // When it is dispatched on 2 April, after the deadline of 31 March
    clock.advance(Duration.ofDays(29));
    Task dispatch = task(reference, "Task_DispatchByPost");
    tasks.complete(dispatch.getId(), Map.of("dispatchService", "Royal Mail Signed For", "trackingNumber", "AB123456789GB"));
    mvc.perform(get("/staff/cases/" + reference + "/release").with(staff()))
        .andExpect(content().string(containsString("Late")))
        .andExpect(content().string(containsString("AB123456789GB")));

    // Then the release waits for proof of delivery, recorded from the staff page
    assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(reference).activityId("Task_AwaitProofOfDelivery").count())
        .isEqualTo(1);
    mvc.perform(post("/staff/cases/" + reference + "/release/proof").with(staff()).with(csrf())
            .param("deliveredTo", "A. Turing").param("deliveredOn", "2099-01-01"))
        .andExpect(status().is3xxRedirection());
    assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(reference).activityId("Task_AwaitProofOfDelivery").count())
        .as("a future date is refused").isEqualTo(1);
    mvc.perform(post("/staff/cases/" + reference + "/release/proof").with(staff()).with(csrf())
            .param("deliveredTo", "A. Turing").param("deliveredOn", "2026-04-02"))
        .andExpect(status().is3xxRedirection());
    runJobs(runtime, management, reference);
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.responseSentAt").value(containsString("2026-04-02")));
  }

  @Test
  void a_handover_in_person_needs_identity_checked_again_and_a_signed_receipt_and_survives_a_no_show() throws Exception {
    String reference = readyToSignOff("""
        {"name": "Mary Somerville", "email": "mary@example.org"}""", null);
    Task signOff = task(reference, "Task_SignOffResponse");
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "IN_PERSON"));
    complete(reference, "Task_ArrangeHandover", Map.of("handoverAt", "2026-03-10T14:00", "handoverPlace", "School office, City Academy"));
    runJobs(runtime, management, reference);

    // The requester does not come; a second time is arranged
    complete(reference, "Task_RecordHandover", Map.of("handoverOutcome", "NO_SHOW"));
    complete(reference, "Task_ArrangeHandover", Map.of("handoverAt", "2026-03-12T10:30", "handoverPlace", "School office, City Academy"));
    runJobs(runtime, management, reference);

    // Nothing is handed over without checking identity again and a signed receipt
    Task record = task(reference, "Task_RecordHandover");
    assertThatThrownBy(() -> tasks.complete(record.getId(),
            Map.of("handoverOutcome", "HANDED_OVER", "receivedBy", "Mary Somerville", "receiptSigned", true)))
        .hasMessageContaining("check the requester's identity again");
    assertThatThrownBy(() -> tasks.complete(record.getId(),
            Map.of("handoverOutcome", "HANDED_OVER", "receivedBy", "Mary Somerville", "identityRechecked", true)))
        .hasMessageContaining("signs a receipt");
    clock.set(Instant.parse("2026-03-12T10:45:00Z"));
    tasks.setAssignee(record.getId(), "school-office");
    assertThatThrownBy(() -> tasks.complete(record.getId(),
            Map.of("handoverOutcome", "HANDED_OVER", "identityRechecked", true, "receiptSigned", true)))
        .hasMessageContaining("who received it");
    tasks.complete(record.getId(), Map.of("handoverOutcome", "HANDED_OVER", "receivedBy", "Mary Somerville",
        "identityRechecked", true, "receiptSigned", true));
    runJobs(runtime, management, reference);

    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.responseSentAt").value(containsString("2026-03-12")));
    mvc.perform(get("/staff/cases/" + reference + "/release").with(staff()))
        .andExpect(content().string(containsString("12 March 2026 10:30, School office, City Academy")))
        .andExpect(content().string(containsString("by school-office to Mary Somerville")))
        .andExpect(content().string(containsString("On time")));
  }

  @Test
  void a_link_only_ever_fetches_its_own_cases_bundle() throws Exception {
    String first = releasedByEmail("""
        {"name": "Ada Lovelace", "email": "ada@example.org"}""");
    String second = releasedByEmail("""
        {"name": "Alan Turing", "email": "alan@example.org"}""");

    for (String[] pair : new String[][] {{first, second}, {second, first}}) {
      byte[] bundle = mvc.perform(get("/download/" + linkIn(outbox(jdbc, pair[0], "RESPONSE"))))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
      try (PDDocument document = Loader.loadPDF(bundle)) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(pair[0]).doesNotContain(pair[1]);
      }
    }
  }

  private String releasedByEmail(String requester) throws Exception {
    String reference = readyToSignOff(requester, null);
    Task signOff = task(reference, "Task_SignOffResponse");
    tasks.setAssignee(signOff.getId(), "manager");
    tasks.complete(signOff.getId(), Map.of("signOff", "APPROVE", "deliveryMethod", "EMAIL"));
    runJobs(runtime, management, reference);
    return reference;
  }

  @Test
  void a_subject_access_response_is_never_published() throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Grace Hopper", "email": "grace@example.org"}, "description": "My file",
         "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}""");
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "SAR", "validRequest", true, "subjectType", "STAFF"));
    work.recordResponse(reference, org.rightsdesk.request.Outcome.PROVIDED_IN_FULL, "Your file is enclosed.", "caseworker");

    assertThat(disclosureLog.publish(reference, "manager")).isFalse();
    mvc.perform(get("/disclosure-log/" + reference)).andExpect(status().isNotFound());
    assertThatThrownBy(() -> releases.signOff(reference, ReleaseService.SignOff.APPROVE,
            org.rightsdesk.request.DeliveryMethod.EMAIL, null, true, "manager"))
        .hasMessageContaining("never a subject access request");
  }

  private String readyToSignOff(String requester, String redactTerm) throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": %s, "description": "Ada Lovelace here (07700 900456): please send the school's energy bills for 2025",
         "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}""".formatted(requester));
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));
    complete(reference, "Task_CollateDocuments", Map.of("searchComplete", true, "searchSummary", "Finance system"));
    String body = mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "bills.txt", "text/plain", "Electricity 2025: 41,200 pounds".getBytes(StandardCharsets.UTF_8)))
            .param("foundIn", "Finance system").with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String document = JsonPath.read(body, "$.id");
    mvc.perform(put("/api/requests/" + reference + "/documents/" + document + "/decision").with(httpBasic("caseworker", "caseworker"))
        .contentType(MediaType.APPLICATION_JSON).content(redactTerm == null ? """
            {"decision": "DISCLOSE"}""" : """
            {"decision": "REDACT", "exemptionCodes": "FOIA-s40(2)"}""")).andExpect(status().isOk());
    if (redactTerm != null) {
      redactions.addRule(reference, document, org.rightsdesk.redact.review.CaseRedactions.RuleKind.TERM, redactTerm, null, null, null,
          null, null, "FOIA-s40(2)", "caseworker");
    }
    complete(reference, "Task_DecideDisclosure", redactTerm == null ? Map.of("disclosure", "FULL")
        : Map.of("disclosure", "PARTIAL", "decisionReasons", "A figure that identifies a supplier's staff."));
    CaseFlows.reviewAndApproveRedactions(tasks, runtime, management, reference);
    Task prepare = task(reference, "Task_PrepareResponse");
    tasks.setAssignee(prepare.getId(), "caseworker");
    tasks.complete(prepare.getId(), Map.of("outcome", redactTerm == null ? "PROVIDED_IN_FULL" : "PROVIDED_IN_PART",
        "responseText", "Our energy bills for 2025 are in the bundle" + (redactTerm == null ? "." : "; the total of " + redactTerm + " is withheld.")));
    return reference;
  }

  private static RequestPostProcessor staff() {
    return user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"));
  }

  private static String linkIn(String email) {
    Matcher m = DOWNLOAD.matcher(email);
    assertThat(m.find()).as("a download link in the email").isTrue();
    return m.group(1);
  }

  private void complete(String reference, String key, Map<String, Object> variables) {
    tasks.complete(task(reference, key).getId(), variables);
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }
}
