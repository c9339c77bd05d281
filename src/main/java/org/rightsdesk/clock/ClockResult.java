package org.rightsdesk.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * @param dueDate the last day for the response; for PAUSED the date it would be if the wait ended today;
 *                null when LAPSED (no duty left to time)
 */
public record ClockResult(LocalDate dueDate, ClockStatus status, List<WorkingLine> working, List<String> warnings) {
    public ClockResult {
        working = List.copyOf(working);
        warnings = List.copyOf(warnings);
    }
}
