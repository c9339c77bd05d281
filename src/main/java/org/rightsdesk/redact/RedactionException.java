package org.rightsdesk.redact;

import java.util.List;

/** The document could not be redacted; nothing was released. */
public class RedactionException extends Exception {

  private final transient List<RedactionLogEntry> log;
  private final transient Verification verification;

  RedactionException(String message, Throwable cause) {
    super(message, cause);
    this.log = List.of();
    this.verification = null;
  }

  /** Verification found redacted data in the output, which has been discarded. */
  RedactionException(List<RedactionLogEntry> log, Verification verification) {
    super("Redacted data is still present in the output, so nothing was released: " + verification.leaks());
    this.log = List.copyOf(log);
    this.verification = verification;
  }

  public List<RedactionLogEntry> log() {
    return log;
  }

  /** The failed verification, or null when the input could not be read. */
  public Verification verification() {
    return verification;
  }
}
