package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsdesk.request.CaseDeadlines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The default run (no profile) seeds demo cases into an empty database, each marked as demo data and in
 * the report with the clock's due date. The database here is a private in-memory one, not ./data.
 */
@AutoConfigureMockMvc
@AutoConfigureObservability
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rightsdesk-demo-${random.uuid};DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false"
    })
class DemoDataTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDeadlines deadlines;

  @Test
  void an_empty_database_gets_demo_cases_across_regimes_and_stages_all_in_the_report() {
    long cases = jdbc.sql("SELECT COUNT(*) FROM information_request").query(Long.class).single();
    assertThat(cases).isEqualTo(50);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report").query(Long.class).single()).isEqualTo(cases);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM information_request WHERE requester_name LIKE 'Demo requester %'"
                    + " AND requester_email LIKE '%@example.invalid'")
                .query(Long.class)
                .single())
        .isEqualTo(cases);

    List<String> regimes = jdbc.sql("SELECT DISTINCT regime FROM case_report WHERE regime IS NOT NULL").query(String.class).list();
    assertThat(regimes).contains("SAR", "FOI", "EIR");
    List<String> stages = jdbc.sql("SELECT DISTINCT stage FROM case_report").query(String.class).list();
    assertThat(stages).contains("TRIAGE", "IN_PROGRESS", "CLOSED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE on_time = FALSE").query(Long.class).single()).isPositive();

    // the report's due date is the clock's, for open and closed cases alike
    for (Map<String, Object> row :
        jdbc.sql("SELECT reference, due_date FROM case_report WHERE regime IS NOT NULL AND stage <> 'TRIAGE'").query().listOfRows()) {
      String reference = (String) row.get("REFERENCE");
      assertThat(row.get("DUE_DATE") == null ? null : ((java.sql.Date) row.get("DUE_DATE")).toLocalDate())
          .as(reference)
          .isEqualTo(deadlines.deadline(reference).map(r -> r.dueDate()).orElse(null));
    }
  }

  @Test
  void monitoring_reads_the_demo_figures_in_prometheus_format() throws Exception {
    mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("rightsdesk_cases_open{regime=\"FOI\"}")))
        .andExpect(content().string(containsString("rightsdesk_cases_overdue{regime=\"SAR\"}")))
        .andExpect(content().string(containsString("rightsdesk_outbox_backlog ")));
  }
}
