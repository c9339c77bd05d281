package org.rightsdesk.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightsdesk.web.InvalidInputException;

/**
 * What a manager asks about: a period (for what was received, answered and closed in it) and optionally
 * one regime (or UNTRIAGED) and one school (for every figure). Open work is always counted as of today.
 */
record StatisticsFilter(LocalDate from, LocalDate to, String regime, String school) {

  /** The regimes, and UNTRIAGED for requests whose regime nobody has decided yet. */
  static final Set<String> REGIMES = Set.of("SAR", "FOI", "EIR", "BUSINESS_AS_USUAL", StatisticsService.UNTRIAGED);
  /** The dashboard's weekly panels show half a year unless asked otherwise. */
  static final int DEFAULT_WEEKS = 26;
  private static final int MAX_DAYS = 3 * 366 + 1;
  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** Reads the filter from request parameters; every bad one is named, none is echoed back. */
  static StatisticsFilter parse(String from, String to, String regime, String school, Clock clock) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(UK));
    LocalDate end = date("to", to, errors);
    if (end == null) {
      end = today;
    }
    LocalDate start = date("from", from, errors);
    if (start == null) {
      start = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_WEEKS - 1);
    }
    if (start.isAfter(end)) {
      errors.add(new InvalidInputException.FieldError("from", "must be on or before to"));
    } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
      errors.add(new InvalidInputException.FieldError("to", "the period may be at most three years"));
    }
    String r = blankToNull(regime);
    if (r != null && !REGIMES.contains(r)) {
      errors.add(new InvalidInputException.FieldError("regime", "must be one of SAR, FOI, EIR, BUSINESS_AS_USUAL, UNTRIAGED"));
    }
    String s = blankToNull(school);
    if (s != null && !s.matches("[a-z0-9-]{1,60}")) {
      errors.add(new InvalidInputException.FieldError("school", "must be a school code: lower-case letters, digits and hyphens"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new StatisticsFilter(start, end, r, s);
  }

  private static LocalDate date(String field, String value, List<InvalidInputException.FieldError> errors) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.add(new InvalidInputException.FieldError(field, "must be a date such as 2026-03-02"));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
