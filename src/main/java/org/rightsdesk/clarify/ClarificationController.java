package org.rightsdesk.clarify;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.security.StaffUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff record a clarification that came by email, post or phone rather than through the requester's link. */
@RestController
class ClarificationController {

  private final ClarificationService clarifications;
  private final CaseWorkService work;

  ClarificationController(ClarificationService clarifications, CaseWorkService work) {
    this.clarifications = clarifications;
    this.work = work;
  }

  enum ReceivedVia { EMAIL, POST, PHONE, IN_PERSON }

  record AnswerBody(
      @NotBlank(message = "must not be empty") @Size(max = 10000, message = "must be at most 10000 characters") String answer,
      @NotNull(message = "must be one of EMAIL, POST, PHONE, IN_PERSON") ReceivedVia receivedVia) {}

  record AnswerResult(String reference, ClarificationService.Answered result) {}

  @Operation(summary = "Record the requester's answer to a clarification question (staff)")
  @PostMapping(
      path = "/api/requests/{reference}/clarification-answer",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  AnswerResult answer(@PathVariable String reference, @Valid @RequestBody AnswerBody body, Authentication authentication) {
    work.get(reference);
    ClarificationService.Answered result =
        clarifications.answer(
            reference, body.answer(), body.receivedVia().name(), StaffUser.of(authentication).userId());
    return new AnswerResult(reference, result);
  }
}
