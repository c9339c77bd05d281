package org.rightsdesk.portal;

import org.rightsdesk.web.FileSignatures;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rightsdesk.portal.PortalDesk.Visit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The requester's pages behind a link: the case's status and the one thing the link is for. Plain HTML
 * forms, no JavaScript. A link that does not work says so without telling whether the case exists.
 */
@Controller
@RequestMapping("/portal/{token}")
class PortalController {

  static final int MAX_ANSWER_CHARS = 10_000;

  private final PortalDesk desk;
  private final UploadInspector inspector;

  PortalController(PortalDesk desk, UploadInspector inspector) {
    this.desk = desk;
    this.inspector = inspector;
  }

  @GetMapping
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    Visit visit = desk.visit(token);
    if (visit.state() != Visit.State.OPEN) {
      return refused(visit.state(), model, response);
    }
    if (visit.consultation() != null) {
      return consultationForm(visit, new EnteredReply(null, null), List.of(), model);
    }
    return form(visit, new Entered(null, null), List.of(), model);
  }

  /** A consultee's reply: one of the offered choices, with reasons where the choice needs them. */
  @PostMapping(params = "purpose=CONSULTATION")
  String reply(
      @PathVariable String token,
      @RequestParam(required = false) String reply,
      @RequestParam(required = false) String reasons,
      Model model,
      HttpServletResponse response) {
    Visit visit = desk.visit(token);
    if (visit.state() != Visit.State.OPEN) {
      return refused(visit.state(), model, response);
    }
    if (visit.consultation() == null) {
      return wrongPurpose(model, response);
    }
    String text = reasons == null ? "" : reasons.replace("\r\n", "\n").strip();
    List<FieldError> errors = new ArrayList<>();
    ConsultationView.Choice choice = reply == null ? null : visit.consultation().choice(reply);
    if (choice == null) {
      errors.add(new FieldError("reply", "Choose your reply"));
    } else if (choice.reasonsRequired() && text.isEmpty()) {
      errors.add(new FieldError("reasons", "Give your reasons"));
    }
    if (text.length() > MAX_ANSWER_CHARS) {
      errors.add(new FieldError("reasons", "Your reasons must be " + MAX_ANSWER_CHARS + " characters or fewer"));
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return consultationForm(visit, new EnteredReply(reply, reasons), errors, model);
    }
    Optional<AnswerOutcome> outcome = desk.reply(token, visit.grant(), reply, text.isEmpty() ? null : text);
    if (outcome.isEmpty()) {
      return refused(Visit.State.USED, model, response);
    }
    return switch (outcome.get()) {
      case ACCEPTED -> message(model, "Reply received", "Reply received",
          List.of("Thank you. We have recorded your reply and will take it into account before we disclose anything.",
              "You do not need to use this link again."));
      case ALREADY_ANSWERED -> already(model);
      case NOT_WAITING -> notWaiting(model);
    };
  }

  @PostMapping
  String answer(
      @PathVariable String token,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String documentType,
      @RequestParam(required = false) List<MultipartFile> files,
      Model model,
      HttpServletResponse response) {
    Visit visit = desk.visit(token);
    if (visit.state() != Visit.State.OPEN) {
      return refused(visit.state(), model, response);
    }
    PortalGrant grant = visit.grant();
    if (!grant.purpose().name().equals(purpose)) {
      return wrongPurpose(model, response);
    }
    String reference = grant.caseReference();
    List<FieldError> errors = new ArrayList<>();
    Function<PortalAnswers, AnswerOutcome> call =
        switch (grant.purpose()) {
          case CLARIFICATION -> {
            String text = answer == null ? "" : answer.replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
              errors.add(new FieldError("answer", "Enter your answer"));
            } else if (text.length() > MAX_ANSWER_CHARS) {
              errors.add(new FieldError("answer", "Your answer must be " + MAX_ANSWER_CHARS + " characters or fewer"));
            }
            yield phases -> phases.answerClarification(reference, text);
          }
          case IDENTITY_EVIDENCE -> {
            List<UploadedFile> uploads = uploads(documentType, files, visit.view(), errors);
            yield phases -> phases.submitEvidence(reference, uploads);
          }
          case FEE -> {
            boolean accept = "accept".equals(decision);
            if (!accept && !"decline".equals(decision)) {
              errors.add(new FieldError("decision", "Choose whether you will pay the fee"));
            }
            yield phases -> phases.respondToFee(reference, accept);
          }
          case CONSULTATION -> throw new IllegalStateException("a consultee's reply has its own handler");
        };
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(visit, new Entered(answer, documentType), errors, model);
    }
    Optional<AnswerOutcome> outcome = desk.answer(token, grant, call);
    if (outcome.isEmpty()) {
      return refused(Visit.State.USED, model, response);
    }
    return switch (outcome.get()) {
      case ACCEPTED -> received(grant, reference, model);
      case ALREADY_ANSWERED -> already(model);
      case NOT_WAITING -> notWaiting(model);
    };
  }

  private List<UploadedFile> uploads(
      String documentType, List<MultipartFile> files, PortalCaseView view, List<FieldError> errors) {
    List<String> types = view.evidenceTypes() == null ? List.of() : view.evidenceTypes();
    if (documentType == null || !types.contains(documentType)) {
      errors.add(new FieldError("documentType", "Choose the type of document"));
    }
    // a browser sends one nameless, empty part when no file was chosen
    List<MultipartFile> chosen =
        files == null ? List.of() : files.stream().filter(f -> !(f.isEmpty() && name(f).isEmpty())).toList();
    if (chosen.isEmpty()) {
      errors.add(new FieldError("files", "Choose at least one file"));
      return List.of();
    }
    try {
      inspector.checkCount(chosen.size());
    } catch (UploadRejectedException e) {
      errors.add(new FieldError("files", e.getMessage()));
      return List.of();
    }
    List<UploadedFile> uploads = new ArrayList<>();
    for (MultipartFile file : chosen) {
      String name = name(file);
      try {
        if (file.getSize() > inspector.maxBytes()) {
          throw new UploadRejectedException("The file is larger than " + FileSignatures.size(inspector.maxBytes()) + ".");
        }
        byte[] content = file.getBytes();
        String type = inspector.inspect(file.getContentType(), content);
        uploads.add(new UploadedFile(documentType, name, type, content));
      } catch (UploadRejectedException e) {
        errors.add(new FieldError("files", (name.isEmpty() ? "" : name + ": ") + e.getMessage()));
      } catch (IOException e) {
        errors.add(new FieldError("files", (name.isEmpty() ? "" : name + ": ") + "The file did not arrive whole. Try again."));
      }
    }
    return uploads;
  }

  /** The last part of the name the browser gave, shortened; shown back to the requester only. */
  private static String name(MultipartFile file) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private String form(Visit visit, Entered entered, List<FieldError> errors, Model model) {
    model.addAttribute("title",
        switch (visit.grant().purpose()) {
          case CLARIFICATION -> "Answer our question";
          case IDENTITY_EVIDENCE -> "Send proof of identity";
          case FEE -> "Pay the fee or stop your request";
          case CONSULTATION -> "Your view before we disclose information";
        });
    model.addAttribute("grant", visit.grant());
    model.addAttribute("entered", entered);
    model.addAttribute("view", visit.view());
    model.addAttribute("errors", errors);
    model.addAttribute("maxAnswerChars", MAX_ANSWER_CHARS);
    model.addAttribute("maxFiles", inspector.maxFiles());
    model.addAttribute("maxFileSize", FileSignatures.size(inspector.maxBytes()));
    return "portal/case";
  }

  private String consultationForm(Visit visit, EnteredReply entered, List<FieldError> errors, Model model) {
    model.addAttribute("title", "Your view before we disclose information");
    model.addAttribute("consultation", visit.consultation());
    model.addAttribute("entered", entered);
    model.addAttribute("errors", errors);
    model.addAttribute("maxAnswerChars", MAX_ANSWER_CHARS);
    return "portal/consultation";
  }

  private static String wrongPurpose(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return message(model, "Link cannot be used for this", "This link cannot be used for that answer",
        List.of("Nothing was sent and nothing has changed.",
            "Use the link in our email for the answer we asked you for."));
  }

  private static String received(PortalGrant grant, String reference, Model model) {
    model.addAttribute("confirmation", true);
    model.addAttribute("reference", reference);
    String heading =
        switch (grant.purpose()) {
          case CLARIFICATION -> "Answer received";
          case IDENTITY_EVIDENCE -> "Documents received";
          case FEE -> "Decision received";
          case CONSULTATION -> "Reply received";
        };
    return message(model, heading, heading,
        List.of("Thank you. We have added this to your request.",
            "We will write to you about what happens next. You do not need to use this link again."));
  }

  private static String already(Model model) {
    return message(model, "Already answered", "We already have your answer",
        List.of("Nothing has changed. You do not need to do anything else with this link."));
  }

  private static String notWaiting(Model model) {
    return message(model, "Link no longer needed", "This link is no longer needed",
        List.of("We are not waiting for this from you any more, so nothing has changed.",
            "We will write to you if we need anything else."));
  }

  /** Says why a link does not work without saying whether a case exists behind it. */
  private static String refused(Visit.State state, Model model, HttpServletResponse response) {
    switch (state) {
      case USED -> {
        response.setStatus(HttpStatus.GONE.value());
        return already(model);
      }
      case CLOSED -> {
        response.setStatus(HttpStatus.GONE.value());
        return message(model, "Link expired", "This link has expired",
            List.of("Links stop working after a while, and when we send you a newer one.",
                "Use the newest link in our emails, or reply to our last email and we will send you a new link."));
      }
      case NOT_WAITING -> {
        response.setStatus(HttpStatus.GONE.value());
        return notWaiting(model);
      }
      default -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return message(model, "Link not recognised", "This link does not work",
            List.of("Check you copied the whole link from our email.",
                "If it still does not work, reply to our last email, quoting your request reference."));
      }
    }
  }

  /**
   * A requester sees a page, never the API's problem JSON or our internal wording; the answer's
   * transaction has rolled back, so the link still works for another try.
   */
  @org.springframework.web.bind.annotation.ExceptionHandler(RuntimeException.class)
  String failed(RuntimeException e, Model model, HttpServletResponse response) {
    org.slf4j.LoggerFactory.getLogger(PortalController.class)
        .error("A requester's answer could not be taken: {}", e.getClass().getName());
    response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
    return message(model, "Something went wrong", "Sorry, we could not take your answer",
        List.of("Nothing has changed. Please try again later, or reply to our email instead."));
  }

  private static String message(Model model, String title, String heading, List<String> lines) {
    model.addAttribute("title", title);
    model.addAttribute("heading", heading);
    model.addAttribute("lines", lines);
    return "portal/message";
  }

  /** What the requester typed or chose, shown again with the errors. */
  record Entered(String answer, String documentType) {}

  /** What the consultee chose and wrote, shown again with the errors. */
  record EnteredReply(String reply, String reasons) {}

  /** A problem with one field of the form, linked from the error summary. */
  record FieldError(String field, String message) {}
}
