package org.rightsdesk.clock;

import java.time.LocalDate;

/**
 * One line of the working a caseworker reads.
 *
 * @param kind        START, COUNTED, SKIPPED, PAUSED, EVENT, DUE or LAPSED
 * @param dayNumber   the day's number in the count where it has one, else null
 * @param explanation plain English, e.g. "Saturday" or "day 20 of 20"
 */
public record WorkingLine(LocalDate date, String kind, Integer dayNumber, String explanation) {
    public static final String START = "START";
    public static final String COUNTED = "COUNTED";
    public static final String SKIPPED = "SKIPPED";
    public static final String PAUSED = "PAUSED";
    public static final String EVENT = "EVENT";
    public static final String DUE = "DUE";
    public static final String LAPSED = "LAPSED";
}
