package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.CaseFlows;
import org.rightsdesk.testing.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A document taken through suggestion, choice, a verified redaction run, a second person's approval and the
 * disclosure bundle, checked from outside the JVM with pdftotext as well as with PDFBox.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class RedactionFlowTest {

  static final String LETTER = """
      Incident report, 12 January 2026
      Jane Doe (parent) telephoned about the lunchtime incident.
      She can be reached at jane.doe@example.org or 07700 900123.
      The duty teacher dealt with it the same day.
      """;

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void a_redacted_document_is_verified_approved_by_a_second_person_and_bundled_without_the_removed_data() throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
         "description": "Reports of lunchtime incidents in January", "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));
    complete(reference, "Task_CollateDocuments", Map.of("searchComplete", true, "searchSummary", "Incident log"));
    String document = addDocument(reference);
    mvc.perform(put("/api/requests/" + reference + "/documents/" + document + "/decision").with(httpBasic("caseworker", "caseworker"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"decision": "REDACT", "exemptionCodes": "FOIA-s40(2)"}"""))
        .andExpect(status().isOk());
    complete(reference, "Task_DecideDisclosure", Map.of("disclosure", "PARTIAL", "decisionReasons", "A parent's contact details."));

    // The review task is waiting; the page suggests the email address and phone number the detector found
    assertThat(task(reference, "Task_ReviewRedactions")).isNotNull();
    String page = reference + "/redactions";
    mvc.perform(get("/staff/cases/" + page).with(staff("caseworkers")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jane.doe@example.org")))
        .andExpect(content().string(containsString("07700 900123")));

    // When the caseworker chooses the parent's name and everything the detector finds, and runs it
    rule(reference, document, Map.of("kind", "TERM", "text", "Jane Doe", "reason", "FOIA-s40(2)"));
    rule(reference, document, Map.of("kind", "DETECT", "reason", "FOIA-s40(2)"));
    rule(reference, document, Map.of("kind", "TERM", "text", "x", "reason", "FOIA-s99"))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problems"));
    mvc.perform(post("/staff/cases/" + reference + "/redactions/" + document + "/run").with(staff("caseworkers")).with(csrf()))
        .andExpect(status().is3xxRedirection());

    // Then the preview holds none of it, read by pdftotext and by PDFBox, and the rest of the text is still there
    byte[] preview = mvc.perform(get("/staff/cases/" + reference + "/redactions/" + document + "/preview.pdf").with(staff("caseworkers")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    for (String text : new String[] {Extraction.pdftotext(preview), Extraction.pdfbox(preview)}) {
      assertThat(text).doesNotContain("Jane Doe").doesNotContain("jane.doe@example.org").doesNotContain("07700 900123")
          .contains("duty teacher dealt with it");
    }

    // and the log shows what kind of data went and why, the removed text only to the DPO
    mvc.perform(get("/staff/cases/" + page).with(staff("caseworkers")))
        .andExpect(content().string(containsString("EMAIL")))
        .andExpect(content().string(containsString("shown only to the DPO")));
    mvc.perform(get("/staff/cases/" + page).with(staff("dpo")))
        .andExpect(content().string(not(containsString("shown only to the DPO"))));

    // When the caseworker completes the review, every document is run and checked again by the process
    Task review = task(reference, "Task_ReviewRedactions");
    tasks.setAssignee(review.getId(), "caseworker");
    tasks.complete(review.getId(), Map.of("redactionsReady", true));
    runJobs(runtime, management, reference);

    // Then the person who prepared them cannot approve them, and sending back needs a reason
    Task approve = task(reference, "Task_ApproveRedactions");
    tasks.setAssignee(approve.getId(), "caseworker");
    assertThatThrownBy(() -> tasks.complete(approve.getId(), Map.of("redactionDecision", "APPROVE")))
        .hasMessageContaining("a second person must approve");
    tasks.setAssignee(approve.getId(), "manager");
    assertThatThrownBy(() -> tasks.complete(approve.getId(), Map.of("redactionDecision", "SEND_BACK")))
        .hasMessageContaining("say what needs changing");
    tasks.complete(approve.getId(), Map.of("redactionDecision", "APPROVE"));
    runJobs(runtime, management, reference);

    // and the bundle has a cover, an index, numbered pages and a glossary, and none of the removed data
    assertThat(task(reference, "Task_PrepareResponse")).isNotNull();
    byte[] bundle = mvc.perform(get("/staff/cases/" + reference + "/bundle.pdf").with(staff("caseworkers")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text = Extraction.pdftotext(bundle);
    assertThat(text)
        .contains("Disclosure bundle")
        .contains("Document 1 (TEXT, redacted, 1 page)")
        .contains("Page 1 of 3")
        .contains("Page 3 of 3")
        .contains("Glossary")
        .contains("FOIA-s40(2): Freedom of Information Act 2000, s40(2)")
        .contains("duty teacher dealt with it")
        .doesNotContain("Jane Doe").doesNotContain("jane.doe@example.org").doesNotContain("07700 900123");
  }

  @Test
  void a_hidden_layer_found_by_the_disclosure_gate_stops_the_release_until_the_dpo_overrides_with_a_reason() throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
         "description": "The site plan", "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    complete(reference, "Task_TriageRequest", Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));
    complete(reference, "Task_CollateDocuments", Map.of("searchComplete", true, "searchSummary", "Estates drive"));
    String body = mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", pdfWithHiddenLayer()))
            .param("foundIn", "Estates drive").with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String document = JsonPath.read(body, "$.id");
    mvc.perform(put("/api/requests/" + reference + "/documents/" + document + "/decision").with(httpBasic("caseworker", "caseworker"))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"decision": "DISCLOSE"}""")).andExpect(status().isOk());
    complete(reference, "Task_DecideDisclosure", Map.of("disclosure", "FULL"));

    // When the review is completed, the gate finds the hidden layer in the copy that would go out
    Task review = task(reference, "Task_ReviewRedactions");
    tasks.setAssignee(review.getId(), "caseworker");
    tasks.complete(review.getId(), Map.of("redactionsReady", true));
    runJobs(runtime, management, reference);
    assertThat(task(reference, "Task_ApproveRedactions")).as("no approval while hidden data is found").isNull();
    Task clear = task(reference, "Task_ClearBlockingFindings");
    mvc.perform(get("/staff/cases/" + reference + "/redactions").with(staff("dpo")))
        .andExpect(content().string(containsString("HIDDEN_LAYER")))
        .andExpect(content().string(containsString("the copy to release")));

    // Then only a DPO's override with a reason lets it go on, and the override is on the case
    tasks.setAssignee(clear.getId(), "dpo");
    assertThatThrownBy(() -> tasks.complete(clear.getId(), Map.of("gateDecision", "OVERRIDE")))
        .hasMessageContaining("give the reason");
    tasks.complete(clear.getId(), Map.of("gateDecision", "OVERRIDE",
        "overrideReason", "The hidden layer is the published site boundary, already on our website."));
    assertThat(task(reference, "Task_ApproveRedactions")).isNotNull();
    mvc.perform(get("/staff/cases/" + reference + "/redactions").with(staff("dpo")))
        .andExpect(content().string(containsString("authority by dpo")));
    assertThat(jdbc.sql("SELECT actor FROM case_event WHERE reference = ? AND event_type = 'GATE_OVERRIDDEN'")
        .param(reference).query(String.class).single()).as("the override is audited").isEqualTo("dpo");
  }

  private static byte[] pdfWithHiddenLayer() throws Exception {
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      var properties = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
      var layer = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("Draft boundary");
      properties.addGroup(layer);
      properties.setGroupEnabled(layer, false);
      document.getDocumentCatalog().setOCProperties(properties);
      var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(font, 12);
        stream.newLineAtOffset(72, 700);
        stream.showText("Site plan, north wing");
        stream.endText();
        stream.beginMarkedContent(org.apache.pdfbox.cos.COSName.OC, layer);
        stream.beginText();
        stream.setFont(font, 12);
        stream.newLineAtOffset(72, 680);
        stream.showText("Draft: boundary with the neighbour's garden");
        stream.endText();
        stream.endMarkedContent();
      }
      var out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private org.springframework.test.web.servlet.ResultActions rule(String reference, String document, Map<String, String> fields)
      throws Exception {
    var request = post("/staff/cases/" + reference + "/redactions/" + document + "/rules").with(staff("caseworkers")).with(csrf());
    fields.forEach(request::param);
    return mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  private String addDocument(String reference) throws Exception {
    String body = mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "incident.txt", "text/plain", LETTER.getBytes(StandardCharsets.UTF_8)))
            .param("foundIn", "Incident log")
            .with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private static RequestPostProcessor staff(String group) {
    return user(group.equals("dpo") ? "dpo" : "caseworker").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }

  private void complete(String reference, String key, Map<String, Object> variables) {
    tasks.complete(task(reference, key).getId(), variables);
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }
}
