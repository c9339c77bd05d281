package org.rightsdesk.clock.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rightsdesk.clock.SchoolTerm;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.InvalidInputException.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's term dates and non-session days (INSET, closures), kept by staff; they decide which days
 * are school days for FOI requests to schools and academies (SI 2004/3364).
 */
@Service
public class SchoolCalendars {

  /** A school code as used by requests and routing: lower-case letters, digits and hyphens. */
  static final String SCHOOL_CODE = "[a-z0-9-]{1,60}";

  private static final Logger log = LoggerFactory.getLogger(SchoolCalendars.class);
  private static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

  /** A saved term, with the id staff use to remove it. */
  record StoredTerm(long id, String school, LocalDate start, LocalDate end, String label) {}

  /** A saved day without a session. */
  record StoredNonSessionDay(String school, LocalDate date, String reason) {}

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

  /** Every school with a term or a non-session day, by code. */
  @Transactional(readOnly = true)
  public List<String> schools() {
    return jdbc.sql(
            "SELECT school FROM school_term UNION SELECT school FROM school_non_session_day ORDER BY school")
        .query(String.class)
        .list();
  }

  @Transactional(readOnly = true)
  List<StoredTerm> storedTerms(String school) {
    return jdbc.sql("SELECT id, school, start_date, end_date, label FROM school_term WHERE school = ? ORDER BY start_date")
        .param(school)
        .query((rs, n) -> new StoredTerm(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class), rs.getString(5)))
        .list();
  }

  @Transactional(readOnly = true)
  List<StoredNonSessionDay> storedNonSessionDays(String school) {
    return jdbc.sql("SELECT school, non_session_date, reason FROM school_non_session_day WHERE school = ?"
            + " ORDER BY non_session_date")
        .param(school)
        .query((rs, n) -> new StoredNonSessionDay(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
        .list();
  }

  /**
   * Adds a term (first and last day inclusive). Terms of one school must not overlap, or a day could be in
   * two terms and the half-term wording would be wrong.
   *
   * @throws InvalidInputException naming school, start, end or label
   */
  @Transactional
  long addTerm(String school, LocalDate start, LocalDate end, String label) {
    List<FieldError> errors = new ArrayList<>();
    checkSchool(school, errors);
    if (start == null) {
      errors.add(new FieldError("start", "must be given"));
    }
    if (end == null) {
      errors.add(new FieldError("end", "must be given"));
    } else if (start != null && end.isBefore(start)) {
      errors.add(new FieldError("end", "must be on or after the start date"));
    }
    String text = blankToNull(label);
    checkText("label", text, 100, errors);
    if (errors.isEmpty()) {
      overlapping(school, start, end).ifPresent(t -> errors.add(new FieldError("start",
          "overlaps the term from " + t.start() + " to " + t.end() + "; terms of one school must not overlap")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO school_term (school, start_date, end_date, label) VALUES (?, ?, ?, ?)")
        .params(school, start, end, text)
        .update(id, "id");
    log.info("Term {} to {} added to the calendar of school {}", start, end, school);
    return id.getKeyAs(Long.class);
  }

  /** @return whether there was such a term */
  @Transactional
  boolean removeTerm(long id) {
    boolean removed = jdbc.sql("DELETE FROM school_term WHERE id = ?").param(id).update() > 0;
    if (removed) {
      log.info("Term {} removed from a school calendar", id);
    }
    return removed;
  }

  /** @throws InvalidInputException naming school, date or reason */
  @Transactional
  void addNonSessionDay(String school, LocalDate date, String reason) {
    List<FieldError> errors = new ArrayList<>();
    checkSchool(school, errors);
    if (date == null) {
      errors.add(new FieldError("date", "must be given"));
    }
    String text = blankToNull(reason);
    checkText("reason", text, 200, errors);
    if (errors.isEmpty() && nonSessionDays(school).contains(date)) {
      errors.add(new FieldError("date", "is already a non-session day for this school"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    jdbc.sql("INSERT INTO school_non_session_day (school, non_session_date, reason) VALUES (?, ?, ?)")
        .params(school, date, text)
        .update();
    log.info("Non-session day {} added to the calendar of school {}", date, school);
  }

  /** @return whether there was such a day */
  @Transactional
  boolean removeNonSessionDay(String school, LocalDate date) {
    boolean removed = jdbc.sql("DELETE FROM school_non_session_day WHERE school = ? AND non_session_date = ?")
        .params(school, date)
        .update() > 0;
    if (removed) {
      log.info("Non-session day {} removed from the calendar of school {}", date, school);
    }
    return removed;
  }

  static boolean isSchoolCode(String school) {
    return school != null && school.matches(SCHOOL_CODE);
  }

  private Optional<SchoolTerm> overlapping(String school, LocalDate start, LocalDate end) {
    return jdbc.sql("SELECT start_date, end_date FROM school_term WHERE school = ? AND start_date <= ? AND end_date >= ?"
            + " ORDER BY start_date")
        .params(school, end, start)
        .query((rs, n) -> new SchoolTerm(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
        .list()
        .stream()
        .findFirst();
  }

  private static void checkSchool(String school, List<FieldError> errors) {
    if (school == null || school.isBlank()) {
      errors.add(new FieldError("school", "must be given"));
    } else if (!isSchoolCode(school)) {
      errors.add(new FieldError("school", "must be 1 to 60 lower-case letters, digits and hyphens"));
    }
  }

  private static void checkText(String field, String text, int max, List<FieldError> errors) {
    if (text != null && (text.length() > max || !text.matches(SINGLE_LINE))) {
      errors.add(new FieldError(field, "must be a single line of at most " + max + " characters"));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
