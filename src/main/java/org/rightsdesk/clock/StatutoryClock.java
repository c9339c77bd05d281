package org.rightsdesk.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The statutory-deadline engine. A case's due date is a pure function of its regime, date of receipt, division,
 * calendars and event log; nothing here keeps state between calls, so one instance can be shared.
 */
public final class StatutoryClock {
    private final BankHolidayCalendar calendar;
    private final ClockPolicy policy;
    private final WorkingDays workingDays;

    public StatutoryClock(BankHolidayCalendar calendar, ClockPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.workingDays = new WorkingDays(calendar);
    }

    /** The bundled calendar with default policy. */
    public static StatutoryClock withDefaults() {
        return new StatutoryClock(BankHolidayCalendar.bundled(), ClockPolicy.defaults());
    }

    public BankHolidayCalendar calendar() {
        return calendar;
    }

    public ClockPolicy policy() {
        return policy;
    }

    /**
     * The due date, status, working and warnings for a case.
     *
     * @throws IllegalArgumentException     for an impossible event log (out of order, closer without opener, event
     *                                      before receipt or after today, extension beyond the law), or FOI_SCHOOL
     *                                      without terms
     * @throws CalendarNotCoveredException  if a day the count needs lies outside the bank-holiday data or the school
     *                                      terms given
     */
    public ClockResult calculate(ClockRequest request) {
        Objects.requireNonNull(request, "request");
        Calculation c = new Calculation(request, policy, calendar);
        LocalDate due = DeadlineCount.forRegime(request.regime()).count(c);
        return c.finish(due);
    }

    /**
     * The first day the case will count as lapsed if what it waits for (identity evidence, a fee, a
     * clarification) never arrives; empty when nothing it waits for can lapse. Lapse timers aim at this day.
     */
    public java.util.Optional<LocalDate> lapsesOn(ClockRequest request) {
        Objects.requireNonNull(request, "request");
        Calculation c = new Calculation(request, policy, calendar);
        DeadlineCount.forRegime(request.regime()).count(c);
        return java.util.Optional.ofNullable(c.openWaitLapsesOn());
    }

    /**
     * Whether a day is a working day for the regime: FOI family per FOIA s10(6) (a bank holiday anywhere in the UK is
     * not), SAR family per the body's division.
     */
    public boolean isWorkingDay(LocalDate day, Regime regime, Division division) {
        return workingDays.isWorkingDay(day, regime, division);
    }

    /** The n-th working day following {@code from} (the day itself is day 0). */
    public LocalDate addWorkingDays(LocalDate from, int n, Regime regime, Division division) {
        return workingDays.addWorkingDays(from, n, regime, division);
    }

    /** The working day n working days before {@code due}, e.g. for a reminder timer. */
    public LocalDate workingDaysBefore(LocalDate due, int n, Regime regime, Division division) {
        return workingDays.workingDaysBefore(due, n, regime, division);
    }

    /**
     * The last day a requester may ask for an internal review (FOI: s45 Code of Practice 2018, 40 working days from
     * the response) or make representations (EIR reg 11(2): 40 working days). Accepts the original regime or the
     * review regime. SAR has no statutory internal review: the requester complains to the ICO.
     */
    public LocalDate reviewRequestDeadline(Regime regime, LocalDate responseSentOn) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(responseSentOn, "responseSentOn");
        if (regime == Regime.SAR || regime == Regime.SAR_DPA1998) {
            throw new IllegalArgumentException(regime + " has no statutory internal review; complaints go to the"
                    + " Information Commissioner");
        }
        return workingDays.addWorkingDays(responseSentOn, 40, regime, Division.ENGLAND_AND_WALES);
    }
}
