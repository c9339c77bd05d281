package org.rightsdesk.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * Working-day regimes: FOI, FOI_SCHOOL, EIR, FOI_INTERNAL_REVIEW, EIR_RECONSIDERATION.
 * <ul>
 * <li>FOIA s10(1): the Nth working day FOLLOWING the date of receipt, so receipt is day 0 and the first working day
 * after it is day 1, even when receipt is on a weekend (ICO "time limits for compliance"; ICO LTT47).</li>
 * <li>FOIA s10(2) / EIR reg 8: working days from the day a fees notice is given to the day the fee is received,
 * both included, are disregarded.</li>
 * <li>FOIA s1(3) with s10(6) / EIR reg 9(4): after a request for clarification the request counts as received on
 * the day the clarification arrives, so the count starts again.</li>
 * <li>SI 2004/3364 reg 3(2): for schools, the earlier of the 20th working day disregarding non-school days and the
 * 60th working day.</li>
 * <li>Extensions add working days after the day the base limit ends (FOIA s10(3) public interest, at most 20 more
 * per ICO and the s45 Code 2018; EIR reg 7(1) complex and voluminous: 40 in all; internal review: 40 in all).</li>
 * </ul>
 */
final class WorkingDayCount implements DeadlineCount {

    @Override
    public LocalDate count(Calculation c) {
        ClockRequest r = c.request;
        Regime regime = c.regime;
        boolean school = regime.unit() == Regime.Unit.SCHOOL_DAYS;
        SchoolCalendar terms = school ? new SchoolCalendar(r.schoolTerms(), r.nonSessionDays()) : null;
        if (school && terms.firstDay().isAfter(r.receivedOn())) {
            c.warn("The first school term given starts on " + Texts.date(terms.firstDay())
                    + ", after the request arrived; weekdays before it are treated as school holidays.");
        }
        int target = regime.limit();
        int cap = regime.workingDayCap();
        int count = 0;
        int workingCount = 0;
        int extra = 0;
        int extraCount = 0;
        String extensionWhy = "";
        boolean base = true;
        LocalDate feeOpen = null;
        LocalDate feeClose = null;
        String feeText = null;
        LocalDate clarOpen = null;
        String clarText = null;

        List<Calculation.Step> steps = c.steps;
        int next = 0;
        LocalDate d = r.receivedOn();
        for (int guard = 0; guard < 3700; guard++, d = d.plusDays(1)) {
            boolean restart = false;
            while (next < steps.size() && steps.get(next).on().equals(d)) {
                Calculation.Step s = steps.get(next++);
                switch (s.type()) {
                    case FEE_NOTICE_ISSUED: {
                        Calculation.Step close = closer(steps, next, ClockEventType.FEE_PAID);
                        feeOpen = d;
                        feeText = "clock paused: fees notice issued " + Texts.date(d) + ", "
                                + (close.assumed() ? "fee not yet paid" : "fee paid " + Texts.date(close.on()))
                                + " (" + c.feeSource() + ")";
                        c.line(d, WorkingLine.EVENT, null, "fees notice issued: working days from today until the fee"
                                + " is received are disregarded (" + c.feeSource() + ")");
                        break;
                    }
                    case FEE_PAID:
                        c.recordWait(ClockEventType.FEE_NOTICE_ISSUED, feeOpen, d, s.assumed());
                        feeClose = d;
                        c.line(d, WorkingLine.EVENT, null, s.assumed()
                                ? "fee not yet paid: the dates from here on assume it arrives today"
                                : "fee received: today is still disregarded; the count resumes on the next working day");
                        break;
                    case CLARIFICATION_REQUESTED: {
                        Calculation.Step close = closer(steps, next, ClockEventType.CLARIFICATION_RECEIVED);
                        clarOpen = d;
                        clarText = "clock stopped: clarification requested " + Texts.date(d) + ", "
                                + (close.assumed() ? "no reply yet" : "reply received " + Texts.date(close.on()))
                                + " (" + c.clarificationSource() + ")";
                        count = 0;
                        workingCount = 0;
                        c.line(d, WorkingLine.EVENT, null, "clarification requested: the request counts as received"
                                + " only when the reply arrives, so the count so far no longer applies ("
                                + c.clarificationSource() + ")");
                        break;
                    }
                    case CLARIFICATION_RECEIVED:
                        c.recordWait(ClockEventType.CLARIFICATION_REQUESTED, clarOpen, d, s.assumed());
                        clarOpen = null;
                        restart = true;
                        count = 0;
                        workingCount = 0;
                        c.line(d, WorkingLine.EVENT, null, s.assumed()
                                ? "no reply to the request for clarification yet: the dates from here on assume it"
                                + " arrives today"
                                : "clarification received: this is the new date of receipt ("
                                + c.clarificationSource() + ")");
                        break;
                    case EXTENDED: {
                        int days = regime.fixedExtension() ? regime.maxExtension() : s.event().days();
                        if (regime.fixedExtension() && s.event().days() != null) {
                            c.warn("EXTENDED on " + Texts.date(d) + ": the days given (" + s.event().days()
                                    + ") are ignored; " + regime + " fixes the extension at " + (target + days)
                                    + " working days in all (EIR reg 7(1))");
                        }
                        extra += days;
                        extensionWhy = extensionWhy(regime, s.event().kind());
                        c.line(d, WorkingLine.EVENT, null, "time limit extended by " + days + " working days"
                                + " (" + extensionWhy + ")");
                        break;
                    }
                    default:
                        throw new IllegalStateException("unexpected " + s.type());
                }
            }

            if (restart) {
                c.line(d, WorkingLine.START, 0, "new date of receipt (day 0): day 1 is the next working day");
            } else if (d.equals(r.receivedOn())) {
                String nonWorking = c.nonWorkingReason(d);
                c.line(d, WorkingLine.START, 0, receivedText(regime) + ", day 0: day 1 is the next working day"
                        + (nonWorking == null ? "" : "; received on a non-working day (" + nonWorking
                        + "), which is still the date of receipt"));
            } else {
                String reason = c.nonWorkingReason(d);
                if (reason != null) {
                    c.line(d, WorkingLine.SKIPPED, null, reason);
                } else if (clarOpen != null) {
                    c.line(d, WorkingLine.PAUSED, null, clarText);
                } else if (feeOpen != null) {
                    c.line(d, WorkingLine.PAUSED, null, feeText);
                } else if (base && school) {
                    workingCount++;
                    String notSchool = terms.notSchoolDayReason(d);
                    if (notSchool == null) {
                        count++;
                    }
                    String progress = "school day " + count + " of " + target + ", working day " + workingCount
                            + " of " + cap;
                    boolean done = count == target || workingCount == cap;
                    if (done) {
                        base = false;
                        String why = count == target ? "20th school day (" + progress + ")"
                                : "60th working day, before the 20th school day (" + progress + ")";
                        if (extra == 0) {
                            c.line(d, WorkingLine.DUE, count == target ? count : workingCount,
                                    why + ": the earlier limit, due (SI 2004/3364 reg 3)");
                            return finishLeftovers(c, steps, next, d);
                        }
                        c.line(d, WorkingLine.COUNTED, count == target ? count : workingCount,
                                why + ": the original limit; the extension follows");
                    } else if (notSchool == null) {
                        c.line(d, WorkingLine.COUNTED, count, progress);
                    } else {
                        c.line(d, WorkingLine.SKIPPED, null, notSchool + " (working day " + workingCount + " of "
                                + cap + ")");
                    }
                } else if (base) {
                    count++;
                    if (count == target) {
                        base = false;
                        if (extra == 0) {
                            c.line(d, WorkingLine.DUE, count, "day " + count + " of " + target + ": due");
                            return finishLeftovers(c, steps, next, d);
                        }
                        c.line(d, WorkingLine.COUNTED, count, "day " + count + " of " + target
                                + ": the original limit; the extension follows");
                    } else {
                        c.line(d, WorkingLine.COUNTED, count, "day " + count + " of " + target);
                    }
                } else {
                    extraCount++;
                    String text = school ? "extension day " + extraCount + " of " + extra
                            : "day " + (target + extraCount) + " of " + (target + extra);
                    Integer number = school ? extraCount : target + extraCount;
                    if (extraCount >= extra) {
                        c.line(d, WorkingLine.DUE, number, text + " (" + extensionWhy + "): due");
                        return finishLeftovers(c, steps, next, d);
                    }
                    c.line(d, WorkingLine.COUNTED, number, text);
                }
            }
            if (feeClose != null && feeClose.equals(d)) {
                feeOpen = null;
                feeClose = null;
            }
        }
        throw new IllegalStateException("no due date found within ten years of " + r.receivedOn());
    }

    private static String receivedText(Regime regime) {
        switch (regime) {
            case FOI_INTERNAL_REVIEW: return "request for an internal review received";
            case EIR_RECONSIDERATION: return "representations received (EIR reg 11)";
            default: return "request received (" + regime.limitSource() + " counts from the day after)";
        }
    }

    private static String extensionWhy(Regime regime, ExtensionKind kind) {
        switch (regime) {
            case EIR: return "complex and voluminous, EIR reg 7(1): 40 working days in all";
            case FOI_INTERNAL_REVIEW: return "internal review extended, s45 Code 2018: 40 working days at most";
            default: return "to consider the public interest, FOIA s10(3); ICO: 20 further working days at most";
        }
    }

    private static Calculation.Step closer(List<Calculation.Step> steps, int from, ClockEventType type) {
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).type() == type) {
                return steps.get(i);
            }
        }
        throw new IllegalStateException("no " + type + " after index " + from);
    }

    /** Events dated after the due date do not move it: say so. */
    private static LocalDate finishLeftovers(Calculation c, List<Calculation.Step> steps, int next, LocalDate due) {
        for (int i = next; i < steps.size(); i++) {
            Calculation.Step s = steps.get(i);
            if (s.assumed()) {
                continue;
            }
            String what = s.type() + " on " + Texts.date(s.on());
            if (s.type() == ClockEventType.EXTENDED) {
                c.warn(what + " came after the time limit ended on " + Texts.date(due)
                        + "; an extension must be notified within the limit, so it is not applied.");
            } else if (Calculation.closerOf(s.type()) != null) {
                c.warn(what + " came after the time limit ended on " + Texts.date(due)
                        + "; it does not move the deadline.");
            }
        }
        return due;
    }
}
