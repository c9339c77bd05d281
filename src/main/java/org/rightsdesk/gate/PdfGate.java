package org.rightsdesk.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.rightsdesk.redact.RedactionException;
import org.rightsdesk.redact.RedactionRequest;
import org.rightsdesk.redact.RedactionService;

/**
 * PDFs: what true redaction (#6) removes, found before anything is removed, plus hidden optional-content
 * layers ({@link OptionalContent}: groups switched off and membership rules). Cleaning takes the hidden layers and
 * the comment-like annotations out here and hands the rest to {@link RedactionService} with nothing to redact,
 * which strips metadata, attachments, scripts and form fields, saves the file whole (so earlier revisions go) and
 * reads the output back before returning it.
 */
final class PdfGate {

  private static final Set<String> ANNOTATIONS_KEPT = Set.of("Link", "Widget", "Popup");
  private static final Set<String> SCRIPT_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData");
  private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  private final RedactionService redaction;

  PdfGate(RedactionService redaction) {
    this.redaction = redaction;
  }

  List<Finding> inspect(byte[] content) throws IOException {
    List<Finding> findings = new ArrayList<>();
    int revisions = revisions(content);
    if (revisions > 1) {
      findings.add(Finding.blocking(FindingKind.EARLIER_REVISION, "file",
          (revisions - 1) + " earlier revisions saved in the file (incremental updates)"));
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      PDDocumentInformation info = document.getDocumentInformation();
      List<String> filled = new ArrayList<>();
      addIfSet(filled, "author", info.getAuthor());
      addIfSet(filled, "creator", info.getCreator());
      addIfSet(filled, "title", info.getTitle());
      addIfSet(filled, "subject", info.getSubject());
      addIfSet(filled, "keywords", info.getKeywords());
      if (!filled.isEmpty()) {
        findings.add(Finding.advisory(FindingKind.METADATA, "document information",
            "document information filled in: " + String.join(", ", filled)));
      }
      if (catalog.getMetadata() != null) {
        findings.add(Finding.advisory(FindingKind.METADATA, "XMP metadata", "an XMP metadata stream"));
      }
      PDDocumentNameDictionary names = catalog.getNames();
      if (names != null && names.getEmbeddedFiles() != null) {
        findings.add(Finding.blocking(FindingKind.ATTACHMENT, "embedded files", "files attached to the document"));
      }
      if (names != null && names.getJavaScript() != null || scriptAction(catalog.getCOSObject(), COSName.OPEN_ACTION)
          || catalog.getCOSObject().containsKey(COSName.AA)) {
        findings.add(Finding.blocking(FindingKind.SCRIPT, "document", "JavaScript or an action run on opening"));
      }
      PDAcroForm form = catalog.getAcroForm(null);
      if (form != null && !form.getFields().isEmpty()) {
        findings.add(Finding.blocking(FindingKind.FORM_FIELD, "form",
            form.getFields().size() + " form fields, whose values can differ from what the page shows"));
      }
      findings.addAll(OptionalContent.inspect(document));
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        TreeMap<String, Integer> kinds = new TreeMap<>();
        boolean scripts = page.getCOSObject().containsKey(COSName.AA);
        for (PDAnnotation annotation : page.getAnnotations()) {
          String subtype = annotation.getSubtype();
          if ("FileAttachment".equals(subtype)) {
            findings.add(Finding.blocking(FindingKind.ATTACHMENT, "page " + number, "a file attached to the page"));
          } else if (!ANNOTATIONS_KEPT.contains(subtype)) {
            kinds.merge(subtype, 1, Integer::sum);
          }
          scripts |= scriptAction(annotation.getCOSObject(), COSName.A);
        }
        if (!kinds.isEmpty()) {
          findings.add(Finding.blocking(FindingKind.ANNOTATION, "page " + number,
              "annotations (comments, notes, markup): " + kinds));
        }
        if (scripts) {
          findings.add(Finding.blocking(FindingKind.SCRIPT, "page " + number, "actions that run scripts"));
        }
      }
    }
    return findings;
  }

  /**
   * @return the cleaned PDF, or null when the redaction engine refused it (its own verification failed)
   */
  byte[] clean(byte[] content, String fileName) throws IOException {
    byte[] prepared;
    try (PDDocument document = Loader.loadPDF(content)) {
      document.setAllSecurityToBeRemoved(true);
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      OptionalContent.strip(document);
      catalog.getCOSObject().removeItem(COSName.OCPROPERTIES);
      for (PDPage page : document.getPages()) {
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (ANNOTATIONS_KEPT.contains(annotation.getSubtype()) && !"Popup".equals(annotation.getSubtype())) {
            kept.add(annotation);
          }
        }
        page.setAnnotations(kept);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      prepared = out.toByteArray();
    }
    try {
      return redaction.redact(prepared, fileName, new RedactionRequest(List.of(), List.of(), List.of(), null)).pdf();
    } catch (RedactionException e) {
      return null;
    }
  }

  private static boolean scriptAction(COSDictionary holder, COSName key) {
    return holder.getDictionaryObject(key) instanceof COSDictionary action
        && SCRIPT_ACTIONS.contains(action.getNameAsString(COSName.S));
  }

  private static void addIfSet(List<String> filled, String label, String value) {
    if (value != null && !value.isBlank()) {
      filled.add(label);
    }
  }

  /** Each save of a PDF ends with %%EOF; a linearized file has one more for its first-page section. */
  static int revisions(byte[] content) {
    int count = 0;
    for (int i = 0; i <= content.length - EOF_MARKER.length; i++) {
      if (content[i] == '%' && matches(content, i)) {
        count++;
      }
    }
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("/Linearized") ? Math.max(1, count - 1) : count;
  }

  private static boolean matches(byte[] content, int at) {
    for (int j = 0; j < EOF_MARKER.length; j++) {
      if (content[at + j] != EOF_MARKER[j]) {
        return false;
      }
    }
    return true;
  }
}
