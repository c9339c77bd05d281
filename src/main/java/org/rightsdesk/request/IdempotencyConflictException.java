package org.rightsdesk.request;

import org.rightsdesk.web.InvalidInputException;

/** The Idempotency-Key was used before with a different request body. */
public class IdempotencyConflictException extends InvalidInputException {
  public IdempotencyConflictException() {
    super(
        "Idempotency-Key",
        "was already used for a different request; use a new key for a new request");
  }
}
