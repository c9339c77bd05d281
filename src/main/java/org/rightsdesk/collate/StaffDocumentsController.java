package org.rightsdesk.collate;

import java.util.List;
import java.util.stream.Collectors;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page listing a case's documents with what the disclosure gate found in each, and a form to add one. */
@Controller
class StaffDocumentsController {

  private final CollateService collate;
  private final DocumentInspections inspections;
  private final OriginalAccess originals;

  StaffDocumentsController(CollateService collate, DocumentInspections inspections, OriginalAccess originals) {
    this.collate = collate;
    this.inspections = inspections;
    this.originals = originals;
  }

  @GetMapping("/staff/cases/{reference}/documents")
  String list(@PathVariable String reference, Model model) {
    List<CaseDocument> documents = collate.documents(reference);
    model.addAttribute("reference", reference);
    model.addAttribute("documents", documents);
    // what each file holds beside what its reader sees (issue #10): hidden sheets, tracked changes, metadata
    model.addAttribute("inspections", documents.stream().collect(Collectors.toMap(CaseDocument::id,
        inspections::of)));
    model.addAttribute("searchMinutes", collate.totalSearchMinutes(reference));
    return "collate/documents";
  }

  @PostMapping("/staff/cases/{reference}/documents")
  String add(
      @PathVariable String reference,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "foundIn", required = false) String foundIn,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    try {
      byte[] content = file == null || file.isEmpty() ? new byte[0] : CollateController.bytes(file);
      CaseDocument added = collate.addDocument(reference, file == null ? null : file.getOriginalFilename(), content,
          foundIn, user.getName());
      redirect.addFlashAttribute("added", added.fileName());
      return "redirect:/staff/cases/" + reference + "/documents";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("foundIn", foundIn);
      return list(reference, model);
    }
  }

  @GetMapping("/staff/cases/{reference}/documents/{id}/content")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id, Authentication user) {
    originals.check(reference, id, user);
    return CollateController.download(collate.content(reference, id));
  }
}
