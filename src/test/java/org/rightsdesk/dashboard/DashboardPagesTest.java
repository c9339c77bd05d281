package org.rightsdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard pages on the cases of {@link FixedCases}: who may see them, and what a manager sees. */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "rightsdesk.test-data=fixed-cases"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(FixedClock.class)
class DashboardPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @BeforeEach
  void cases() {
    FixedCases.insertOnce(jdbc, events);
  }

  @Test
  void a_manager_sees_every_panel_with_its_svg_chart_and_table() throws Exception {
    String page =
        mvc.perform(get("/dashboard?from=2026-01-01&to=2026-03-31").with(staff("managers")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Open by kind of request", "Open by stage", "Overdue (1)", "Due in the next 5 working days (1)")
        .contains(FixedCases.D, FixedCases.F)
        // three charts, each an image with a title and a description, and a table beside it
        .contains("<svg", "role=\"img\"", "aria-labelledby=\"weekly-title weekly-desc\"")
        .contains("aria-labelledby=\"timeliness-title timeliness-desc\"", "aria-labelledby=\"outcomes-title outcomes-desc\"")
        .contains("90% target", "Table of weekly figures", "Table of timeliness by month and kind", "Table of outcomes")
        .contains("Information provided in part")
        // the stage counts link to the filtered case list
        .contains("/dashboard/cases?stage=PAUSED_IDENTITY");
    assertThat(page.split("<svg", -1)).hasSize(4);
    assertThat(page.split("<rect", -1).length - 1).isGreaterThan(28);
  }

  @Test
  void a_number_links_to_the_cases_behind_it() throws Exception {
    mvc.perform(get("/dashboard/cases?stage=PAUSED_IDENTITY").with(staff("dpo")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(FixedCases.G)))
        .andExpect(content().string(not(containsString(FixedCases.D))));
    mvc.perform(get("/dashboard/cases?regime=UNTRIAGED").with(staff("managers")))
        .andExpect(content().string(containsString(FixedCases.H)))
        .andExpect(content().string(not(containsString(FixedCases.E))));
    mvc.perform(get("/dashboard/cases?stage=SOMEWHERE").with(staff("managers"))).andExpect(status().isBadRequest());
  }

  @Test
  void the_quarterly_page_prints_the_csv_figures() throws Exception {
    mvc.perform(get("/dashboard/foi-quarterly?year=2026&quarter=1").with(staff("admins")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Withheld in full: s12 cost limit")))
        .andExpect(content().string(containsString("Internal reviews received")));
    mvc.perform(get("/dashboard/foi-quarterly.csv?year=2026&quarter=1").with(staff("managers")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("FOI/EIR,Received,7")));
  }

  @Test
  void a_bad_filter_is_explained_on_the_page() throws Exception {
    mvc.perform(get("/dashboard?from=yesterday").with(staff("managers")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("from must be a date such as 2026-03-02")));
  }

  @Test
  void a_caseworker_is_refused_and_a_stranger_is_sent_to_sign_in() throws Exception {
    mvc.perform(get("/dashboard").with(staff("caseworkers"))).andExpect(status().isForbidden());
    mvc.perform(get("/dashboard/cases").with(staff("caseworkers"))).andExpect(status().isForbidden());
    mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/dashboard/foi-quarterly")).andExpect(status().is3xxRedirection());
  }

  private static RequestPostProcessor staff(String group) {
    return user("someone-in-" + group)
        .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_" + group));
  }
}
