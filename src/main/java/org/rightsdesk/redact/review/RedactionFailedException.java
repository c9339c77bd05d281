package org.rightsdesk.redact.review;

/**
 * A redaction run whose output failed verification (or could not be made): nothing was kept for release.
 * In the process it fails the step, so the job's retries end in an incident in Cockpit.
 */
public class RedactionFailedException extends RuntimeException {
  public RedactionFailedException(String message) {
    super(message);
  }
}
