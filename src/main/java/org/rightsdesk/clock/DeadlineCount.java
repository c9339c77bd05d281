package org.rightsdesk.clock;

import java.time.LocalDate;

/**
 * A counting unit (strategy): walks the calculation's event log, writes the working and returns the due date.
 * Status, lapses and warnings common to all units are settled by {@link Calculation#finish(LocalDate)}.
 */
interface DeadlineCount {
    LocalDate count(Calculation c);

    static DeadlineCount forRegime(Regime regime) {
        switch (regime.unit()) {
            case CALENDAR_MONTHS: return new CalendarMonthCount();
            case CALENDAR_DAYS: return new CalendarDayCount();
            default: return new WorkingDayCount();
        }
    }
}
