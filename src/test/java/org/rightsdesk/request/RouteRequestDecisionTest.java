package org.rightsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route-request table, row by row (seed 003 4.5.2), evaluated without the process engine. */
class RouteRequestDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RouteRequestDecisionTest.class.getResourceAsStream("/processes/route-request.dmn")) {
      decision = dmn.parseDecision("route-request", in);
    }
  }

  @ParameterizedTest(name = "{0} at school {1} goes to {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "STAFF, null, hr",
        "STAFF, city-academy, hr",
        "PUPIL, city-academy, school-city-academy",
        "PUPIL, riverside-primary, school-riverside-primary",
        "PUPIL, a-school-without-a-team, caseworkers",
        "PUPIL, null, caseworkers",
        "PARENT, city-academy, caseworkers",
        "OTHER, null, caseworkers",
        "null, null, caseworkers"
      })
  void routes_each_request_to_the_team_that_prepares_the_response(String subjectType, String school, String team) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("subjectType", subjectType);
    variables.put("school", school);

    String group = dmn.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();

    assertThat(group).isEqualTo(team);
  }
}
