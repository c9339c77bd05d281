package org.rightsdesk.web;

import java.util.List;

/** Input that breaks a rule; each error names the field so the person can fix it. Answered with 400. */
public class InvalidInputException extends RuntimeException {

  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message() : errors.size() + " fields are invalid");
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
