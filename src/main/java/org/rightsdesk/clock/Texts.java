package org.rightsdesk.clock;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording and small date helpers shared by the counts. */
final class Texts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Texts() {
    }

    /** "3 March 2025". */
    static String date(LocalDate d) {
        return SHORT.format(d);
    }

    /** "Monday 3 March 2025". */
    static String day(LocalDate d) {
        return DATE.format(d);
    }

    static String months(Period p) {
        if (p.getYears() == 0 && p.getDays() == 0) {
            return p.getMonths() == 1 ? "1 month" : p.getMonths() + " months";
        }
        return p.toString();
    }

    /**
     * Last day of "the period of {@code p} beginning with {@code start}": the day before the corresponding date, or
     * the last day of the month where there is no corresponding date (the corresponding-date rule, Dodds v Walker).
     */
    static LocalDate lastDayOfPeriod(LocalDate start, Period p) {
        LocalDate end = start.plus(p);
        boolean hasMonths = p.getMonths() != 0 || p.getYears() != 0;
        if (hasMonths && p.getDays() == 0 && end.getDayOfMonth() != start.getDayOfMonth()) {
            return end; // no corresponding date: the month's last day
        }
        return end.minusDays(1);
    }
}
