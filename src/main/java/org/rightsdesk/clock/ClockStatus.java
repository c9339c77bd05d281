package org.rightsdesk.clock;

/**
 * RUNNING: the clock runs (or has run) to the due date. PAUSED: waiting for identity, a fee or clarification; the due
 * date shown is the date it would be if the wait ended today. LAPSED: a lapse period passed, there is no due date.
 */
public enum ClockStatus {
    RUNNING, PAUSED, LAPSED
}
