package org.rightsdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.rightsdesk.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsdesk.security.StaffGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** POST /api/fees/estimate over HTTP, signed in as Camunda users, on the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // same context as the other API and page tests, so the engine starts once
@ActiveProfiles("test")
class FeeApiTest {

  static final String CASEWORKER = "fees-api-caseworker";
  static final String OUTSIDER = "fees-api-outsider";
  static final String PASSWORD = "Fees-test-password-1";
  static final String SCHOOL_FOI = """
      {"regime": "FOI", "centralGovernment": false, "hours": 12.5, "blackAndWhitePages": 120, "colourPages": 10,
       "postage": true, "educationalRecordPages": 0}""";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void givenACaseworkerAndAUserInNoStaffGroup() {
    user(CASEWORKER, StaffGroups.CASEWORKERS);
    user(OUTSIDER, null);
  }

  @Test
  void given_a_school_FOI_within_the_limit_when_estimated_then_200_with_disbursements_as_strings_in_pounds() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, SCHOOL_FOI);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode fee = json.readTree(response.body());
    assertThat(fee.get("total").isTextual()).isTrue();
    assertThat(fee.get("total").asText()).isEqualTo("14.91");
    assertThat(fee.get("overCostLimit").asBoolean()).isFalse();
    assertThat(fee.get("costLimit").asText()).isEqualTo("450.00");
    assertThat(fee.get("estimatedCost").asText()).isEqualTo("312.50");
    JsonNode first = fee.get("breakdown").get(0);
    assertThat(first.get("item").asText()).isEqualTo("Black-and-white copies (sheets)");
    assertThat(first.get("quantity").asInt()).isEqualTo(120);
    assertThat(first.get("unitPrice").asText()).isEqualTo("0.10");
    assertThat(first.get("amount").asText()).isEqualTo("12.00");
    assertThat(first.get("basis").asText()).isEqualTo("Seed 003 5.2.4.6: 10p per black-and-white sheet");
    assertThat(fee.get("breakdown")).hasSize(3);
  }

  @Test
  void given_an_EIR_with_only_the_regime_when_estimated_then_200_with_a_null_cost_limit_kept_in_the_body() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "EIR", "hours": 2}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode fee = json.readTree(response.body());
    assertThat(fee.get("total").asText()).isEqualTo("50.00");
    assertThat(fee.has("costLimit")).isTrue();
    assertThat(fee.get("costLimit").isNull()).isTrue();
    assertThat(fee.get("estimatedCost").isNull()).isTrue();
  }

  @Test
  void given_an_FOI_over_the_limit_when_estimated_then_200_overCostLimit_and_nothing_to_pay() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "FOI", "centralGovernment": false, "hours": 18.25, "blackAndWhitePages": 0, "colourPages": 0,
         "postage": false, "educationalRecordPages": 0}""");

    JsonNode fee = json.readTree(response.body());
    assertThat(fee.get("overCostLimit").asBoolean()).isTrue();
    assertThat(fee.get("total").asText()).isEqualTo("0.00");
    assertThat(fee.get("estimatedCost").asText()).isEqualTo("456.25");
  }

  @Test
  void given_a_legacy_SAR_with_optional_flags_when_estimated_then_200() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"regime": "SAR_DPA1998", "centralGovernment": false, "hours": 0, "blackAndWhitePages": 0, "colourPages": 0,
         "postage": false, "educationalRecordPages": 120, "manifestlyUnfoundedOrExcessive": false,
         "furtherCopies": false}""");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("total").asText()).isEqualTo("20.00");
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"hours\": 1}                                    | regime",
        "{\"regime\": null}                                | regime",
        "{\"regime\": \"DSAR\"}                            | regime",
        "{\"regime\": \"foi\"}                             | regime",
        "{\"regime\": 1}                                   | regime",
        "{\"regime\": \"FOI\", \"hours\": -1}              | hours",
        "{\"regime\": \"FOI\", \"hours\": 10000.01}        | hours",
        "{\"regime\": \"FOI\", \"hours\": 1e999999999}     | hours",
        "{\"regime\": \"FOI\", \"hours\": 1e-999999999}    | hours",
        "{\"regime\": \"FOI\", \"hours\": 1.125}           | hours",
        "{\"regime\": \"FOI\", \"hours\": \"lots\"}        | hours",
        "{\"regime\": \"FOI\", \"hours\": [1]}             | hours",
        "{\"regime\": \"FOI\", \"blackAndWhitePages\": -5}     | blackAndWhitePages",
        "{\"regime\": \"FOI\", \"blackAndWhitePages\": 100001} | blackAndWhitePages",
        "{\"regime\": \"FOI\", \"blackAndWhitePages\": 99999999999999999999} | blackAndWhitePages",
        "{\"regime\": \"FOI\", \"blackAndWhitePages\": 1.5}    | blackAndWhitePages",
        "{\"regime\": \"FOI\", \"blackAndWhitePages\": true}   | blackAndWhitePages",
        "{\"regime\": \"FOI\", \"colourPages\": -1}            | colourPages",
        "{\"regime\": \"SAR_DPA1998\", \"educationalRecordPages\": 200000} | educationalRecordPages",
        "{\"regime\": \"FOI\", \"postage\": \"by pigeon\"}     | postage",
        "{\"regime\": \"FOI\", \"centralGovernment\": {}}      | centralGovernment",
        "{\"regime\": \"FOI\", \"discount\": 10}               | discount",
        "{\"regime\": \"FOI\", \"hours\": 1,}                  | body",
        "[]                                                | body"
      })
  void given_bad_input_when_estimated_then_400_problem_naming_the_field(String body, String field) throws Exception {
    HttpResponse<String> response = post(CASEWORKER, body);

    assertThat(fields(response)).containsExactly(field);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void given_several_bad_fields_when_estimated_then_400_naming_each() throws Exception {
    HttpResponse<String> response = post(CASEWORKER, """
        {"hours": -2, "colourPages": 0.5, "educationalRecordPages": 100001}""");

    assertThat(fields(response)).containsExactly("regime", "hours", "colourPages", "educationalRecordPages");
    assertThat(json.readTree(response.body()).get("detail").asText()).isEqualTo("4 fields are invalid");
  }

  @Test
  void given_no_body_when_estimated_then_400() throws Exception {
    assertThat(fields(post(CASEWORKER, ""))).containsExactly("body");
  }

  @Test
  void given_no_credentials_when_estimating_then_401() throws Exception {
    assertThat(post(null, SCHOOL_FOI).statusCode()).isEqualTo(401);
  }

  @Test
  void given_a_signed_in_user_in_no_staff_group_when_estimating_then_403() throws Exception {
    assertThat(post(OUTSIDER, SCHOOL_FOI).statusCode()).isEqualTo(403);
  }

  @Test
  void given_the_api_documentation_when_read_then_it_describes_the_estimate() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
        HttpResponse.BodyHandlers.ofString());

    JsonNode docs = json.readTree(response.body());
    assertThat(docs.at("/paths/~1api~1fees~1estimate/post").isMissingNode()).isFalse();
    assertThat(docs.at("/components/schemas/FeeEstimateRequest/properties/hours").isMissingNode()).isFalse();
    assertThat(docs.at("/components/schemas/FeeEstimate/properties/total/type").asText()).isEqualTo("string");
  }

  private void user(String id, String group) {
    TestUsers.ensure(identity, id, PASSWORD, group);
  }

  private HttpResponse<String> post(String user, String body) throws IOException, InterruptedException {
    return TestUsers.postJson(http, port, "/api/fees/estimate", user, PASSWORD, body);
  }

  private List<String> fields(HttpResponse<String> response) throws IOException {
    return TestUsers.problemFields(json, response);
  }
}
