package org.rightsdesk.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which days are working days under a regime, and why a day is not. */
final class WorkingDays {
    private final BankHolidayCalendar calendar;

    WorkingDays(BankHolidayCalendar calendar) {
        this.calendar = calendar;
    }

    boolean isWorkingDay(LocalDate day, Regime regime, Division division) {
        return nonWorkingReason(day, regime, division) == null;
    }

    /**
     * Null for a working day, else the plain-English reason.
     * FOI family, FOIA s10(6) (EIR reg 2(1) adopts it): not a Saturday, Sunday, Christmas Day, Good Friday or a bank
     * holiday under the Banking and Financial Dealings Act 1971 in ANY part of the UK (ICO LTT47).
     * SAR family (ICO "time limits"): weekend or a bank/public holiday in the body's own division; Christmas Day and
     * Good Friday always count as holidays (common-law holidays in England and Wales).
     */
    String nonWorkingReason(LocalDate day, Regime regime, Division division) {
        boolean ukWide = regime.usesUkWideWorkingDays();
        if (ukWide) {
            for (Division d : Division.values()) {
                calendar.requireCovered(day, d);
            }
        } else {
            calendar.requireCovered(day, division);
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return "Saturday";
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "Sunday";
        }
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 25) {
            return "Christmas Day";
        }
        if (day.equals(goodFriday(day.getYear()))) {
            return "Good Friday";
        }
        Optional<String> own = calendar.holidayName(day, division);
        if (own.isPresent()) {
            return own.get() + " (bank holiday, " + division.displayName() + ")";
        }
        if (!ukWide) {
            return null;
        }
        List<String> where = new ArrayList<>();
        String title = null;
        for (Division d : Division.values()) {
            Optional<String> h = calendar.holidayName(day, d);
            if (h.isPresent()) {
                where.add(d.displayName());
                title = title == null ? h.get() : title;
            }
        }
        if (title == null) {
            return null;
        }
        return title + " (bank holiday in " + String.join(" and ", where)
                + " — counts as non-working under FOIA s10(6))";
    }

    /** The n-th working day following {@code from} (n = 0 gives {@code from}). */
    LocalDate addWorkingDays(LocalDate from, int n, Regime regime, Division division) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d, regime, division)) {
                counted++;
            }
        }
        return d;
    }

    /** The working day n working days before {@code due} (n = 0 gives {@code due}). */
    LocalDate workingDaysBefore(LocalDate due, int n, Regime regime, Division division) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate d = due;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (isWorkingDay(d, regime, division)) {
                counted++;
            }
        }
        return d;
    }

    /** Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    static LocalDate goodFriday(int year) {
        return easterSunday(year).minusDays(2);
    }
}
