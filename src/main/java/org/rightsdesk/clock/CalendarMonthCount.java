package org.rightsdesk.clock;

import java.time.LocalDate;

/**
 * SAR, UK GDPR Art 12(3) and Art 12A (Data (Use and Access) Act 2025 s76, in force 5 February 2026). ICO "time limits
 * for responding": the day of receipt is day 0; due on the corresponding calendar date of the next month, or the last
 * day of that month if it has no such date; a due date on a weekend or bank holiday moves to the next working day.
 * An extension for complex or numerous requests is two further months, counted as three months from the start.
 * Days the clock was stopped for clarification (request to reply, both included) are added after the month.
 */
final class CalendarMonthCount extends CalendarCount {

    @Override
    boolean clarificationRestarts() {
        return false;
    }

    @Override
    LocalDate limitEnd(LocalDate start, int extraMonths) {
        return start.plusMonths(1L + extraMonths); // java.time clamps to the month's last day, as ICO says
    }

    @Override
    LocalDate dueForCheck(Calculation c, LocalDate start, int extraMonths, long stoppedDays) {
        return quietRoll(c, limitEnd(start, extraMonths).plusDays(stoppedDays));
    }

    @Override
    LocalDate finishCount(Calculation c, LocalDate start, int extraMonths, long stoppedDays) {
        int months = 1 + extraMonths;
        LocalDate end = limitEnd(start, extraMonths);
        String span = months == 1 ? "one calendar month" : months + " calendar months (one month plus a two-month"
                + " extension)";
        c.line(end, WorkingLine.COUNTED, null, end.getDayOfMonth() == start.getDayOfMonth()
                ? span + " from " + Texts.date(start) + ": the corresponding date"
                : span + " from " + Texts.date(start) + ": " + end.getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.UK) + " has no day " + start.getDayOfMonth()
                + ", so the last day of the month (ICO)");
        LocalDate unrolled = end.plusDays(stoppedDays);
        if (stoppedDays > 0) {
            c.line(unrolled, WorkingLine.COUNTED, null, "plus " + stoppedDays + " day" + (stoppedDays == 1 ? "" : "s")
                    + " while the clock was stopped for clarification (UK GDPR Art 12A)");
        }
        LocalDate due = c.rollForward(unrolled, "a deadline on a non-working day moves to the next working day (ICO)");
        c.line(due, WorkingLine.DUE, null, "due: the last day to respond");
        return due;
    }
}
