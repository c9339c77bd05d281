package org.rightsdesk.request;

import org.rightsdesk.web.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rightsdesk.request.RequestApi.NewRequestBody;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns a submitted request into a {@link NewRequest}, applying who may say what: only staff entering
 * a letter or call may set the channel and the time it arrived, or leave out the email address.
 */
@Component
class NewRequestMapper {

  private final Clock clock;
  private final ObjectMapper json;

  NewRequestMapper(Clock clock, ObjectMapper json) {
    this.clock = clock;
    this.json = json;
  }

  /** Identifies a body for idempotent retries: same fields, same fingerprint. */
  String fingerprint(NewRequestBody body) {
    try {
      return Sha256.hex(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot fingerprint the request", e);
    }
  }

  NewRequest map(NewRequestBody body, boolean staff) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    Instant now = clock.instant();
    if (!staff && body.channel() != null && body.channel() != Channel.WEB) {
      errors.add(new InvalidInputException.FieldError("channel", "may only be set by staff"));
    }
    if (!staff && body.receivedAt() != null) {
      errors.add(new InvalidInputException.FieldError("receivedAt", "may only be set by staff"));
    }
    if (body.receivedAt() != null && body.receivedAt().toInstant().isAfter(now)) {
      errors.add(new InvalidInputException.FieldError("receivedAt", "must not be in the future"));
    }
    RequestApi.RequesterBody requester = body.requester();
    if (isBlank(requester.email())) {
      if (!staff) {
        errors.add(new InvalidInputException.FieldError("requester.email", "must not be empty"));
      } else if (isBlank(requester.postalAddress())) {
        errors.add(
            new InvalidInputException.FieldError(
                "requester.email", "must be given, or a postal address for a request made by letter"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NewRequest(
        new Requester(
            requester.name().trim(),
            blankToNull(requester.email()),
            blankToNull(requester.postalAddress()),
            blankToNull(requester.phone())),
        body.description().trim(),
        body.onBehalfOf() == null
            ? null
            : new OnBehalfOf(body.onBehalfOf().name().trim(), body.onBehalfOf().relationship()),
        body.subjectType(),
        blankToNull(body.school()),
        body.preferredDelivery(),
        body.channel() == null ? Channel.WEB : body.channel(),
        body.receivedAt() == null ? now : body.receivedAt().toInstant(),
        null,
        null);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.trim();
  }
}
