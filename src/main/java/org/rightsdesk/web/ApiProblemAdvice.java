package org.rightsdesk.web;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details; validation problems list each bad field by its JSON
 * path. Bad input is never a 500, and no message echoes what the caller sent (it may be personal data).
 */
@RestControllerAdvice
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalid(InvalidInputException e) {
    return Problems.invalid(e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  ResponseEntity<Object> forbidden(org.springframework.security.access.AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    log.error("Unexpected error answering an API call: {}", e.getClass().getName(), e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "The request could not be completed. Nothing you sent was lost; please try again later.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidInputException.FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
            .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
            .toList();
    return Problems.invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return Problems.invalid(List.of(describe(e.getCause())));
  }

  /** The contract answers a wrong content type with 400 like any other bad input. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "Unsupported content type",
        "Send the request body as JSON with the header Content-Type: application/json.");
  }

  private static InvalidInputException.FieldError describe(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException) {
        return new InvalidInputException.FieldError("body", "is not valid JSON");
      }
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new InvalidInputException.FieldError(path(unknown), "is not a known field");
    }
    if (cause instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      String message =
          target != null && target.isEnum()
              ? "must be one of "
                  + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
              : "has the wrong format" + formatHint(target);
      return new InvalidInputException.FieldError(path(format), message);
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return new InvalidInputException.FieldError(path(mismatch), "has the wrong type");
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new InvalidInputException.FieldError(path(mapping), "has the wrong format");
    }
    return new InvalidInputException.FieldError("body", "must be a JSON object");
  }

  private static String formatHint(Class<?> target) {
    if (target == null) {
      return "";
    }
    return switch (target.getSimpleName()) {
      case "OffsetDateTime", "Instant" -> ": use an ISO 8601 date-time such as 2026-03-02T09:30:00Z";
      case "LocalDate" -> ": use a date such as 2026-03-02";
      default -> "";
    };
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}
