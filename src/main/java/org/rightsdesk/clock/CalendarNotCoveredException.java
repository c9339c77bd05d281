package org.rightsdesk.clock;

/** A calculation needed a day the loaded calendar (bank holidays or school terms) does not cover. */
public class CalendarNotCoveredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalendarNotCoveredException(String message) {
        super(message);
    }
}
