package org.rightsdesk.decide;

import org.rightsdesk.web.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page where each document is marked disclose, withhold or redact, with the exemptions relied on. */
@Controller
class StaffDocumentDecisionsController {

  private final DocumentDecisions decisions;

  StaffDocumentDecisionsController(DocumentDecisions decisions) {
    this.decisions = decisions;
  }

  @GetMapping("/staff/cases/{reference}/decisions")
  String list(@PathVariable String reference, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("decisions", decisions.forCase(reference));
    return "decide/documents";
  }

  @PostMapping("/staff/cases/{reference}/decisions/{documentId}")
  String decide(
      @PathVariable String reference,
      @PathVariable String documentId,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String exemptionCodes,
      @RequestParam(required = false) String note,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    try {
      DocumentDecisions.DocumentDecision saved =
          decisions.decide(reference, documentId, decision, exemptionCodes, note, user.getName());
      redirect.addFlashAttribute("done", saved.document().fileName() + ": " + saved.treatment().name().toLowerCase());
      return "redirect:/staff/cases/" + reference + "/decisions";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("failedDocument", documentId);
      return list(reference, model);
    }
  }
}
