package org.rightsdesk.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds application/problem+json answers in the one shape the API contract fixes. */
public final class Problems {

  private Problems() {}

  public static ResponseEntity<Object> invalid(List<InvalidInputException.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid request");
    problem.setDetail(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
    problem.setProperty(
        "errors",
        errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    return body(problem);
  }

  public static ResponseEntity<Object> of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setDetail(detail);
    return body(problem);
  }

  private static ResponseEntity<Object> body(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
