package org.rightsdesk.clock;

import java.time.LocalDate;

/**
 * SAR_DPA1998, the legacy policy (seed 003 4.5.3.4, after DPA 1998 s7(8), s7(10)): 40 calendar days, which do not
 * commence until any fee, identity evidence and clarification asked for have been received. Day 1 is the day after
 * that; the 40th day is not moved off weekends or holidays (the policy counts calendar days), but a warning says so.
 */
final class CalendarDayCount extends CalendarCount {

    @Override
    boolean clarificationRestarts() {
        return true;
    }

    @Override
    LocalDate limitEnd(LocalDate start, int extraMonths) {
        return start.plusDays(40);
    }

    @Override
    LocalDate dueForCheck(Calculation c, LocalDate start, int extraMonths, long stoppedDays) {
        return limitEnd(start, extraMonths);
    }

    @Override
    LocalDate finishCount(Calculation c, LocalDate start, int extraMonths, long stoppedDays) {
        LocalDate due = limitEnd(start, extraMonths);
        c.line(due, WorkingLine.DUE, 40, "day 40 of 40 calendar days from " + Texts.date(start)
                + " (policy 4.5.3.4): due");
        String nonWorking = c.nonWorkingReason(due);
        if (nonWorking != null) {
            c.warn("The 40th day, " + Texts.day(due) + ", is not a working day (" + nonWorking + "); the policy counts"
                    + " calendar days, so the date is not moved. Aim to reply by the working day before.");
        }
        return due;
    }
}
