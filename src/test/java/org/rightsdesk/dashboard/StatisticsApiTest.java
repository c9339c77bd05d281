package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testing.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics API on the eleven cases of {@link FixedCases}, on Wednesday 4 March 2026; every number
 * below is counted by hand from the cases' descriptions there.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "rightsdesk.test-data=fixed-cases"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class StatisticsApiTest {

  private static final String Q1 = "/api/statistics/summary?from=2026-01-01&to=2026-03-31";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @BeforeEach
  void cases() {
    FixedCases.insertOnce(jdbc, events);
  }

  @Test
  void open_work_is_counted_by_regime_and_stage_as_of_today() throws Exception {
    mvc.perform(get(Q1).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        // D and G are SARs, E and F FOI, H not yet triaged; the rest are closed
        .andExpect(jsonPath("$.openByRegime.SAR").value(2))
        .andExpect(jsonPath("$.openByRegime.FOI").value(2))
        .andExpect(jsonPath("$.openByRegime.EIR").value(0))
        .andExpect(jsonPath("$.openByRegime.UNTRIAGED").value(1))
        .andExpect(jsonPath("$.openByStage.TRIAGE").value(1))
        .andExpect(jsonPath("$.openByStage.PAUSED_IDENTITY").value(1))
        .andExpect(jsonPath("$.openByStage.PAUSED_FEE").value(0))
        .andExpect(jsonPath("$.openByStage.IN_PROGRESS").value(3));
  }

  @Test
  void a_case_due_today_is_due_soon_and_a_sar_due_on_monday_is_two_days_overdue() throws Exception {
    mvc.perform(get(Q1).with(httpBasic("dpo", "dpo")))
        .andExpect(jsonPath("$.dueSoon", hasSize(1)))
        .andExpect(jsonPath("$.dueSoon[0].reference").value(FixedCases.F))
        .andExpect(jsonPath("$.dueSoon[0].dueDate").value("2026-03-04"))
        .andExpect(jsonPath("$.dueSoon[0].daysLeft").value(0))
        .andExpect(jsonPath("$.overdue", hasSize(1)))
        .andExpect(jsonPath("$.overdue[0].reference").value(FixedCases.D))
        .andExpect(jsonPath("$.overdue[0].dueDate").value("2026-03-02"))
        .andExpect(jsonPath("$.overdue[0].daysOverdue").value(2))
        .andExpect(jsonPath("$.overdue[0].handlingGroup").value("information-governance"));
  }

  @Test
  void timeliness_counts_an_extension_apart_and_a_late_answer_against_the_month() throws Exception {
    // January: I (FOI, s12 refusal in time), K (SAR in time); February: A in time, C within its
    // public interest extension, B eight days late
    mvc.perform(get(Q1).with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$.timeliness", hasSize(3)))
        .andExpect(jsonPath("$.timeliness[0].month").value("2026-01"))
        .andExpect(jsonPath("$.timeliness[0].regime").value("FOI"))
        .andExpect(jsonPath("$.timeliness[0].answered").value(1))
        .andExpect(jsonPath("$.timeliness[1].regime").value("SAR"))
        .andExpect(jsonPath("$.timeliness[1].inTime").value(1))
        .andExpect(jsonPath("$.timeliness[2].month").value("2026-02"))
        .andExpect(jsonPath("$.timeliness[2].regime").value("FOI"))
        .andExpect(jsonPath("$.timeliness[2].answered").value(3))
        .andExpect(jsonPath("$.timeliness[2].inTime").value(1))
        .andExpect(jsonPath("$.timeliness[2].inTimeWithExtension").value(1))
        .andExpect(jsonPath("$.timeliness[2].late").value(1))
        .andExpect(jsonPath("$.timeliness[2].percentInTime").value(66.7));
  }

  @Test
  void outcomes_and_weekly_volumes_cover_the_period() throws Exception {
    String json =
        mvc.perform(get(Q1).with(httpBasic("manager", "manager")))
            .andExpect(jsonPath("$.outcomes.PROVIDED_IN_FULL").value(2))
            .andExpect(jsonPath("$.outcomes.PROVIDED_IN_PART").value(1))
            .andExpect(jsonPath("$.outcomes.REFUSED").value(2))
            .andExpect(jsonPath("$.outcomes.WITHDRAWN").value(1))
            // 29 Dec 2025 to 30 Mar 2026: fourteen weeks starting on a Monday
            .andExpect(jsonPath("$.receivedPerWeek", hasSize(14)))
            .andExpect(jsonPath("$.receivedPerWeek[0].weekStarting").value("2025-12-29"))
            .andExpect(jsonPath("$.receivedPerWeek[1].weekStarting").value("2026-01-05"))
            .andExpect(jsonPath("$.receivedPerWeek[1].count").value(4))
            .andExpect(jsonPath("$.closedPerWeek[8].weekStarting").value("2026-02-23"))
            .andExpect(jsonPath("$.closedPerWeek[8].count").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Integer> received = JsonPath.read(json, "$.receivedPerWeek[*].count");
    List<Integer> closed = JsonPath.read(json, "$.closedPerWeek[*].count");
    assertThat(received.stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
    assertThat(closed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
  }

  @Test
  void a_regime_filter_applies_to_every_figure() throws Exception {
    mvc.perform(get(Q1 + "&regime=SAR").with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$.openByRegime.SAR").value(2))
        .andExpect(jsonPath("$.openByRegime.FOI").value(0))
        .andExpect(jsonPath("$.dueSoon", hasSize(0)))
        .andExpect(jsonPath("$.overdue", hasSize(1)))
        .andExpect(jsonPath("$.timeliness", hasSize(1)))
        .andExpect(jsonPath("$.outcomes.PROVIDED_IN_FULL").value(1));
  }

  @Test
  void the_quarterly_csv_has_the_government_categories_and_matches_the_summary() throws Exception {
    String csv =
        mvc.perform(get("/api/statistics/foi-quarterly.csv?year=2026&quarter=1").with(httpBasic("manager", "manager")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Long> figures = new LinkedHashMap<>();
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("section,category,count");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      assertThat(cells).hasSize(3);
      figures.put(cells[0] + "|" + cells[1], Long.parseLong(cells[2]));
    }
    // FOI/EIR received in Q1: A, B, C, E, F, I (FOI) and J (EIR); E and F still open
    assertThat(figures)
        .containsEntry("FOI/EIR|Received", 7L)
        .containsEntry("FOI/EIR|Not yet answered", 2L)
        .containsEntry("FOI/EIR|Resolvable", 4L)
        .containsEntry("FOI/EIR|Met deadline", 2L)
        .containsEntry("FOI/EIR|Permitted extension", 1L)
        .containsEntry("FOI/EIR|Outside deadline", 1L)
        .containsEntry("FOI/EIR|Granted in full", 1L)
        .containsEntry("FOI/EIR|Withheld in full", 2L)
        .containsEntry("FOI/EIR|Withheld in full: s12 cost limit", 1L)
        .containsEntry("FOI/EIR|Withheld in part", 1L)
        .containsEntry("FOI/EIR|Information not held", 0L)
        .containsEntry("FOI/EIR|Lapsed or withdrawn", 1L)
        .containsEntry("FOI/EIR|Internal reviews received", 0L)
        // SAR: D and G open, K answered in time
        .containsEntry("SAR|Received", 3L)
        .containsEntry("SAR|Not yet answered", 2L)
        .containsEntry("SAR|Answered", 1L)
        .containsEntry("SAR|Met deadline", 1L);

    // the same quarter through the summary: what was received, per regime
    assertThat(receivedIn("FOI") + receivedIn("EIR")).isEqualTo(figures.get("FOI/EIR|Received"));
    assertThat(receivedIn("SAR")).isEqualTo(figures.get("SAR|Received"));
  }

  @Test
  void bad_parameters_are_answered_with_problem_details() throws Exception {
    mvc.perform(get("/api/statistics/summary?from=March&regime=PARKING").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "regime")));
    mvc.perform(get("/api/statistics/summary?from=2026-03-01&to=2026-02-01").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/statistics/foi-quarterly.csv?year=2026&quarter=5").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void a_caseworker_may_not_read_statistics_and_nobody_anonymously() throws Exception {
    mvc.perform(get(Q1).with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/statistics/foi-quarterly.csv?year=2026&quarter=1").with(httpBasic("caseworker", "caseworker")))
        .andExpect(status().isForbidden());
    mvc.perform(get(Q1)).andExpect(status().isUnauthorized());
    mvc.perform(get(Q1).with(httpBasic("demo", "demo"))).andExpect(status().isOk());
  }

  @Test
  void monitoring_sees_open_and_overdue_cases_per_regime() throws Exception {
    mvc.perform(get("/actuator/metrics/rightsdesk.cases.overdue?tag=regime:SAR").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.measurements[0].value").value(1.0));
    mvc.perform(get("/actuator/metrics/rightsdesk.cases.open?tag=regime:FOI").with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$.measurements[0].value").value(2.0));
    mvc.perform(get("/actuator/metrics/rightsdesk.cases.open?tag=regime:UNTRIAGED").with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$.measurements[0].value").value(1.0));
  }

  private long receivedIn(String regime) throws Exception {
    String json =
        mvc.perform(get(Q1 + "&regime=" + regime).with(httpBasic("manager", "manager")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Integer> weeks = JsonPath.read(json, "$.receivedPerWeek[*].count");
    return weeks.stream().mapToLong(Integer::longValue).sum();
  }
}
