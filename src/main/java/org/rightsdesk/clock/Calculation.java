package org.rightsdesk.clock;

import static org.rightsdesk.clock.ClockEventType.CLARIFICATION_RECEIVED;
import static org.rightsdesk.clock.ClockEventType.CLARIFICATION_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.EXTENDED;
import static org.rightsdesk.clock.ClockEventType.FEE_NOTICE_ISSUED;
import static org.rightsdesk.clock.ClockEventType.FEE_PAID;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_REQUESTED;
import static org.rightsdesk.clock.ClockEventType.IDENTITY_VERIFIED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the clock: the validated event log (with a closing event assumed today for every open wait), the
 * working lines and warnings being written, and the lapse rules shared by every count.
 */
final class Calculation {

    /** An event of the log, or a closer assumed on {@code today} because the wait is still open. */
    record Step(ClockEvent event, boolean assumed) {
        ClockEventType type() { return event.type(); }
        LocalDate on() { return event.on(); }
    }

    /** A wait that was applied: opened on one day, closed (really, or assumed today) on another. */
    record Wait(ClockEventType opener, LocalDate openedOn, LocalDate closedOn, boolean assumed) {
    }

    final ClockRequest request;
    final Regime regime;
    final ClockPolicy policy;
    final WorkingDays workingDays;
    final BankHolidayCalendar calendar;
    final List<Step> steps;
    private final List<WorkingLine> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Wait> waits = new ArrayList<>();

    Calculation(ClockRequest request, ClockPolicy policy, BankHolidayCalendar calendar) {
        this.request = request;
        this.regime = request.regime();
        this.policy = policy;
        this.calendar = calendar;
        this.workingDays = new WorkingDays(calendar);
        this.steps = validate(request);
    }

    static ClockEventType closerOf(ClockEventType opener) {
        switch (opener) {
            case IDENTITY_REQUESTED: return IDENTITY_VERIFIED;
            case FEE_NOTICE_ISSUED: return FEE_PAID;
            case CLARIFICATION_REQUESTED: return CLARIFICATION_RECEIVED;
            default: return null;
        }
    }

    static ClockEventType openerOf(ClockEventType closer) {
        switch (closer) {
            case IDENTITY_VERIFIED: return IDENTITY_REQUESTED;
            case FEE_PAID: return FEE_NOTICE_ISSUED;
            case CLARIFICATION_RECEIVED: return CLARIFICATION_REQUESTED;
            default: return null;
        }
    }

    /**
     * Checks the log is possible: events the regime knows, dated between receipt and today, in date order, closers
     * after their openers, extensions within the law's limits. Appends an assumed closer today for each open wait.
     */
    private static List<Step> validate(ClockRequest r) {
        Regime regime = r.regime();
        if (r.today().isBefore(r.receivedOn())) {
            throw new IllegalArgumentException("today (" + r.today() + ") is before the date of receipt ("
                    + r.receivedOn() + ")");
        }
        Map<ClockEventType, LocalDate> open = new EnumMap<>(ClockEventType.class);
        List<Step> steps = new ArrayList<>();
        ClockEvent previous = null;
        int extensionTotal = 0;
        boolean extended = false;
        for (ClockEvent e : r.events()) {
            if (e == null) {
                throw new IllegalArgumentException("the event log contains a null event");
            }
            String what = e.type() + " on " + e.on();
            if (!regime.allows(e.type())) {
                throw new IllegalArgumentException(what + ": a " + regime + " clock has no such event");
            }
            if (e.on().isBefore(r.receivedOn())) {
                throw new IllegalArgumentException(what + " is dated before the request was received on "
                        + r.receivedOn());
            }
            if (e.on().isAfter(r.today())) {
                throw new IllegalArgumentException(what + " is dated after today (" + r.today() + ")");
            }
            if (previous != null && e.on().isBefore(previous.on())) {
                throw new IllegalArgumentException("events out of order: " + what + " comes after "
                        + previous.type() + " on " + previous.on());
            }
            ClockEventType opener = openerOf(e.type());
            if (closerOf(e.type()) != null) {
                if (open.containsKey(e.type())) {
                    throw new IllegalArgumentException(what + ": the previous " + e.type() + " on "
                            + open.get(e.type()) + " has not been answered yet");
                }
                if (e.type() == CLARIFICATION_REQUESTED && extended && regime != Regime.SAR) {
                    throw new IllegalArgumentException(what + ": clarification must be sought before the time limit"
                            + " is extended, not after");
                }
                open.put(e.type(), e.on());
            } else if (opener != null) {
                if (!open.containsKey(opener)) {
                    throw new IllegalArgumentException(what + " without an earlier " + opener);
                }
                open.remove(opener);
            } else if (e.type() == EXTENDED) {
                if (!regime.extensionKinds().contains(e.kind())) {
                    throw new IllegalArgumentException(what + ": a " + regime + " limit cannot be extended for "
                            + e.kind() + (regime.extensionKinds().isEmpty() ? " (no extension is allowed)"
                            : " (allowed: " + regime.extensionKinds() + ")"));
                }
                if (regime.fixedExtension()) {
                    if (extended) {
                        throw new IllegalArgumentException(what + ": the limit has already been extended");
                    }
                } else {
                    if (e.days() == null) {
                        throw new IllegalArgumentException(what + ": say how many working days the extension adds");
                    }
                    extensionTotal += e.days();
                    if (extensionTotal > regime.maxExtension()) {
                        throw new IllegalArgumentException(what + ": extensions total " + extensionTotal
                                + " working days; at most " + regime.maxExtension() + " are allowed ("
                                + (regime == Regime.FOI_INTERNAL_REVIEW ? "s45 Code 2018: 40 working days in all"
                                : "ICO and s45 Code 2018: a further 20 working days at most") + ")");
                    }
                }
                extended = true;
            }
            steps.add(new Step(e, false));
            previous = e;
        }
        open.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).forEach(o ->
                steps.add(new Step(ClockEvent.of(closerOf(o.getKey()), r.today()), true)));
        return steps;
    }

    // ---- working lines and warnings

    void line(LocalDate date, String kind, Integer dayNumber, String explanation) {
        lines.add(new WorkingLine(date, kind, dayNumber, explanation));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    String nonWorkingReason(LocalDate day) {
        return workingDays.nonWorkingReason(day, regime, request.division());
    }

    void recordWait(ClockEventType opener, LocalDate openedOn, LocalDate closedOn, boolean assumed) {
        waits.add(new Wait(opener, openedOn, closedOn, assumed));
    }

    /** Plain-English name of a wait's source, per regime. */
    String feeSource() {
        switch (regime) {
            case FOI: case FOI_SCHOOL: return "FOIA s10(2)";
            case EIR: return "EIR reg 8";
            case SAR: return "UK GDPR Art 12A";
            default: return "policy 4.5.3.4";
        }
    }

    String clarificationSource() {
        switch (regime) {
            case FOI: case FOI_SCHOOL: return "FOIA s1(3), s10(6)";
            case EIR: return "EIR reg 9(4)";
            case SAR: return "UK GDPR Art 12A";
            default: return "policy 4.5.3.4";
        }
    }

    /** Moves a date on to the next working day, writing a SKIPPED line for each day passed over. */
    LocalDate rollForward(LocalDate day, String why) {
        LocalDate d = day;
        String reason;
        while ((reason = nonWorkingReason(d)) != null) {
            line(d, WorkingLine.SKIPPED, null, reason + ": " + why);
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The first day the case counts as lapsed, or null. FOI fee (s9(2)): not paid within the period beginning with
     * the notice (policy feeLapse, 3 months by statute). EIR charge (reg 8): not paid within 60 working days of the
     * notification. Open waits (identity, SAR fee, clarification): the policy period has passed by today.
     */
    private LapseInfo lapse() {
        LapseInfo first = null;
        for (Wait w : waits) {
            LapseInfo l = lapseOf(w);
            if (l != null && w.closedOn().isAfter(l.from().minusDays(1))
                    && (first == null || l.from().isBefore(first.from()))) {
                first = l;
            }
        }
        return first;
    }

    /**
     * The first day a wait that is still open would make the case lapse if nothing arrives, or null: what a
     * lapse timer aims at.
     */
    LocalDate openWaitLapsesOn() {
        LocalDate first = null;
        for (Wait w : waits) {
            LapseInfo l = w.assumed() ? lapseOf(w) : null;
            if (l != null && (first == null || l.from().isBefore(first))) {
                first = l.from();
            }
        }
        return first;
    }

    /** When and why a wait lapses, whether or not it has yet, or null where it never does. */
    private LapseInfo lapseOf(Wait w) {
        if (w.opener() == FEE_NOTICE_ISSUED) {
            if (regime == Regime.EIR) {
                LocalDate last = workingDays.addWorkingDays(w.openedOn(), policy.eirChargeLapseWorkingDays(),
                        regime, request.division());
                return new LapseInfo(last.plusDays(1), "advance payment asked for on " + Texts.date(w.openedOn())
                        + " was not paid within " + policy.eirChargeLapseWorkingDays()
                        + " working days (by " + Texts.date(last) + "): the request need not be answered"
                        + " (EIR reg 8)");
            }
            if (regime == Regime.FOI || regime == Regime.FOI_SCHOOL || w.assumed()) {
                LocalDate last = Texts.lastDayOfPeriod(w.openedOn(), policy.feeLapse());
                return new LapseInfo(last.plusDays(1), "fee asked for on " + Texts.date(w.openedOn())
                        + " was not paid within " + Texts.months(policy.feeLapse()) + " (by "
                        + Texts.date(last) + ")" + (regime == Regime.FOI || regime == Regime.FOI_SCHOOL
                        ? ": no duty to comply (FOIA s9(2))" : ": the request is closed (policy)"));
            }
            return null;
        }
        if (w.assumed()) {
            boolean identity = w.opener() == IDENTITY_REQUESTED;
            LocalDate last = Texts.lastDayOfPeriod(w.openedOn(),
                    identity ? policy.identityLapse() : policy.clarificationLapse());
            return new LapseInfo(last.plusDays(1), (identity ? "identity evidence" : "clarification")
                    + " asked for on " + Texts.date(w.openedOn()) + " has not arrived within "
                    + Texts.months(identity ? policy.identityLapse() : policy.clarificationLapse())
                    + " (by " + Texts.date(last) + "): the request is treated as closed ("
                    + (identity ? "policy" : "policy; ICO suggests about 2 months") + ")");
        }
        return null;
    }

    private record LapseInfo(LocalDate from, String why) {
    }

    /** Final status, lapses and the data-coverage warning. */
    ClockResult finish(LocalDate due) {
        long ahead = calendar.monthsCoveredAhead(request.today());
        if (ahead < policy.warnWhenMonthsOfHolidayDataBelow()) {
            warn("Bank-holiday data covers only " + ahead + " more month(s) from " + Texts.date(request.today())
                    + "; load the next years' GOV.UK bank-holiday file as an override.");
        }
        List<WorkingLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(WorkingLine::date)); // stable: keeps order within a day
        LapseInfo lapse = lapse();
        if (lapse != null) {
            List<WorkingLine> kept = new ArrayList<>();
            for (WorkingLine l : sorted) {
                if (l.date().isBefore(lapse.from())) {
                    kept.add(l);
                }
            }
            kept.add(new WorkingLine(lapse.from(), WorkingLine.LAPSED, null, "lapsed: " + lapse.why()));
            return new ClockResult(null, ClockStatus.LAPSED, kept, warnings);
        }
        boolean paused = waits.stream().anyMatch(Wait::assumed);
        return new ClockResult(due, paused ? ClockStatus.PAUSED : ClockStatus.RUNNING, sorted, warnings);
    }
}
