package org.rightsdesk.redact;

/** The document could not be redacted; nothing was released. */
public class RedactionException extends Exception {

  private final transient Verification verification;

  RedactionException(String message, Throwable cause) {
    super(message, cause);
    this.verification = null;
  }

  /** Verification found redacted data in the output, which has been discarded. */
  RedactionException(Verification verification) {
    super("Redacted data is still present in the output, so nothing was released: " + verification.leaks());
    this.verification = verification;
  }

  /** The failed verification, or null when the input could not be read. */
  public Verification verification() {
    return verification;
  }
}
