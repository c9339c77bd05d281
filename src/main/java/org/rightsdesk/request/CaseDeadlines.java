package org.rightsdesk.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.clock.ClockStatus;
import org.rightsdesk.clock.Division;
import org.rightsdesk.clock.Regime;
import org.rightsdesk.clock.StatutoryClock;
import org.rightsdesk.clock.api.SchoolCalendars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's statutory deadline, derived every time from its regime, receipt, division, school calendar and
 * event log by the clock — never stored, never edited. BPMN timers and task due dates call this bean
 * (${caseDeadlines…}), so they follow the clock.
 */
@Service("caseDeadlines")
public class CaseDeadlines {

  private static final ZoneId UK = ClockRequest.UK;
  /** Reminders and escalations arrive at the start of the office day. */
  private static final LocalTime OFFICE_MORNING = LocalTime.of(8, 0);

  private final CaseRepository cases;
  private final StatutoryClock statutoryClock;
  private final SchoolCalendars schoolCalendars;
  private final Clock clock;
  private final Regime sarRegime;
  private final int reminderWorkingDays;

  CaseDeadlines(
      CaseRepository cases,
      StatutoryClock statutoryClock,
      SchoolCalendars schoolCalendars,
      Clock clock,
      @Value("${rightsdesk.clock.sar-regime:SAR}") Regime sarRegime,
      @Value("${rightsdesk.clock.reminder-working-days:5}") int reminderWorkingDays) {
    this.cases = cases;
    this.statutoryClock = statutoryClock;
    this.schoolCalendars = schoolCalendars;
    this.clock = clock;
    this.sarRegime = sarRegime;
    this.reminderWorkingDays = reminderWorkingDays;
  }

  /**
   * The regime whose clock applies: which SAR regime is configuration (UK GDPR, or the DPA 1998 policy
   * some bodies still publish); an FOI request to a school with a term calendar uses the school rules.
   * Empty for a request not yet triaged or not an information request.
   */
  Optional<Regime> regimeOf(InformationRequestCase c) {
    if (c.regime() == null) {
      return Optional.empty();
    }
    return switch (c.regime()) {
      case SAR -> Optional.of(sarRegime);
      case FOI -> Optional.of(schoolCalendars.hasCalendar(c.school()) ? Regime.FOI_SCHOOL : Regime.FOI);
      case EIR -> Optional.of(Regime.EIR);
      case BUSINESS_AS_USUAL -> Optional.empty();
    };
  }

  /** The case's deadline today; empty when no statutory clock applies (yet). */
  @Transactional(readOnly = true)
  public Optional<ClockResult> deadline(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    return regimeOf(c).map(regime -> calculate(c, regime, cases.clockEvents(reference)));
  }

  /** The deadline as it would be with one more event; the clock refuses an impossible log. */
  ClockResult withEvent(InformationRequestCase c, org.rightsdesk.clock.ClockEvent extra) {
    Regime regime = regimeOf(c).orElseThrow(() -> new IllegalStateException("no statutory clock applies"));
    List<org.rightsdesk.clock.ClockEvent> events = new java.util.ArrayList<>(cases.clockEvents(c.reference()));
    events.add(extra);
    events.sort(java.util.Comparator.comparing(org.rightsdesk.clock.ClockEvent::on));
    return calculate(c, regime, events);
  }

  /**
   * Before triage the regime is unknown: the earlier of the FOI and SAR dates, so that nothing goes
   * late while a request waits to be triaged.
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> provisionalDueDate(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    if (c.regime() != null) {
      return deadline(reference).map(ClockResult::dueDate);
    }
    LocalDate foi = calculate(c, Regime.FOI, List.of()).dueDate();
    LocalDate sar = calculate(c, sarRegime, List.of()).dueDate();
    return Optional.of(foi.isBefore(sar) ? foi : sar);
  }

  /**
   * What the acknowledgement can promise: the exact date when the regime is known, else the FOI/EIR and
   * the SAR dates side by side. Empty dates where the calendar data does not reach.
   */
  @Transactional(readOnly = true)
  public AcknowledgementDates acknowledgementDates(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    try {
      if (c.regime() != null) {
        return new AcknowledgementDates(deadline(reference).map(ClockResult::dueDate).orElse(null), null, null);
      }
      return new AcknowledgementDates(
          null, calculate(c, Regime.FOI, List.of()).dueDate(), calculate(c, sarRegime, List.of()).dueDate());
    } catch (org.rightsdesk.clock.CalendarNotCoveredException e) {
      return new AcknowledgementDates(null, null, null);
    }
  }

  /** Dates for the acknowledgement; any may be null. */
  public record AcknowledgementDates(LocalDate exact, LocalDate foiOrEir, LocalDate sar) {}

  /** Task due date in BPMN: the end of the statutory due day. */
  @Transactional(readOnly = true)
  public Date dueDate(String reference) {
    return provisionalDueDate(reference).map(d -> at(d, LocalTime.of(17, 0))).orElse(null);
  }

  /** Timer: the morning some working days before the due date. */
  @Transactional(readOnly = true)
  public Date reminderAt(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    Regime regime = regimeOf(c).orElse(Regime.FOI);
    return runningDueDate(c)
        .map(due -> statutoryClock.workingDaysBefore(due, reminderWorkingDays, regime, division(c)))
        .map(day -> at(day, OFFICE_MORNING))
        .orElse(NEVER);
  }

  /** Timer: the morning after the due date, when the case is overdue. */
  @Transactional(readOnly = true)
  public Date overdueAt(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    return runningDueDate(c).map(due -> at(due.plusDays(1), OFFICE_MORNING)).orElse(NEVER);
  }

  /**
   * The date the timers aim at: none while the clock is paused or lapsed (a paused clock's date moves
   * every day; the event that restarts it re-sets the timers), the provisional date before triage.
   */
  private Optional<LocalDate> runningDueDate(InformationRequestCase c) {
    if (c.regime() == null) {
      return provisionalDueDate(c.reference());
    }
    return deadline(c.reference()).filter(r -> r.status() == ClockStatus.RUNNING).map(ClockResult::dueDate);
  }

  /**
   * A timer needs a date; a case with no running clock (lapsed, or not an information request) gets one
   * that never comes, and is re-set as soon as an event starts the clock again.
   */
  private static final Date NEVER = Date.from(LocalDate.of(9999, 12, 31).atStartOfDay(UK).toInstant());

  /**
   * The first day the case lapses if what it waits for (a clarification, identity evidence, a fee) never
   * comes, by the clock's lapse rules; empty when nothing it waits for can lapse.
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> lapsesOn(String reference) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    return regimeOf(c).flatMap(regime -> statutoryClock.lapsesOn(request(c, regime, cases.clockEvents(reference))));
  }

  /** A lapse timer fires at the start of the office day on which the case lapses. */
  @Transactional(readOnly = true)
  public Date lapseAt(String reference) {
    return lapsesOn(reference).map(day -> at(day, OFFICE_MORNING)).orElse(NEVER);
  }

  /** A reminder timer: the morning some working days after a request to the requester. */
  public Date workingDaysAfter(String reference, LocalDate from, int days) {
    return morningOf(addWorkingDays(reference, from, days));
  }

  /** The working day some working days after a date, by the case's regime and calendar. */
  public LocalDate addWorkingDays(String reference, LocalDate from, int days) {
    InformationRequestCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    Regime regime = regimeOf(c).orElse(Regime.FOI);
    return statutoryClock.addWorkingDays(from, days, regime, division(c));
  }

  /** A timer for a day: the start of the office day. */
  public Date morningOf(LocalDate day) {
    return at(day, OFFICE_MORNING);
  }

  private ClockResult calculate(InformationRequestCase c, Regime regime, List<org.rightsdesk.clock.ClockEvent> events) {
    return statutoryClock.calculate(request(c, regime, events));
  }

  private ClockRequest request(InformationRequestCase c, Regime regime, List<org.rightsdesk.clock.ClockEvent> events) {
    boolean school = regime == Regime.FOI_SCHOOL;
    return new ClockRequest(
            regime,
            ClockRequest.ukDateOf(c.receivedAt()),
            division(c),
            school ? schoolCalendars.terms(c.school()) : List.of(),
            events,
            LocalDate.now(clock.withZone(UK)),
            school ? schoolCalendars.nonSessionDays(c.school()) : List.of());
  }

  private static Division division(InformationRequestCase c) {
    return Division.fromSlug(c.division());
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(UK).toInstant());
  }
}
