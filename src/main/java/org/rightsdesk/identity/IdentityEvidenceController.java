package org.rightsdesk.identity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.security.StaffUser;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff record identity evidence seen in person or received by post, so the check can go ahead. */
@RestController
class IdentityEvidenceController {

  private final IdentityCheckService identity;
  private final CaseWorkService work;

  IdentityEvidenceController(IdentityCheckService identity, CaseWorkService work) {
    this.identity = identity;
    this.work = work;
  }

  enum ReceivedVia { POST, IN_PERSON, EMAIL }

  record EvidenceReceivedBody(@NotNull(message = "must be one of POST, IN_PERSON, EMAIL") ReceivedVia receivedVia) {}

  record EvidenceReceivedResult(String reference, boolean received) {}

  @Operation(summary = "Record that identity evidence was seen or received outside the requester's link (staff)")
  @PostMapping(
      path = "/api/requests/{reference}/identity-evidence-received",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  EvidenceReceivedResult received(
      @PathVariable String reference, @Valid @RequestBody EvidenceReceivedBody body, Authentication authentication) {
    work.get(reference);
    if (!identity.evidenceReceived(reference, body.receivedVia().name(), StaffUser.of(authentication).userId())) {
      throw new InvalidInputException("reference", "this case is not waiting for identity evidence");
    }
    return new EvidenceReceivedResult(reference, true);
  }
}
