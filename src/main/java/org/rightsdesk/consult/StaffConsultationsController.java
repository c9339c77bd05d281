package org.rightsdesk.consult;

import org.rightsdesk.portal.AnswerOutcome;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page of a case's consultations: plan one, see each reply, record one that came another way. */
@Controller
class StaffConsultationsController {

  private final ConsultationService consultations;

  StaffConsultationsController(ConsultationService consultations) {
    this.consultations = consultations;
  }

  @GetMapping("/staff/cases/{reference}/consultations")
  String list(@PathVariable String reference, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("consultations", consultations.forCase(reference));
    model.addAttribute("kinds", ConsulteeKind.values());
    model.addAttribute("replies", ConsultationReply.values());
    return "consult/consultations";
  }

  @PostMapping("/staff/cases/{reference}/consultations")
  String plan(
      @PathVariable String reference,
      @RequestParam(required = false) String consulteeKind,
      @RequestParam(required = false) String consulteeName,
      @RequestParam(required = false) String consulteeEmail,
      @RequestParam(required = false) String proposal,
      @RequestParam(required = false) Integer replyWorkingDays,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    NewConsultation planned = new NewConsultation(consulteeKind, consulteeName, consulteeEmail, proposal, replyWorkingDays);
    try {
      consultations.plan(reference, planned, user.getName());
      redirect.addFlashAttribute("done", "Consultation planned. It is sent when you complete the current step in Tasklist.");
      return "redirect:/staff/cases/" + reference + "/consultations";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("entered", planned);
      return list(reference, model);
    }
  }

  @PostMapping("/staff/cases/{reference}/consultations/{id}/reply")
  String record(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestParam(required = false) String reply,
      @RequestParam(required = false) String reasons,
      @RequestParam(required = false) String via,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    try {
      AnswerOutcome outcome = consultations.record(reference, id, new ConsulteeResponse(reply, reasons, via), user.getName());
      redirect.addFlashAttribute("done", switch (outcome) {
        case ACCEPTED -> "Reply recorded.";
        case ALREADY_ANSWERED -> "This consultation already has a reply; nothing changed.";
        case NOT_WAITING -> "This consultation is not waiting for a reply; nothing changed.";
      });
      return "redirect:/staff/cases/" + reference + "/consultations";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      return list(reference, model);
    }
  }
}
