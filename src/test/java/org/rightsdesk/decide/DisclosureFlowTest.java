package org.rightsdesk.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    runJobs(runtime, management, reference);

    // Then the refusal cites the exemption, the reasons, the public interest and the route to the ICO
    String response = outbox(jdbc, reference, "RESPONSE");
    assertThat(response)
        .contains("Freedom of Information Act 2000, s43(2): Commercial interests")
        .contains("supplier's margins")
        .contains("In favour of maintaining the exemption: Fair competition; the tender is live")
        .contains("internal review")
        .contains("Wycliffe House");
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
    runJobs(runtime, management, reference);
    assertThat(outbox(jdbc, reference, "RESPONSE"))
        .contains("\"What we spend and how we spend it\" class of our publication scheme")
        .contains("https://www.example.org/finance/contracts-register")
        .contains("section 21")
        .contains("internal review");
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
