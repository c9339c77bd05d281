package org.rightsdesk.clock;

import java.time.LocalDate;
import java.util.Objects;

/** A school term, first and last day inclusive. Gaps between terms are half terms or holidays. */
public record SchoolTerm(LocalDate start, LocalDate end) {

    public SchoolTerm {
        Objects.requireNonNull(start, "term start");
        Objects.requireNonNull(end, "term end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("School term ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
