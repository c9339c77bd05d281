package org.rightsdesk.request;

import java.time.Instant;

/** What the requester is told when a request is received. {@code replayed} marks an idempotent retry. */
public record Receipt(String reference, CaseStatus status, Instant receivedAt, boolean replayed) {}
