package org.rightsdesk.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared walk for the calendar regimes (SAR, SAR_DPA1998): the clock starts at the "relevant time", the latest of
 * receipt and the arrival of any identity evidence or fee asked for; a clarification either stops the clock (SAR,
 * Art 12A) or, like identity and fee, restarts it (DPA 1998 policy). Subclasses give the limit.
 */
abstract class CalendarCount implements DeadlineCount {

    /** True if a clarification restarts the clock (start = its arrival) rather than stopping it. */
    abstract boolean clarificationRestarts();

    /** The last day of the limit from {@code start}, before adding stopped days or rolling. */
    abstract LocalDate limitEnd(LocalDate start, int extraMonths);

    /** Writes the lines from the start to the due date and returns the due date. */
    abstract LocalDate finishCount(Calculation c, LocalDate start, int extraMonths, long stoppedDays);

    /** The due date as the requester would see it, for checking whether an event came within the limit. */
    abstract LocalDate dueForCheck(Calculation c, LocalDate start, int extraMonths, long stoppedDays);

    @Override
    public LocalDate count(Calculation c) {
        ClockRequest r = c.request;
        LocalDate start = r.receivedOn();
        String startWhy = null;
        int extraMonths = 0;
        Map<ClockEventType, LocalDate> open = new EnumMap<>(ClockEventType.class);
        Set<ClockEventType> ignoring = EnumSet.noneOf(ClockEventType.class);
        List<LocalDate[]> stops = new ArrayList<>();
        c.line(r.receivedOn(), WorkingLine.START, 0, "request received (day 0; " + c.regime.limitSource() + ")");

        for (Calculation.Step s : c.steps) {
            LocalDate d = s.on();
            boolean clockRunning = !open.containsKey(ClockEventType.IDENTITY_REQUESTED)
                    && !open.containsKey(ClockEventType.FEE_NOTICE_ISSUED)
                    && !open.containsKey(ClockEventType.CLARIFICATION_REQUESTED);
            LocalDate dueNow = clockRunning ? dueForCheck(c, start, extraMonths, stopped(stops, start)) : null;
            switch (s.type()) {
                case IDENTITY_REQUESTED:
                case FEE_NOTICE_ISSUED:
                case CLARIFICATION_REQUESTED:
                    if (dueNow != null && d.isAfter(dueNow)) {
                        c.warn(s.type() + " on " + Texts.date(d) + " came after the time limit ended on "
                                + Texts.date(dueNow) + "; it does not move the deadline.");
                        ignoring.add(s.type());
                        break;
                    }
                    open.put(s.type(), d);
                    c.line(d, WorkingLine.EVENT, null, openerText(c, s.type()));
                    break;
                case IDENTITY_VERIFIED:
                case FEE_PAID:
                case CLARIFICATION_RECEIVED: {
                    ClockEventType opener = Calculation.openerOf(s.type());
                    if (ignoring.remove(opener)) {
                        break;
                    }
                    LocalDate opened = open.remove(opener);
                    c.recordWait(opener, opened, d, s.assumed());
                    String waitText = waitText(c, opener, opened, d, s.assumed());
                    boolean stopOnly = opener == ClockEventType.CLARIFICATION_REQUESTED && !clarificationRestarts();
                    if (stopOnly) {
                        stops.add(new LocalDate[] {opened, d});
                        c.line(d, WorkingLine.EVENT, null, s.assumed()
                                ? "no reply to the request for clarification yet: the dates from here on assume it"
                                + " arrives today"
                                : "clarification received: the clock runs again from tomorrow");
                    } else {
                        for (LocalDate p = opened; p.isBefore(d); p = p.plusDays(1)) {
                            c.line(p, WorkingLine.PAUSED, null, waitText);
                        }
                        if (d.isAfter(start)) {
                            start = d;
                            startWhy = closerText(opener, s.assumed());
                        }
                        c.line(d, WorkingLine.EVENT, null, s.assumed()
                                ? thing(opener) + " not received yet: the dates from here on assume it arrives today"
                                : thing(opener) + " received");
                    }
                    break;
                }
                case EXTENDED: {
                    LocalDate firstLimit = clockRunning ? dueForCheck(c, start, 0, stopped(stops, start)) : null;
                    if (firstLimit != null && d.isAfter(firstLimit)) {
                        c.warn("EXTENDED on " + Texts.date(d) + " came after the first month ended on "
                                + Texts.date(firstLimit) + "; UK GDPR Art 12(3) requires the requester to be told"
                                + " within one month, so it is not applied.");
                        break;
                    }
                    if (s.event().days() != null) {
                        c.warn("EXTENDED on " + Texts.date(d) + ": the days given (" + s.event().days()
                                + ") are ignored; a SAR extension is two further months (UK GDPR Art 12(3)).");
                    }
                    extraMonths += c.regime.maxExtension();
                    c.line(d, WorkingLine.EVENT, null, "time limit extended by two further months: complex or"
                            + " numerous requests (UK GDPR Art 12(3))");
                    break;
                }
                default:
                    throw new IllegalStateException("unexpected " + s.type());
            }
        }
        if (startWhy != null) {
            c.line(start, WorkingLine.START, 0, "clock starts (day 0): " + startWhy);
        }
        long stoppedDays = stopped(stops, start);
        for (LocalDate[] stop : stops) {
            LocalDate from = stop[0].isBefore(start) ? start : stop[0];
            for (LocalDate p = from; !p.isAfter(stop[1]); p = p.plusDays(1)) {
                c.line(p, WorkingLine.PAUSED, null, "clock stopped: clarification requested " + Texts.date(stop[0])
                        + ", reply " + (stop[1].equals(r.today()) && isAssumed(c, stop[1])
                        ? "not yet received" : "received " + Texts.date(stop[1])) + " (UK GDPR Art 12A)");
            }
        }
        return finishCount(c, start, extraMonths, stoppedDays);
    }

    private static boolean isAssumed(Calculation c, LocalDate on) {
        return c.steps.stream().anyMatch(s -> s.assumed() && s.type() == ClockEventType.CLARIFICATION_RECEIVED
                && s.on().equals(on));
    }

    /** Calendar days the clock was stopped after it started: each stop counts from request to reply, both included. */
    static long stopped(List<LocalDate[]> stops, LocalDate start) {
        long total = 0;
        for (LocalDate[] stop : stops) {
            LocalDate from = stop[0].isBefore(start) ? start : stop[0];
            if (!stop[1].isBefore(from)) {
                total += ChronoUnit.DAYS.between(from, stop[1]) + 1;
            }
        }
        return total;
    }

    private String openerText(Calculation c, ClockEventType opener) {
        switch (opener) {
            case IDENTITY_REQUESTED:
                return "identity evidence requested: the clock starts only when it arrives (UK GDPR Art 12(6),"
                        + " Art 12A; ICO)";
            case FEE_NOTICE_ISSUED:
                return "fee requested: the clock starts only when it is paid (" + c.feeSource() + ")";
            default:
                return clarificationRestarts()
                        ? "clarification requested: the 40 days start only when it arrives (policy 4.5.3.4)"
                        : "clarification requested: the clock stops until the reply arrives (UK GDPR Art 12A,"
                        + " inserted by the Data (Use and Access) Act 2025 s76 from 5 February 2026; ICO guidance"
                        + " before then)";
        }
    }

    private static String thing(ClockEventType opener) {
        switch (opener) {
            case IDENTITY_REQUESTED: return "identity evidence";
            case FEE_NOTICE_ISSUED: return "fee";
            default: return "clarification";
        }
    }

    private static String closerText(ClockEventType opener, boolean assumed) {
        return thing(opener) + (assumed ? " assumed to arrive today" : " received")
                + " (the later of receipt and the information or fee asked for)";
    }

    private static String waitText(Calculation c, ClockEventType opener, LocalDate opened, LocalDate closed,
                                   boolean assumed) {
        return "clock not started: " + thing(opener) + " requested " + Texts.date(opened) + ", "
                + (assumed ? "not yet received" : "received " + Texts.date(closed));
    }

    /** Rolls without writing lines. */
    static LocalDate quietRoll(Calculation c, LocalDate day) {
        LocalDate d = day;
        while (c.nonWorkingReason(d) != null) {
            d = d.plusDays(1);
        }
        return d;
    }
}
