package org.rightsdesk.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A school's terms and non-session days. SI 2004/3364 reg 3(3): a school day is a day on which the school has a
 * session. We take that as a working day inside a term that is not listed as a non-session (INSET/closure) day.
 */
final class SchoolCalendar {
    /** Gaps between terms up to this many days are called half terms, longer ones holidays (wording only). */
    private static final int HALF_TERM_MAX_DAYS = 9;

    private final List<SchoolTerm> terms;
    private final Set<LocalDate> nonSessionDays;

    SchoolCalendar(List<SchoolTerm> terms, List<LocalDate> nonSessionDays) {
        if (terms == null || terms.isEmpty()) {
            throw new IllegalArgumentException(
                    "FOI_SCHOOL needs the school's term dates (SI 2004/3364 counts school days); none were given");
        }
        List<SchoolTerm> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(SchoolTerm::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("School terms overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        this.terms = List.copyOf(sorted);
        this.nonSessionDays = new HashSet<>(nonSessionDays);
    }

    LocalDate firstDay() {
        return terms.get(0).start();
    }

    /**
     * Null if the (working) day is a school day, else why not.
     * @throws CalendarNotCoveredException after the last term given: we cannot know whether the school sits
     */
    String notSchoolDayReason(LocalDate day) {
        SchoolTerm last = terms.get(terms.size() - 1);
        if (day.isAfter(last.end())) {
            throw new CalendarNotCoveredException("The school terms given end on " + Texts.date(last.end())
                    + "; the count needs to know whether " + Texts.date(day)
                    + " is a school day. Add the next term's dates.");
        }
        if (nonSessionDays.contains(day)) {
            return "not a school day: no session (INSET or closure day)";
        }
        if (day.isBefore(terms.get(0).start())) {
            return "not a school day: school holiday (before the first term given)";
        }
        for (int i = 0; i < terms.size(); i++) {
            SchoolTerm t = terms.get(i);
            if (t.contains(day)) {
                return null;
            }
            SchoolTerm next = terms.get(i + 1);
            if (day.isAfter(t.end()) && day.isBefore(next.start())) {
                long gap = ChronoUnit.DAYS.between(t.end(), next.start()) - 1;
                return gap <= HALF_TERM_MAX_DAYS ? "not a school day: half term" : "not a school day: school holiday";
            }
        }
        throw new IllegalStateException("unreachable: " + day);
    }
}
