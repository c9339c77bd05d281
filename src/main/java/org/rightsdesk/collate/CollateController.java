package org.rightsdesk.collate;

import org.rightsdesk.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents and searches on a case, for staff and their tools (HTTP Basic, staff groups). */
@RestController
@Tag(name = "Collate", description = "Documents found for a case and the searches made (staff)")
class CollateController {

  record DocumentView(String id, String fileName, String type, String contentType, long size, String sha256,
      String foundIn, String addedBy, Instant addedAt) {
    static DocumentView of(CaseDocument d) {
      return new DocumentView(d.id(), d.fileName(), d.type().name(), d.type().contentType(), d.sizeBytes(), d.sha256(),
          d.foundIn(), d.addedBy(), d.addedAt());
    }
  }

  record SearchLog(List<SearchRecord> searches, int totalMinutes) {}

  private final CollateService collate;
  private final OriginalAccess originals;

  CollateController(CollateService collate, OriginalAccess originals) {
    this.collate = collate;
    this.originals = originals;
  }

  @Operation(summary = "Add a document to a case (staff)",
      description = "Multipart with file and foundIn (the system or folder it came from). PDF, DOCX, DOC (Word"
          + " 97-2003), OpenDocument text (.odt), .eml, Outlook .msg, Excel or OpenDocument workbooks, JPEG, PNG or UTF-8 text, recognised by"
          + " content, up to rightsdesk.documents.max-bytes. 201 with id, type, size and"
          + " sha256; 400 naming the field otherwise.")
  @PostMapping(path = "/api/requests/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DocumentView> add(
      @PathVariable String reference,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "foundIn", required = false) String foundIn,
      Authentication user) {
    CaseDocument added = collate.addDocument(reference, file == null ? null : file.getOriginalFilename(), bytes(file),
        foundIn, user.getName());
    return ResponseEntity.created(URI.create("/api/requests/" + reference + "/documents/" + added.id()))
        .body(DocumentView.of(added));
  }

  @Operation(summary = "List a case's documents, without content (staff)")
  @GetMapping(path = "/api/requests/{reference}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DocumentView> list(@PathVariable String reference) {
    return collate.documents(reference).stream().map(DocumentView::of).toList();
  }

  @Operation(summary = "Download a document (staff)", description = "Always an attachment of its detected type. The"
      + " original of a document with something redacted or withheld is for the DPO, managers and the case's team (403).")
  @GetMapping("/api/requests/{reference}/documents/{id}/content")
  ResponseEntity<byte[]> content(@PathVariable String reference, @PathVariable String id, Authentication user) {
    originals.check(reference, id, user);
    return download(collate.content(reference, id));
  }

  @Operation(summary = "Log a search for the information (staff)",
      description = "system and minutes are required; searchedBy defaults to the signed-in user.")
  @PostMapping(path = "/api/requests/{reference}/searches", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SearchRecord> logSearch(@PathVariable String reference, @RequestBody NewSearch body, Authentication user) {
    SearchRecord logged = collate.logSearch(reference, body, user.getName());
    return ResponseEntity.created(URI.create("/api/requests/" + reference + "/searches")).body(logged);
  }

  @Operation(summary = "List the searches logged for a case, with the total minutes (staff)")
  @GetMapping(path = "/api/requests/{reference}/searches", produces = MediaType.APPLICATION_JSON_VALUE)
  SearchLog searches(@PathVariable String reference) {
    return new SearchLog(collate.searches(reference), collate.totalSearchMinutes(reference));
  }

  static byte[] bytes(MultipartFile file) {
    if (file == null) {
      throw new InvalidInputException(DocumentInspector.FIELD, "choose a file to add");
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException(DocumentInspector.FIELD, "could not be read; try sending it again");
    }
  }

  /**
   * Never shown in the browser: the file came from outside, so the browser must neither guess its type nor run
   * anything in it on our origin.
   */
  static ResponseEntity<byte[]> download(DocumentContent file) {
    return Downloads.attachment(MediaType.parseMediaType(file.document().type().contentType()), file.document().downloadName())
        .contentLength(file.content().length)
        .body(file.content());
  }
}
