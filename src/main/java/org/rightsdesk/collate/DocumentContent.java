package org.rightsdesk.collate;

/** A document and its bytes, for download. */
public record DocumentContent(CaseDocument document, byte[] content) {}
