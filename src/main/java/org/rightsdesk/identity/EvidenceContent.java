package org.rightsdesk.identity;

/** A stored copy of identity evidence, with its record. */
public record EvidenceContent(StoredEvidence evidence, byte[] content) {}
