package org.rightsdesk.clock.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.rightsdesk.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.security.StaffGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** POST /api/deadlines/calculate over HTTP, signed in as Camunda users, on the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // same context as the page tests, so the engine starts once
@ActiveProfiles("test")
class DeadlineApiTest {

  static final String CASEWORKER = "clock-api-caseworker";
  static final String OUTSIDER = "clock-api-outsider";
  static final String PASSWORD = "Clock-test-password-1";
  static final String SCHOOL = "clock-api-test-school";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired SchoolCalendars calendars;
  @Autowired ObjectMapper json;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void givenACaseworkerAndAUserInNoStaffGroup() {
    user(CASEWORKER, StaffGroups.CASEWORKERS);
    user(OUTSIDER, null);
  }

  @Test
  void given_an_FOI_received_on_19_December_2025_in_England_when_calculated_then_due_22_January_2026_skipping_Christmas_New_Year_and_the_Scottish_2_January() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2025-12-19", "division": "england-and-wales", "today": "2026-01-05"}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json.readTree(response.body());
    assertThat(result.get("dueDate").asText()).isEqualTo("2026-01-22");
    assertThat(result.get("status").asText()).isEqualTo("RUNNING");
    assertThat(line(result, "2025-12-19").get("kind").asText()).isEqualTo("START");
    assertThat(line(result, "2025-12-25").get("explanation").asText()).isEqualTo("Christmas Day");
    assertThat(line(result, "2025-12-26").get("kind").asText()).isEqualTo("SKIPPED");
    assertThat(line(result, "2026-01-01").get("kind").asText()).isEqualTo("SKIPPED");
    JsonNode secondJanuary = line(result, "2026-01-02");
    assertThat(secondJanuary.get("kind").asText()).isEqualTo("SKIPPED");
    assertThat(secondJanuary.get("dayNumber").isNull()).isTrue();
    assertThat(secondJanuary.get("explanation").asText()).contains("Scotland").contains("FOIA s10(6)");
    JsonNode due = line(result, "2026-01-22");
    assertThat(due.get("kind").asText()).isEqualTo("DUE");
    assertThat(due.get("dayNumber").asInt()).isEqualTo(20);
    assertThat(result.get("working")).hasSize(35); // one line a day, 19 December to 22 January
  }

  @Test
  void given_an_email_arriving_at_2330_UTC_on_31_May_2026_when_calculated_then_it_counts_as_received_on_1_June_in_BST() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-05-31T23:30:00Z", "today": "2026-06-01"}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json.readTree(response.body());
    assertThat(result.get("working").get(0).get("date").asText()).isEqualTo("2026-06-01");
    assertThat(result.get("working").get(0).get("kind").asText()).isEqualTo("START");
  }

  @Test
  void given_a_SAR_waiting_for_identity_since_3_March_2026_when_calculated_on_10_March_then_paused_and_due_a_month_from_today() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "SAR", "receivedAt": "2026-03-02", "today": "2026-03-10",
         "events": [{"type": "IDENTITY_REQUESTED", "on": "2026-03-03"}]}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json.readTree(response.body());
    assertThat(result.get("status").asText()).isEqualTo("PAUSED");
    assertThat(result.get("dueDate").asText()).isEqualTo("2026-04-10");
    assertThat(line(result, "2026-03-04").get("kind").asText()).isEqualTo("PAUSED");
  }

  @Test
  void given_an_FOI_fee_unpaid_for_three_months_when_calculated_then_lapsed_with_a_null_due_date() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-01-05", "today": "2026-05-01",
         "events": [{"type": "FEE_NOTICE_ISSUED", "on": "2026-01-12"}]}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json.readTree(response.body());
    assertThat(result.get("status").asText()).isEqualTo("LAPSED");
    assertThat(result.has("dueDate")).isTrue();
    assertThat(result.get("dueDate").isNull()).isTrue();
  }

  @Test
  void given_a_saved_school_calendar_with_half_term_and_an_INSET_day_when_a_school_FOI_is_calculated_then_due_on_the_20th_school_day() throws Exception {
    givenSchoolCalendar();

    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI_SCHOOL", "receivedAt": "2026-02-10", "schoolCalendar": "%s", "today": "2026-02-10"}"""
        .formatted(SCHOOL));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json.readTree(response.body());
    // 3 school days before half term, none 16-20 Feb, INSET 2 Mar and St Patrick's Day 17 Mar skipped
    assertThat(result.get("dueDate").asText()).isEqualTo("2026-03-19");
    assertThat(line(result, "2026-02-16").get("explanation").asText()).startsWith("not a school day: half term");
    assertThat(line(result, "2026-03-02").get("explanation").asText()).contains("no session");
    assertThat(line(result, "2026-03-17").get("explanation").asText()).startsWith("St Patrick's Day");
  }

  @Test
  void given_school_terms_in_the_body_that_end_too_soon_when_calculated_then_400_naming_schoolTerms() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI_SCHOOL", "receivedAt": "2026-02-10", "today": "2026-02-10",
         "schoolTerms": [{"start": "2026-01-05", "end": "2026-02-13"}]}""");

    assertThat(fields(response)).containsExactly("schoolTerms");
    assertThat(messages(response).get(0)).contains("Add the next term's dates");
  }

  @Test
  void given_an_unknown_regime_when_calculated_then_400_naming_regime() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "DSAR", "receivedAt": "2026-03-02"}""");

    assertThat(fields(response)).containsExactly("regime");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void given_an_unknown_division_and_no_date_of_receipt_when_calculated_then_400_naming_both_fields() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "division": "wales"}""");

    assertThat(fields(response)).containsExactlyInAnyOrder("division", "receivedAt");
    assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("2 fields are invalid");
  }

  @Test
  void given_dates_that_do_not_exist_when_calculated_then_400_naming_the_field() throws Exception {
    assertThat(fields(post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-30"}"""))).containsExactly("receivedAt");
    assertThat(fields(post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-02", "today": "2026-13-01"}"""))).containsExactly("today");
    assertThat(fields(post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-02", "events": [{"type": "FEE_NOTICE_ISSUED", "on": "yesterday"}]}""")))
        .containsExactly("events[0].on");
  }

  @Test
  void given_a_school_with_no_saved_calendar_when_calculated_then_400_naming_schoolCalendar() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI_SCHOOL", "receivedAt": "2026-02-10", "schoolCalendar": "no-such-school"}""");

    assertThat(fields(response)).containsExactly("schoolCalendar");
  }

  @Test
  void given_a_school_FOI_without_terms_when_calculated_then_400_naming_schoolCalendar() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI_SCHOOL", "receivedAt": "2026-02-10"}""");

    assertThat(fields(response)).containsExactly("schoolCalendar");
  }

  @Test
  void given_a_fee_paid_without_a_fees_notice_when_calculated_then_400_naming_events_with_the_clocks_reason() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-02", "today": "2026-02-20",
         "events": [{"type": "FEE_PAID", "on": "2026-02-10"}]}""");

    assertThat(fields(response)).containsExactly("events");
    assertThat(messages(response).get(0)).isEqualTo("FEE_PAID on 2026-02-10 without an earlier FEE_NOTICE_ISSUED");
  }

  @Test
  void given_an_extension_without_its_reason_when_calculated_then_400_naming_the_events_kind() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-02", "today": "2026-02-20",
         "events": [{"type": "EXTENDED", "on": "2026-02-10", "days": 0}]}""");

    assertThat(fields(response)).containsExactlyInAnyOrder("events[0].kind", "events[0].days");
  }

  @Test
  void given_a_request_received_after_the_bank_holiday_data_ends_when_calculated_then_400_naming_receivedAt() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2030-12-20", "today": "2030-12-31"}""");

    assertThat(fields(response)).containsExactly("receivedAt");
    assertThat(messages(response).get(0)).startsWith("No bank-holiday data");
  }

  @Test
  void given_a_date_of_receipt_in_the_future_when_calculated_then_400_naming_receivedAt() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "%s"}""".formatted(LocalDate.now().plusDays(3)));

    assertThat(fields(response)).containsExactly("receivedAt");
  }

  @Test
  void given_an_unknown_field_when_calculated_then_400_naming_it() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "receivedAt": "2026-02-02", "deadline": "2026-03-02"}""");

    assertThat(fields(response)).containsExactly("deadline");
  }

  @Test
  void given_no_credentials_when_calculating_then_401() throws Exception {
    HttpResponse<String> response = post(null, """
        {"regime": "FOI", "receivedAt": "2026-02-02"}""");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void given_a_signed_in_user_in_no_staff_group_when_calculating_then_403() throws Exception {
    HttpResponse<String> response = post(OUTSIDER, """
        {"regime": "FOI", "receivedAt": "2026-02-02"}""");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void given_the_api_documentation_when_read_then_it_describes_the_calculation() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
        HttpResponse.BodyHandlers.ofString());

    JsonNode docs = json.readTree(response.body());
    assertThat(docs.at("/paths/~1api~1deadlines~1calculate/post").isMissingNode()).isFalse();
    assertThat(docs.at("/components/schemas/DeadlineCalculation/properties/receivedAt").isMissingNode()).isFalse();
  }

  private void givenSchoolCalendar() {
    if (calendars.hasCalendar(SCHOOL)) {
      return;
    }
    calendars.addTerm(SCHOOL, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13), "Spring 1");
    calendars.addTerm(SCHOOL, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 27), "Spring 2");
    calendars.addTerm(SCHOOL, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22), "Summer");
    calendars.addNonSessionDay(SCHOOL, LocalDate.of(2026, 3, 2), "INSET day");
  }

  private void user(String id, String group) {
    TestUsers.ensure(identity, id, PASSWORD, group);
  }

  private HttpResponse<String> post(String user, String body) throws IOException, InterruptedException {
    return TestUsers.postJson(http, port, "/api/deadlines/calculate", user, PASSWORD, body);
  }

  private static JsonNode line(JsonNode result, String date) {
    for (JsonNode line : result.get("working")) {
      if (line.get("date").asText().equals(date)) {
        return line;
      }
    }
    throw new AssertionError("no working line on " + date + " in " + result.get("working"));
  }

  private List<String> fields(HttpResponse<String> response) throws IOException {
    return TestUsers.problemFields(json, response);
  }

  private List<String> messages(HttpResponse<String> response) throws IOException {
    List<String> messages = new ArrayList<>();
    json.readTree(response.body()).get("errors").forEach(e -> messages.add(e.get("message").asText()));
    return messages;
  }
}
