package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rightsdesk.request.CaseDeadlineChanged;
import org.rightsdesk.testing.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long lists come a page at a time: 60 EIR cases received on Monday 5 January 2026 at school
 * paging-school are all overdue on Wednesday 4 March; the dashboard and the API show the first 50 by
 * urgency with the total, the cases page the rest on page 2.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class DashboardPagingTest {

  private static final String SCHOOL = "paging-school";
  private static final int CASES = 60;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void sixty_overdue_cases_show_fifty_with_the_total_and_the_rest_on_page_two() throws Exception {
    insertOnce();

    mvc.perform(get("/api/statistics/summary?regime=EIR&school=" + SCHOOL).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdueTotal").value(CASES))
        .andExpect(jsonPath("$.overdue.length()").value(StatisticsService.PAGE_SIZE))
        .andExpect(jsonPath("$.overdue[0].reference").value(reference(1)))
        .andExpect(jsonPath("$.openByRegime.EIR").value(CASES));

    String dashboard = page("/dashboard?regime=EIR&school=" + SCHOOL);
    assertThat(dashboard)
        .contains("Overdue (60)", "The 50 most overdue", reference(50))
        .doesNotContain(reference(51))
        .contains("/dashboard/cases?due=OVERDUE&amp;regime=EIR&amp;school=" + SCHOOL + "&amp;page=2");

    String second = page("/dashboard/cases?due=OVERDUE&regime=EIR&school=" + SCHOOL + "&page=2");
    assertThat(second).contains("Cases 51 to 60 of 60.", reference(51), reference(60), "Previous page")
        .doesNotContain(reference(50), "Next page");
    assertThat(page("/dashboard/cases?stage=IN_PROGRESS&regime=EIR&school=" + SCHOOL))
        .contains("Cases 1 to 50 of 60.", "Next page");
    assertThat(page("/dashboard/cases?due=OVERDUE&regime=EIR&school=" + SCHOOL + "&page=3"))
        .contains("this page is past the end of the list");
    mvc.perform(get("/dashboard/cases?page=0").with(manager())).andExpect(status().isBadRequest());
    mvc.perform(get("/dashboard/cases?due=LATER").with(manager())).andExpect(status().isBadRequest());
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
    return user("someone-in-managers").authorities(new SimpleGrantedAuthority("GROUP_managers"));
  }

  /** Received on the same day, so the due dates tie and the reference orders them. */
  private void insertOnce() {
    if (jdbc.sql("SELECT COUNT(*) FROM information_request WHERE school = ?").param(SCHOOL).query(Long.class).single() > 0) {
      return;
    }
    OffsetDateTime received = LocalDate.parse("2026-01-05").atTime(10, 0).atOffset(ZoneOffset.UTC);
    for (int i = 1; i <= CASES; i++) {
      jdbc.sql("INSERT INTO information_request (reference, status, regime, channel, received_at, requester_name,"
              + " description, division, school, handling_group, created_at)"
              + " VALUES (?, 'IN_PROGRESS', 'EIR', 'EMAIL', ?, 'Test requester', 'Test request', 'england-and-wales', ?,"
              + " 'information-governance', ?)")
          .params(reference(i), received, SCHOOL, received)
          .update();
      jdbc.sql("INSERT INTO case_event (reference, event_type, occurred_on, recorded_at) VALUES (?, 'TRIAGED', ?, ?)")
          .params(reference(i), LocalDate.parse("2026-01-05"), received)
          .update();
      String reference = reference(i);
      transaction.executeWithoutResult(s -> events.publishEvent(new CaseDeadlineChanged(reference)));
    }
  }

  private static String reference(int i) {
    return "IR-2026-92%04d".formatted(i);
  }
}
