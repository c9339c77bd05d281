package org.rightsdesk.identity;

import java.time.Instant;

/**
 * The record that identity evidence was received. It outlives the copy: once verification is recorded,
 * the content is deleted and {@code contentDeletedAt} says when.
 */
public record StoredEvidence(
    String id,
    String caseReference,
    String documentType,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    Instant contentDeletedAt) {

  public boolean contentAvailable() {
    return contentDeletedAt == null;
  }

  /** A file name that says what the file is without any personal data. */
  public String fileName() {
    String extension =
        switch (contentType) {
          case "application/pdf" -> "pdf";
          case "image/jpeg" -> "jpg";
          default -> "png";
        };
    return caseReference + "-evidence-" + id.substring(0, 8) + "." + extension;
  }
}
