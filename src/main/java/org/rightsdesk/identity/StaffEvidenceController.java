package org.rightsdesk.identity;

import org.rightsdesk.web.Downloads;
import org.rightsdesk.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff see what identity evidence a case received and download the copies while they are kept. */
@Controller
class StaffEvidenceController {

  private final EvidenceStore evidence;

  StaffEvidenceController(EvidenceStore evidence) {
    this.evidence = evidence;
  }

  @GetMapping("/staff/cases/{reference}/evidence")
  String list(@PathVariable String reference, Model model) {
    model.addAttribute("reference", checked(reference));
    model.addAttribute("evidence", evidence.list(reference));
    return "identity/evidence";
  }

  /**
   * Always a download, never shown in the browser: the file came from outside, so the browser must
   * neither guess its type nor run anything in it on our origin.
   */
  @GetMapping("/staff/cases/{reference}/evidence/{id}")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id) {
    EvidenceContent file =
        evidence.read(checked(reference), id).orElseThrow(() -> new NotFoundException("No copy of that evidence is kept."));
    return Downloads.attachment(MediaType.parseMediaType(file.evidence().contentType()), file.evidence().fileName())
        .contentLength(file.content().length)
        .body(file.content());
  }

  private static String checked(String reference) {
    if (!reference.matches("IR-\\d{4}-\\d{6}")) {
      throw new NotFoundException("No such case.");
    }
    return reference;
  }
}
