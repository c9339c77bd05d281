package org.rightsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Who can reach the engine's REST API, the webapps' setup page and the monitoring endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Camunda's webapps and REST API find the engine in a static registry that a closed context empties:
// a context of its own per class keeps them on a live engine
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StaffAccessIT {

  @Autowired TestRestTemplate http;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void the_engine_rest_api_answers_only_to_a_signed_in_camunda_user() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("dpo", "dpo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // (after a wrong password Camunda also holds the account back for a few seconds, against guessing)
    assertThat(http.withBasicAuth("hr", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engine_authorizations_apply_to_rest_calls() {
    // a caseworker may not deploy processes; an administrator may list deployments
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(
            http.withBasicAuth("caseworker", "caseworker")
                .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(headers), String.class)
                .getStatusCode()
                .is2xxSuccessful())
        .isFalse();
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_member_of_admins_alone_sees_and_may_do_everything_in_the_engine() {
    TestUsers.ensure(identity, "opsadmin", "opsadmin-pass", StaffGroups.ADMINS);

    String definitions =
        http.withBasicAuth("opsadmin", "opsadmin-pass").getForEntity("/engine-rest/process-definition/count", String.class).getBody();

    assertThat(definitions).doesNotContain("\"count\":0");
  }

  @Test
  void nobody_can_create_an_administrator_through_the_webapps_setup_page() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String intruder = "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"x\"}}";

    var answer =
        http.withRedirects(Redirects.DONT_FOLLOW)
            .exchange(
                "/camunda/api/admin/setup/default/user/create", HttpMethod.POST, new HttpEntity<>(intruder, headers), String.class);

    assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(http.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/camunda/app/admin/default/setup/", String.class)
            .getStatusCode().is2xxSuccessful())
        .isFalse();
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user/intruder/profile", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void health_is_open_and_metrics_are_for_managers_and_administrators() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("caseworker", "caseworker").getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("manager", "manager").getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // an administrator sees the database, the engine's job executor and the mail outbox
    String health = http.withBasicAuth("demo", "demo").getForEntity("/actuator/health", String.class).getBody();
    assertThat(health).contains("\"db\"").contains("\"jobExecutor\"").contains("\"outbox\"").contains("\"pending\"");
  }
}
