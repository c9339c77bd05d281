package org.rightsdesk.request;

import java.time.Instant;
import java.time.LocalDate;

/** One entry in a case's append-only history. */
public record CaseEvent(String type, LocalDate occurredOn, Instant recordedAt, String actor, String detail) {}
