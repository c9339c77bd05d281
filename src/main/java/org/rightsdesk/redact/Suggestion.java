package org.rightsdesk.redact;

/**
 * Personal data the detector found, for a caseworker to accept as a redaction or dismiss.
 *
 * @param page page number counted from 1
 * @param box where it is, in the page's user space (PDF points)
 * @param text the data itself: show it only to staff who may see the unredacted document
 */
public record Suggestion(int page, DataKind kind, RedactionLogEntry.Box box, String text) {}
