package org.rightsdesk.collate;

import java.time.Instant;

/** One search for the requested information, as logged. */
public record SearchRecord(
    long id, String caseReference, String system, String searchedBy, int minutes, String note, String recordedBy,
    Instant recordedAt) {}
