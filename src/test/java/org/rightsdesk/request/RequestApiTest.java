package org.rightsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The public request API as a client sees it: what is accepted, and a clear 400 for everything else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestApiTest {

  static final String VALID =
      """
      {"requester": {"name": "Ada Lovelace", "email": "ada@example.org", "postalAddress": "1 High St, Norwich NR2 1NR",
                     "phone": "01603 000000"},
       "description": "Please send me the minutes of the governing body meetings held in 2025.",
       "onBehalfOf": {"name": "Byron Lovelace", "relationship": "PARENT"},
       "subjectType": "PUPIL", "school": "city-academy", "preferredDelivery": "EMAIL"}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  void a_valid_request_is_created_with_a_reference_a_location_and_a_process() throws Exception {
    String reference =
        json(
            submit(VALID, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/requests/IR-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").exists()),
            "$.reference");

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.requester.name").value("Ada Lovelace"))
        .andExpect(jsonPath("$.onBehalfOf.relationship").value("PARENT"))
        .andExpect(jsonPath("$.subjectType").value("PUPIL"))
        .andExpect(jsonPath("$.channel").value("WEB"))
        .andExpect(jsonPath("$.linkedCases").isArray())
        .andExpect(jsonPath("$.events[0].type").value("RECEIVED"));
  }

  @Test
  void the_same_idempotency_key_and_body_return_the_same_case() throws Exception {
    String first = json(submit(VALID, "key-same").andExpect(status().isCreated()), "$.reference");
    long cases = countCases();

    String second =
        json(
            submit(VALID, "key-same")
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")),
            "$.reference");

    assertThat(second).isEqualTo(first);
    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void the_same_idempotency_key_with_another_body_is_refused() throws Exception {
    submit(VALID, "key-reused").andExpect(status().isCreated());
    long cases = countCases();

    problem(submit(VALID.replace("2025", "2024"), "key-reused"))
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void missing_and_malformed_fields_are_each_named_and_nothing_is_created() throws Exception {
    long cases = countCases();

    problem(submit("{\"requester\": {\"name\": \" \", \"email\": \"not-an-email\"}, \"description\": \"\"}", null))
        .andExpect(jsonPath("$.title").value("Invalid request"))
        .andExpect(jsonPath("$.detail").value("3 fields are invalid"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(containsInAnyOrder("requester.name", "requester.email", "description")));

    problem(submit("{\"description\": \"Minutes\"}", null)).andExpect(jsonPath("$.errors[0].field").value("requester"));
    problem(submit("{\"requester\": {\"name\": \"Ada\"}, \"description\": \"Minutes\"}", null))
        .andExpect(jsonPath("$.errors[0].field").value("requester.email"));
    problem(submit("{\"requester\": {\"name\": \"Ada\", \"email\": \"a@example.org\"}, \"description\": \"x\", \"school\": \"City Academy!\"}", null))
        .andExpect(jsonPath("$.errors[0].field").value("school"));
    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void unknown_fields_wrong_types_and_unknown_values_are_refused_by_name() throws Exception {
    problem(submit("{\"requester\": {\"name\": \"Ada\", \"email\": \"a@example.org\"}, \"description\": \"x\", \"priority\": 1}", null))
        .andExpect(jsonPath("$.errors[0].field").value("priority"))
        .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
    problem(submit("{\"requester\": {\"name\": \"Ada\", \"email\": \"a@example.org\", \"age\": 3}, \"description\": \"x\"}", null))
        .andExpect(jsonPath("$.errors[0].field").value("requester.age"));
    problem(submit("{\"requester\": {\"name\": \"Ada\", \"email\": \"a@example.org\"}, \"description\": \"x\", \"subjectType\": \"ALIEN\"}", null))
        .andExpect(jsonPath("$.errors[0].field").value("subjectType"))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of PUPIL, PARENT, STAFF, OTHER"));
    problem(submit("{\"requester\": \"Ada\", \"description\": \"x\"}", null))
        .andExpect(jsonPath("$.errors[0].field").value("requester"));
    problem(submit("[1, 2]", null)).andExpect(jsonPath("$.errors[0].field").value("body"));
    problem(submit("{\"requester\": {", null)).andExpect(jsonPath("$.errors[0].message").value("is not valid JSON"));
    problem(submit("", null)).andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  void an_oversized_body_and_a_wrong_content_type_are_refused_with_400() throws Exception {
    String huge = "{\"requester\": {\"name\": \"Ada\", \"email\": \"a@example.org\"}, \"description\": \"" + "x".repeat(70_000) + "\"}";
    problem(submit(huge, null)).andExpect(jsonPath("$.title").value("Request too large"));

    mvc.perform(post("/api/requests").contentType(MediaType.TEXT_PLAIN).content("please send me my file"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Unsupported content type"));
  }

  @Test
  void only_staff_may_say_how_and_when_a_request_arrived() throws Exception {
    String letter =
        """
        {"requester": {"name": "Mary Somerville", "postalAddress": "2 Low Rd, Ely CB7 4AA"},
         "description": "Copies of my child's reports", "channel": "POST", "receivedAt": "2026-03-02T09:30:00Z"}
        """;
    problem(submit(letter, null))
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("channel", "receivedAt", "requester.email")));

    String reference =
        json(
            mvc.perform(
                    post("/api/requests")
                        .with(httpBasic("caseworker", "caseworker"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(letter))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivedAt").value("2026-03-02T09:30:00Z")),
            "$.reference");
    assertThat(reference).startsWith("IR-2026-");
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "caseworker")))
        .andExpect(jsonPath("$.channel").value("POST"))
        .andExpect(jsonPath("$.events[0].actor").value("caseworker"));
  }

  @Test
  void a_case_is_shown_to_staff_only() throws Exception {
    String reference = json(submit(VALID, null), "$.reference");

    mvc.perform(get("/api/requests/" + reference))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("caseworker", "wrong-password")))
        .andExpect(status().isUnauthorized());

    TestUsers.ensure(identity, "visitor", "visitor", null);
    mvc.perform(get("/api/requests/" + reference).with(httpBasic("visitor", "visitor")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/requests/IR-2099-999999").with(httpBasic("manager", "manager")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"));
  }

  @Test
  void the_api_is_published_in_the_openapi_document() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/requests'].post").exists())
        .andExpect(jsonPath("$.components.schemas.NewRequestBody.properties.requester").exists())
        .andExpect(jsonPath("$.components.schemas.NewRequestBody.properties.preferredDelivery.enum", hasItem("IN_PERSON")));
  }

  private ResultActions submit(String body, String idempotencyKey) throws Exception {
    var request = post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return mvc.perform(request);
  }

  private ResultActions problem(ResultActions actions) throws Exception {
    return actions
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400));
  }

  private static String json(ResultActions actions, String path) throws Exception {
    return com.jayway.jsonpath.JsonPath.read(actions.andReturn().getResponse().getContentAsString(), path);
  }

  private long countCases() {
    return jdbc.sql("SELECT COUNT(*) FROM information_request").query(Long.class).single();
  }
}
