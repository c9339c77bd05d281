package org.rightsdesk.clock.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rightsdesk.clock.BankHolidayCalendar;
import org.rightsdesk.clock.CalendarNotCoveredException;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockEventType;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.clock.Division;
import org.rightsdesk.clock.Regime;
import org.rightsdesk.clock.SchoolTerm;
import org.rightsdesk.clock.StatutoryClock;
import org.rightsdesk.clock.api.DeadlineApi.CalculateBody;
import org.rightsdesk.clock.api.DeadlineApi.EventBody;
import org.rightsdesk.clock.api.DeadlineApi.TermBody;
import org.rightsdesk.web.InvalidInputException;
import org.rightsdesk.web.InvalidInputException.FieldError;
import org.springframework.stereotype.Service;

/**
 * Turns a calculation asked for by the API or the calculator page into a clock request, with saved school
 * calendars, and runs the clock. Every problem with the input comes back as an {@link InvalidInputException}
 * naming the API field, so neither caller can answer bad input with a 500.
 */
@Service
class DeadlineCalculator {

  private final StatutoryClock clock;
  private final SchoolCalendars schools;
  private final Clock time;

  DeadlineCalculator(StatutoryClock clock, SchoolCalendars schools, Clock time) {
    this.clock = clock;
    this.schools = schools;
    this.time = time;
  }

  /** @throws InvalidInputException naming each bad field */
  ClockResult calculate(CalculateBody body) {
    List<FieldError> errors = new ArrayList<>();
    if (body.regime() == null) {
      errors.add(new FieldError("regime", "must be given"));
    }
    Division division = division(body.division(), errors);
    LocalDate received = receivedOn(body.receivedAt(), errors);
    LocalDate today = body.today() != null ? body.today() : LocalDate.ofInstant(time.instant(), ClockRequest.UK);
    if (received != null && today.isBefore(received)) {
      errors.add(body.today() != null
          ? new FieldError("today", "must not be before the date of receipt")
          : new FieldError("receivedAt", "must not be after today"));
    }
    Calendar school = schoolCalendar(body, errors);
    if (body.regime() == Regime.FOI_SCHOOL && school.terms().isEmpty()
        && errors.stream().noneMatch(e -> e.field().startsWith("school"))) {
      errors.add(new FieldError("schoolCalendar",
          "must be given for FOI_SCHOOL, or give schoolTerms: school days are counted (SI 2004/3364)"));
    }
    List<ClockEvent> events = events(body.events(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ClockRequest request = new ClockRequest(
        body.regime(), received, division, school.terms(), events, today, school.nonSessionDays());
    try {
      return clock.calculate(request);
    } catch (CalendarNotCoveredException e) {
      throw new InvalidInputException(uncoveredField(request, school.field()), e.getMessage());
    } catch (IllegalArgumentException e) {
      // every other input is checked above, so what the clock refuses is the event log itself
      throw new InvalidInputException("events", e.getMessage());
    }
  }

  /** Terms and non-session days from a saved calendar or the request, and the field they came from. */
  private record Calendar(List<SchoolTerm> terms, List<LocalDate> nonSessionDays, String field) {}

  private static Division division(String slug, List<FieldError> errors) {
    if (slug == null) {
      return Division.ENGLAND_AND_WALES;
    }
    try {
      return Division.fromSlug(slug);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("division", "must be one of england-and-wales, scotland, northern-ireland"));
      return null;
    }
  }

  /** A plain date is the date of receipt; a date-time counts on its Europe/London date (ClockRequest.ukDateOf). */
  static LocalDate receivedOn(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("receivedAt", "must be given"));
      return null;
    }
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime zoned
          ? ClockRequest.ukDateOf(zoned.toInstant())
          : ((LocalDateTime) parsed).toLocalDate();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("receivedAt",
          "must be a date such as 2026-03-02 or a date-time such as 2026-03-02T09:30:00Z"));
      return null;
    }
  }

  private Calendar schoolCalendar(CalculateBody body, List<FieldError> errors) {
    List<LocalDate> nonSession = new ArrayList<>();
    List<LocalDate> given = body.nonSessionDays() == null ? List.of() : body.nonSessionDays();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) == null) {
        errors.add(new FieldError("nonSessionDays[" + i + "]", "must be a date"));
      } else {
        nonSession.add(given.get(i));
      }
    }
    String code = body.schoolCalendar();
    if (code != null) {
      if (body.schoolTerms() != null) {
        errors.add(new FieldError("schoolTerms", "must not be given with schoolCalendar; give one or the other"));
      } else if (!SchoolCalendars.isSchoolCode(code) || !schools.hasCalendar(code)) {
        errors.add(new FieldError("schoolCalendar", "is not a school with saved term dates"));
      } else {
        nonSession.addAll(schools.nonSessionDays(code));
        return new Calendar(schools.terms(code), nonSession, "schoolCalendar");
      }
      return new Calendar(List.of(), nonSession, "schoolCalendar");
    }
    return new Calendar(terms(body.schoolTerms(), errors), nonSession, "schoolTerms");
  }

  private static List<SchoolTerm> terms(List<TermBody> given, List<FieldError> errors) {
    if (given == null) {
      return List.of();
    }
    List<SchoolTerm> terms = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      TermBody t = given.get(i);
      String at = "schoolTerms[" + i + "]";
      if (t == null) {
        errors.add(new FieldError(at, "must be an object with start and end"));
        continue;
      }
      if (t.start() == null) {
        errors.add(new FieldError(at + ".start", "must be given"));
      }
      if (t.end() == null) {
        errors.add(new FieldError(at + ".end", "must be given"));
      } else if (t.start() != null && t.end().isBefore(t.start())) {
        errors.add(new FieldError(at + ".end", "must be on or after the start"));
      }
      if (t.start() != null && t.end() != null && !t.end().isBefore(t.start())) {
        terms.add(new SchoolTerm(t.start(), t.end()));
      }
    }
    List<SchoolTerm> sorted = terms.stream().sorted(Comparator.comparing(SchoolTerm::start)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
        errors.add(new FieldError("schoolTerms", "must not overlap: the term starting " + sorted.get(i).start()
            + " begins before the term starting " + sorted.get(i - 1).start() + " ends"));
        break;
      }
    }
    return sorted;
  }

  private static List<ClockEvent> events(List<EventBody> given, List<FieldError> errors) {
    if (given == null) {
      return List.of();
    }
    List<ClockEvent> events = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      EventBody e = given.get(i);
      String at = "events[" + i + "]";
      if (e == null) {
        errors.add(new FieldError(at, "must be an object with type and on"));
        continue;
      }
      int before = errors.size();
      if (e.type() == null) {
        errors.add(new FieldError(at + ".type", "must be given"));
      }
      if (e.on() == null) {
        errors.add(new FieldError(at + ".on", "must be given"));
      }
      boolean extended = e.type() == ClockEventType.EXTENDED;
      if (e.type() != null && !extended && e.kind() != null) {
        errors.add(new FieldError(at + ".kind", "belongs only to an EXTENDED event"));
      }
      if (e.type() != null && !extended && e.days() != null) {
        errors.add(new FieldError(at + ".days", "belong only to an EXTENDED event"));
      }
      if (extended && e.kind() == null) {
        errors.add(new FieldError(at + ".kind", "must be given for an EXTENDED event: COMPLEX or PUBLIC_INTEREST"));
      }
      if (e.days() != null && e.days() <= 0) {
        errors.add(new FieldError(at + ".days", "must be a positive number of working days"));
      }
      if (errors.size() == before) {
        events.add(new ClockEvent(e.type(), e.on(), e.kind(), e.days()));
      }
    }
    return events;
  }

  /**
   * Which field to blame when the count needed a day outside the data: the school terms if they ran out while
   * bank-holiday data was still there; else the first given date outside the bank-holiday data; else the date
   * of receipt, whose count ran past the end of the data.
   */
  private String uncoveredField(ClockRequest r, String schoolField) {
    BankHolidayCalendar holidays = clock.calendar();
    if (r.regime() == Regime.FOI_SCHOOL) {
      LocalDate afterTerms = r.schoolTerms().get(r.schoolTerms().size() - 1).end().plusDays(1);
      if (coveredEverywhere(holidays, afterTerms)) {
        return schoolField;
      }
    }
    if (!coveredEverywhere(holidays, r.receivedOn())) {
      return "receivedAt";
    }
    for (int i = 0; i < r.events().size(); i++) {
      if (!coveredEverywhere(holidays, r.events().get(i).on())) {
        return "events[" + i + "].on";
      }
    }
    return coveredEverywhere(holidays, r.today()) ? "receivedAt" : "today";
  }

  private static boolean coveredEverywhere(BankHolidayCalendar holidays, LocalDate day) {
    for (Division d : Division.values()) {
      if (!holidays.covers(day, d)) {
        return false;
      }
    }
    return true;
  }
}
