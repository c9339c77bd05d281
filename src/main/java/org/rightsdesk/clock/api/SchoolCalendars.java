package org.rightsdesk.clock.api;

import java.time.LocalDate;
import java.util.List;
import org.rightsdesk.clock.SchoolTerm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's term dates and non-session days (INSET, closures), kept by staff; they decide which days
 * are school days for FOI requests to schools and academies (SI 2004/3364).
 */
@Service
public class SchoolCalendars {

  private final JdbcClient jdbc;

  SchoolCalendars(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<SchoolTerm> terms(String school) {
    return jdbc.sql("SELECT start_date, end_date FROM school_term WHERE school = ? ORDER BY start_date")
        .param(school)
        .query((rs, n) -> new SchoolTerm(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
        .list();
  }

  @Transactional(readOnly = true)
  public List<LocalDate> nonSessionDays(String school) {
    return jdbc.sql("SELECT non_session_date FROM school_non_session_day WHERE school = ? ORDER BY non_session_date")
        .param(school)
        .query(LocalDate.class)
        .list();
  }

  @Transactional(readOnly = true)
  public boolean hasCalendar(String school) {
    return school != null
        && jdbc.sql("SELECT COUNT(*) FROM school_term WHERE school = ?").param(school).query(Long.class).single() > 0;
  }
}
