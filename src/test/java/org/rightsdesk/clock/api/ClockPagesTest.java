package org.rightsdesk.clock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightsdesk.clock.SchoolTerm;
import org.rightsdesk.security.StaffGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff pages of the clock: the deadline calculator and the school calendars. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClockPagesTest {

  @Autowired MockMvc mvc;
  @Autowired SchoolCalendars calendars;

  static RequestPostProcessor caseworker() {
    return user("casey").authorities(new SimpleGrantedAuthority(StaffGroups.authority(StaffGroups.CASEWORKERS)));
  }

  @Test
  void given_a_caseworker_when_an_FOI_received_19_December_2025_is_calculated_then_the_page_shows_the_due_date_and_working() throws Exception {
    mvc.perform(get("/staff/deadlines").with(caseworker())
            .param("regime", "FOI")
            .param("receivedAt", "2025-12-19")
            .param("division", "england-and-wales")
            .param("today", "2026-01-05"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Thursday 22 January 2026")))
        .andExpect(content().string(containsString("2nd January (bank holiday in Scotland")))
        .andExpect(content().string(containsString("day 20 of 20: due")));
  }

  @Test
  void given_a_caseworker_when_the_calculator_is_opened_then_an_empty_form_links_to_school_calendars() throws Exception {
    mvc.perform(get("/staff/deadlines").with(caseworker()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Deadline calculator")))
        .andExpect(content().string(containsString("href=\"/staff/school-calendars\"")))
        .andExpect(content().string(not(containsString("id=\"result\""))));
  }

  @Test
  void given_an_event_row_with_a_fee_paid_but_no_notice_when_calculated_then_the_error_is_shown_next_to_the_events() throws Exception {
    mvc.perform(get("/staff/deadlines").with(caseworker())
            .param("regime", "FOI")
            .param("receivedAt", "2026-02-02")
            .param("today", "2026-02-20")
            .param("events[1].type", "FEE_PAID")
            .param("events[1].on", "2026-02-10"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#events\"")))
        .andExpect(content().string(containsString("without an earlier FEE_NOTICE_ISSUED")));
  }

  @Test
  void given_a_bad_date_in_the_second_event_row_when_calculated_then_the_error_names_that_row() throws Exception {
    mvc.perform(get("/staff/deadlines").with(caseworker())
            .param("regime", "FOI")
            .param("receivedAt", "")
            .param("events[1].type", "FEE_NOTICE_ISSUED")
            .param("events[1].on", "31/02/2026"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("href=\"#events-1-on\"")))
        .andExpect(content().string(containsString("Event 2, date: must be a real date")))
        .andExpect(content().string(containsString("Date received: must be given")));
  }

  @Test
  void given_a_user_who_is_not_staff_when_opening_the_calculator_then_forbidden() throws Exception {
    mvc.perform(get("/staff/deadlines").with(user("visitor").authorities(new SimpleGrantedAuthority("GROUP_school-city-academy"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void given_a_caseworker_when_a_term_and_an_INSET_day_are_added_then_the_calculator_offers_the_school_and_counts_them() throws Exception {
    String school = "pages-test-add";

    mvc.perform(post("/staff/school-calendars/terms").with(caseworker()).with(csrf())
            .param("school", school).param("start", "2026-01-05").param("end", "2026-02-13").param("label", "Spring 1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/school-calendars"));
    mvc.perform(post("/staff/school-calendars/terms").with(caseworker()).with(csrf())
            .param("school", school).param("start", "2026-02-23").param("end", "2026-03-27"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/staff/school-calendars/non-session-days").with(caseworker()).with(csrf())
            .param("school", school).param("date", "2026-03-02").param("reason", "INSET day"))
        .andExpect(status().is3xxRedirection());

    assertThat(calendars.terms(school)).containsExactly(
        new SchoolTerm(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13)),
        new SchoolTerm(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 27)));
    mvc.perform(get("/staff/school-calendars").with(caseworker()))
        .andExpect(content().string(containsString(school)))
        .andExpect(content().string(containsString("Spring 1")))
        .andExpect(content().string(containsString("INSET day")));
    mvc.perform(get("/staff/deadlines").with(caseworker())
            .param("regime", "FOI_SCHOOL").param("receivedAt", "2026-02-10").param("schoolCalendar", school)
            .param("today", "2026-02-10"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<option value=\"" + school + "\" selected=\"selected\"")))
        .andExpect(content().string(containsString("Thursday 19 March 2026")));
  }

  @Test
  void given_a_saved_term_when_an_overlapping_term_is_added_then_it_is_refused_next_to_the_start_date() throws Exception {
    String school = "pages-test-overlap";
    calendars.addTerm(school, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 23), "Autumn 1");

    mvc.perform(post("/staff/school-calendars/terms").with(caseworker()).with(csrf())
            .param("school", school).param("start", "2026-10-19").param("end", "2026-12-18"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("href=\"#term-start\"")))
        .andExpect(content().string(containsString("overlaps the term from 2026-09-02 to 2026-10-23")));

    assertThat(calendars.terms(school)).hasSize(1);
  }

  @Test
  void given_a_term_form_with_a_bad_code_and_an_end_before_the_start_when_submitted_then_both_are_refused() throws Exception {
    mvc.perform(post("/staff/school-calendars/terms").with(caseworker()).with(csrf())
            .param("school", "City Academy").param("start", "2026-09-02").param("end", "2026-09-01"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("School code: must be 1 to 60 lower-case letters")))
        .andExpect(content().string(containsString("End date: must be on or after the start date")));
  }

  @Test
  void given_saved_terms_and_a_non_session_day_when_removed_then_they_are_gone() throws Exception {
    String school = "pages-test-remove";
    long term = calendars.addTerm(school, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 23), null);
    calendars.addNonSessionDay(school, LocalDate.of(2026, 9, 2), null);

    mvc.perform(post("/staff/school-calendars/terms/{id}/remove", term).with(caseworker()).with(csrf()))
        .andExpect(redirectedUrl("/staff/school-calendars"));
    mvc.perform(post("/staff/school-calendars/non-session-days/remove").with(caseworker()).with(csrf())
            .param("school", school).param("date", "2026-09-02"))
        .andExpect(redirectedUrl("/staff/school-calendars"));

    assertThat(calendars.terms(school)).isEmpty();
    assertThat(calendars.nonSessionDays(school)).isEmpty();
    assertThat(calendars.schools()).doesNotContain(school);
  }

  @Test
  void given_a_change_without_a_csrf_token_when_posted_then_forbidden_and_nothing_changes() throws Exception {
    String school = "pages-test-csrf";

    mvc.perform(post("/staff/school-calendars/terms").with(caseworker())
            .param("school", school).param("start", "2026-01-05").param("end", "2026-02-13"))
        .andExpect(status().isForbidden());

    assertThat(calendars.hasCalendar(school)).isFalse();
  }

  @Test
  void given_no_sign_in_when_opening_school_calendars_then_sent_to_the_login_form() throws Exception {
    mvc.perform(get("/staff/school-calendars").with(SecurityMockMvcRequestPostProcessors.anonymous()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("http://localhost/login"));
  }
}
