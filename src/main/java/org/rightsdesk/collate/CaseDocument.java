package org.rightsdesk.collate;

import java.time.Instant;

/** A document on a case, without its content or text. */
public record CaseDocument(
    String id,
    String caseReference,
    String fileName,
    DocumentType type,
    long sizeBytes,
    String sha256,
    String foundIn,
    String addedBy,
    Instant addedAt) {

  /** A name we chose, so a download never carries a name or extension from outside. */
  public String downloadName() {
    return caseReference + "-document-" + id.substring(0, 8) + "." + type.extension();
  }
}
