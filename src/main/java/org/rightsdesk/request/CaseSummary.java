package org.rightsdesk.request;

import java.time.Instant;

/** A line in the staff case list; no personal data. */
public record CaseSummary(
    String reference, CaseStatus status, RequestType regime, Instant receivedAt, String handlingGroup, Outcome outcome) {}
