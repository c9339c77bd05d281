package org.rightsdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.rightsdesk.testing.FixedClock;
import static org.rightsdesk.testing.CaseFlows.outbox;
import static org.rightsdesk.testing.CaseFlows.runJobs;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fee phase in the running service on a fixed date (Wednesday 4 March 2026): an FOI request priced,
 * a fees notice issued (the clock stops, FOIA s10(2)), the payment recorded and the clock running again;
 * and a request over the cost limit refused (s12). Dates worked out by hand.
 */
@SpringBootTest(
    properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class FeePhaseFlowTest {

  @Autowired MockMvc mvc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired FeeNoticeService fees;

  @Test
  void a_fees_notice_stops_the_clock_until_the_fee_is_paid() throws Exception {
    String reference = triagedFoiRequestWithFee();

    // When the caseworker estimates 2 hours, 120 black-and-white copies and postage
    tasks.complete(task(reference, "Task_EstimateFee").getId(),
        Map.of("hours", 2, "blackAndWhitePages", 120, "colourPages", 0, "postage", true));
    runJobs(runtime, management, reference);

    // Then a fees notice for £12.91 (12.00 copying + 0.91 postage) goes out and the clock waits
    String notice = outbox(jdbc, reference, "FEE_NOTICE#1");
    assertThat(notice).contains("£12.91").contains("3 June 2026");
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.clock.status").value("PAUSED"));
    byte[] letter =
        mvc.perform(get("/staff/cases/" + reference + "/fee-notice.pdf")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("caseworker")
                    .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_caseworkers"))))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var pdf = Loader.loadPDF(letter)) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(reference).contains("12.91");
    }

    // When staff record the payment, received the same day
    tasks.complete(task(reference, "Task_RecordFeePayment").getId(),
        Map.of("paymentMethod", "BANK_TRANSFER", "amountPaid", "12.91", "paidOn", "2026-03-04"));

    // Then the day of the notice is disregarded: due 1 April instead of 31 March, and the case goes on
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.clock.status").value("RUNNING"))
        .andExpect(jsonPath("$.dueDate").value("2026-04-01"));
    assertThat(task(reference, "Task_CollateDocuments")).as("the search for the information begins").isNotNull();
  }

  @Test
  void without_hours_the_estimate_uses_the_time_logged_searching() throws Exception {
    String reference = triagedFoiRequestWithFee();
    for (int minutes : new int[] {600, 540}) {
      mvc.perform(post("/api/requests/" + reference + "/searches").with(httpBasic("caseworker", "caseworker"))
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"system\": \"Email archive\", \"minutes\": " + minutes + "}"))
          .andExpect(status().isCreated());
    }

    // 19 hours logged at £25 is £475, over the £450 limit
    tasks.complete(task(reference, "Task_EstimateFee").getId(), Map.of("blackAndWhitePages", 10));
    runJobs(runtime, management, reference);

    assertThat(outbox(jdbc, reference, "COST_LIMIT_REFUSAL")).contains("£475.00");
  }

  @Test
  void a_payment_short_of_the_fee_is_refused() throws Exception {
    String reference = triagedFoiRequestWithFee();
    tasks.complete(task(reference, "Task_EstimateFee").getId(), Map.of("hours", 1, "blackAndWhitePages", 50, "postage", false));
    runJobs(runtime, management, reference);

    String payment = task(reference, "Task_RecordFeePayment").getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> tasks.complete(payment, Map.of("paymentMethod", "CASH", "amountPaid", "4.00", "paidOn", "2026-03-04")))
        .hasMessageContaining("amountPaid");
    assertThat(tasks.createTaskQuery().taskId(payment).count()).isEqualTo(1);
  }

  @Test
  void a_request_over_the_cost_limit_is_refused_with_advice_and_closed() throws Exception {
    String reference = triagedFoiRequestWithFee();

    // 20 hours at £25 is £500, over the £450 limit for a school
    tasks.complete(task(reference, "Task_EstimateFee").getId(), Map.of("hours", 20));
    runJobs(runtime, management, reference);

    assertThat(outbox(jdbc, reference, "COST_LIMIT_REFUSAL")).contains("£500.00").contains("£450.00").contains("section 12");
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.outcome").value("REFUSED"));
  }

  private String triagedFoiRequestWithFee() throws Exception {
    String reference =
        CaseFlows.receive(mvc, """
                            {"requester": {"name": "Ada Lovelace", "email": "ada@example.org", "postalAddress": "1 High St, Norwich"},
                             "description": "All invoices for school trips since 2015", "channel": "EMAIL",
                             "receivedAt": "2026-03-02T09:30:00Z"}
                            """);
    runJobs(runtime, management, reference);
    tasks.complete(task(reference, "Task_TriageRequest").getId(),
        Map.of("regime", "FOI", "validRequest", true, "subjectType", "OTHER", "feeMayApply", true));
    return reference;
  }

  private Task task(String reference, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
  }

}
