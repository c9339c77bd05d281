package org.rightsdesk.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.FixedClock;
import org.rightsdesk.testing.CaseFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Deciding an FOI request on Wednesday 4 March 2026 (received Monday 2 March, due 31 March): a qualified
 * exemption, a public interest extension told to the requester, and a refusal that cites the exemption
 * and the requester's rights.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class DisclosureFlowTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @Test
  void a_commercial_interests_refusal_after_a_public_interest_extension_cites_the_exemption_and_the_rights() throws Exception {
    String reference = foiReadyToDecide();

    // When the caseworker withholds under s43(2), a qualified exemption
    tasks.complete(task(reference, "Task_DecideDisclosure").getId(), Map.of(
        "disclosure", "WITHHELD", "exemptionCodes", "FOIA-s43(2)",
        "decisionReasons", "The contract prices would show our supplier's margins to its competitors."));

    // Then the public interest is weighed; extending by 20 working days tells the requester and moves the date
    // from 31 March to 30 April (Good Friday and Easter Monday skipped)
    tasks.complete(task(reference, "Task_WeighPublicInterest").getId(), Map.of(
        "factorsForDisclosure", "Transparency in public spending", "factorsForWithholding", "Fair competition",
        "publicInterestConclusion", "EXTEND", "extensionDays", 20));
    runJobs(runtime, management, reference);
    assertThat(outbox(jdbc, reference, "PUBLIC_INTEREST_EXTENSION#1"))
        .contains("Commercial interests").contains("section 10(3)").contains("30 April 2026");
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.dueDate").value("2026-04-30"));

    // When the public interest favours withholding and the response is sent
    tasks.complete(task(reference, "Task_WeighPublicInterest").getId(), Map.of(
        "factorsForDisclosure", "Transparency in public spending", "factorsForWithholding", "Fair competition; the tender is live",
        "publicInterestConclusion", "WITHHOLD"));
    Task prepare = task(reference, "Task_PrepareResponse");
    assertThat(tasks.getVariable(prepare.getId(), "outcome")).as("the form starts from the decision").isEqualTo("REFUSED");
    tasks.complete(prepare.getId(), Map.of("outcome", "REFUSED", "responseText", "We hold the contract you asked for."));
    CaseFlows.signOffAndRelease(tasks, runtime, management, reference);

    // Then the refusal cites the exemption, the reasons, the public interest and the route to the ICO
    String response = outbox(jdbc, reference, "RESPONSE");
    assertThat(response)
        .contains("Freedom of Information Act 2000, s43(2): Commercial interests")
        .contains("supplier's margins")
        .contains("In favour of maintaining the exemption: Fair competition; the tender is live")
        .contains("internal review")
        .contains("Wycliffe House");

    // and the same refusal notice goes with it as a PDF letter, kept on the case for staff
    byte[] pdf = mvc.perform(get("/staff/cases/" + reference + "/response.pdf")
            .with(user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"))))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Our reference: " + reference)
          .contains("s43(2): Commercial interests")
          .contains("In favour of maintaining the exemption: Fair competition; the tender is live")
          .contains("Wycliffe House");
    }
  }

  @Test
  void an_unknown_exemption_or_neither_confirm_nor_deny_where_the_law_has_none_is_refused() throws Exception {
    String reference = foiReadyToDecide();
    String decide = task(reference, "Task_DecideDisclosure").getId();

    assertThatThrownBy(() -> tasks.complete(decide, Map.of("disclosure", "WITHHELD", "exemptionCodes", "FOIA-s99",
            "decisionReasons", "x")))
        .hasMessageContaining("FOIA-s99 is not in the exemptions catalogue");
    assertThatThrownBy(() -> tasks.complete(decide, Map.of("disclosure", "NCND", "exemptionCodes", "FOIA-s21",
            "decisionReasons", "x")))
        .hasMessageContaining("neither confirm nor deny is not available under FOIA-s21");
    assertThatThrownBy(() -> tasks.complete(decide, Map.of("disclosure", "WITHHELD", "exemptionCodes", "EIR-r12(5)(e)",
            "decisionReasons", "x")))
        .hasMessageContaining("does not apply to a FOI request");
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isEqualTo(1);
  }

  @Test
  void information_already_published_is_answered_with_where_it_is_under_section_21() throws Exception {
    String reference = foiReadyToDecide();
    String decide = task(reference, "Task_DecideDisclosure").getId();
    assertThat((java.util.List<?>) tasks.getVariable(decide, "publicationClasses"))
        .as("the form offers the publication scheme's classes").hasSize(7);

    assertThatThrownBy(() -> tasks.complete(decide, Map.of("disclosure", "PUBLISHED", "publicationClass", "menus")))
        .hasMessageContaining("publicationClass");
    tasks.complete(decide, Map.of("disclosure", "PUBLISHED", "publicationClass", "what-we-spend",
        "publishedWhere", "https://www.example.org/finance/contracts-register"));

    Task prepare = task(reference, "Task_PrepareResponse");
    assertThat(tasks.getVariable(prepare.getId(), "outcome")).as("an s21 refusal notice").isEqualTo("REFUSED");
    tasks.complete(prepare.getId(), Map.of("outcome", "REFUSED", "responseText", "Thank you for your request."));
    CaseFlows.signOffAndRelease(tasks, runtime, management, reference);
    assertThat(outbox(jdbc, reference, "RESPONSE"))
        .contains("\"What we spend and how we spend it\" class of our publication scheme")
        .contains("https://www.example.org/finance/contracts-register")
        .contains("section 21")
        .contains("internal review");
  }

  @Test
  void each_document_is_disclosed_redacted_or_withheld_and_the_decision_agrees_and_cites_every_exemption() throws Exception {
    String reference = foiReadyToDecide();
    String minutes = addDocument(reference, "minutes.txt", "Governors discussed the catering contract.");
    String tender = addDocument(reference, "tender.txt", "Supplier margin 14 per cent.");

    // Withholding needs an exemption; one that applies to FOI
    decideDocument(reference, minutes, """
        {"decision": "REDACT"}""").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("exemptionCodes"));
    decideDocument(reference, minutes, """
        {"decision": "REDACT", "exemptionCodes": "FOIA-s40(2)", "note": "A parent is named"}""").andExpect(status().isOk());
    decideDocument(reference, tender, """
        {"decision": "WITHHOLD", "exemptionCodes": "FOIA-s43(2)"}""").andExpect(status().isOk())
        .andExpect(jsonPath("$.decision").value("WITHHOLD"));
    decideDocument(reference, "00000000-0000-0000-0000-000000000000", """
        {"decision": "DISCLOSE"}""").andExpect(status().isNotFound());
    mvc.perform(get("/api/requests/" + reference + "/document-decisions").with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$[?(@.fileName == 'minutes.txt')].decision").value("REDACT"))
        .andExpect(jsonPath("$[?(@.fileName == 'minutes.txt')].note").value("A parent is named"))
        .andExpect(jsonPath("$[?(@.fileName == 'tender.txt')].exemptionCodes").value("FOIA-s43(2)"));

    // The staff page shows each document's decision and refuses a code that is not in the catalogue
    var caseworker = user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"));
    mvc.perform(get("/staff/cases/" + reference + "/decisions").with(caseworker))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("minutes.txt")))
        .andExpect(content().string(containsString("FOIA-s40(2)")));
    mvc.perform(post("/staff/cases/" + reference + "/decisions/" + minutes).with(caseworker).with(csrf())
            .param("decision", "REDACT").param("exemptionCodes", "FOIA-s99"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("FOIA-s99 is not in the exemptions catalogue")));

    // The case cannot then be disclosed in full; in part, it cites both documents' exemptions
    String decide = task(reference, "Task_DecideDisclosure").getId();
    assertThatThrownBy(() -> tasks.complete(decide, Map.of("disclosure", "FULL")))
        .hasMessageContaining("2 document(s) are withheld or redacted");
    tasks.complete(decide, Map.of("disclosure", "PARTIAL", "decisionReasons", "Names of parents and the supplier's prices."));
    tasks.complete(task(reference, "Task_WeighPublicInterest").getId(), Map.of(
        "factorsForDisclosure", "Spending transparency", "factorsForWithholding", "Fair competition",
        "publicInterestConclusion", "WITHHOLD"));
    // the minutes are released redacted: prepared by one person, approved by another
    CaseFlows.reviewAndApproveRedactions(tasks, runtime, management, reference);
    Task prepare = task(reference, "Task_PrepareResponse");
    tasks.complete(prepare.getId(), Map.of("outcome", "PROVIDED_IN_PART", "responseText", "Please find the minutes attached."));
    CaseFlows.signOffAndRelease(tasks, runtime, management, reference);
    assertThat(outbox(jdbc, reference, "RESPONSE"))
        .contains("s40(2)")
        .contains("s43(2): Commercial interests");
  }

  @Test
  void a_vexatious_request_is_refused_under_section_14_without_a_public_interest_test() throws Exception {
    String reference = foiReadyToDecide();
    tasks.complete(task(reference, "Task_DecideDisclosure").getId(), Map.of(
        "disclosure", "WITHHELD", "exemptionCodes", "FOIA-s14(1)",
        "decisionReasons", "The forty-first request this term on the same closed matter."));

    assertThat(task(reference, "Task_WeighPublicInterest")).as("s14 is not weighed").isNull();
    Task prepare = task(reference, "Task_PrepareResponse");
    assertThat(tasks.getVariable(prepare.getId(), "outcome")).isEqualTo("REFUSED");
    tasks.complete(prepare.getId(), Map.of("outcome", "REFUSED", "responseText", "We will not answer this request."));
    CaseFlows.signOffAndRelease(tasks, runtime, management, reference);
    assertThat(outbox(jdbc, reference, "RESPONSE")).contains("s14(1): Vexatious request").contains("internal review");
  }

  @Test
  void the_documents_page_shows_what_the_disclosure_gate_found_in_each_file() throws Exception {
    String reference = foiReadyToDecide();
    addDocument(reference, "minutes.txt", "Governors discussed the catering contract.");
    byte[] scripted;
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.getDocumentCatalog().setOpenAction(
          new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('hello')"));
      var out = new java.io.ByteArrayOutputStream();
      document.save(out);
      scripted = out.toByteArray();
    }
    mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "contract.pdf", "application/pdf", scripted))
            .param("foundIn", "Finance").with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isCreated());

    mvc.perform(get("/staff/cases/" + reference + "/documents")
            .with(user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nothing hidden found")))
        .andExpect(content().string(containsString("Hidden data: clean before release")))
        .andExpect(content().string(containsString("BLOCKING")));
  }

  @Test
  void the_original_of_a_redacted_document_is_only_for_the_dpo_managers_and_the_cases_team() throws Exception {
    String reference = CaseFlows.receive(mvc, """
        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"}, "description": "Behaviour logs for Year 9",
         "subjectType": "PUPIL", "school": "city-academy", "channel": "EMAIL", "receivedAt": "2026-03-02T09:30:00Z"}
        """);
    runJobs(runtime, management, reference);
    tasks.complete(task(reference, "Task_TriageRequest").getId(), Map.of("regime", "FOI", "validRequest", true, "subjectType", "PUPIL"));
    String log = addDocument(reference, "log.txt", "Year 9 incidents; pupil names inside.");
    String content = "/api/requests/" + reference + "/documents/" + log + "/content";
    var caseworker = user("caseworker").authorities(new SimpleGrantedAuthority("GROUP_caseworkers"));
    mvc.perform(get(content).with(caseworker)).andExpect(status().isOk());

    decideDocument(reference, log, """
        {"decision": "REDACT", "exemptionCodes": "FOIA-s40(2)"}""").andExpect(status().isOk());

    mvc.perform(get(content).with(caseworker))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("Forbidden"));
    mvc.perform(get(content).with(user("manager").authorities(new SimpleGrantedAuthority("GROUP_managers"))))
        .andExpect(status().isOk());
    mvc.perform(get(content).with(user("dpo").authorities(new SimpleGrantedAuthority("GROUP_dpo"))))
        .andExpect(status().isOk());
    mvc.perform(get("/staff/cases/" + reference + "/documents/" + log + "/content").with(caseworker))
        .andExpect(status().isForbidden());
  }

  private String addDocument(String reference, String name, String text) throws Exception {
    String body = mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", name, "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .param("foundIn", "Governors' shared drive")
            .with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return com.jayway.jsonpath.JsonPath.read(body, "$.id");
  }

  private ResultActions decideDocument(String reference, String documentId, String json) throws Exception {
    return mvc.perform(put("/api/requests/" + reference + "/documents/" + documentId + "/decision")
        .with(httpBasic("caseworker", "caseworker")).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private String foiReadyToDecide() throws Exception {
    String reference =
        CaseFlows.receive(mvc, """
                        {"requester": {"name": "Ada Lovelace", "email": "ada@example.org"},
                         "description": "The catering contract and its prices", "channel": "EMAIL",
                         "receivedAt": "2026-03-02T09:30:00Z"}
                        """);
    runJobs(runtime, management, reference);
    tasks.complete(task(reference, "Task_TriageRequest").getId(), Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER"));
    tasks.complete(task(reference, "Task_CollateDocuments").getId(),
        Map.of("searchComplete", true, "searchSummary", "Finance system: contracts register"));
    return reference;
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }
}
