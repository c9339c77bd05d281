package org.rightsdesk.redact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Removes the parts of a PDF that carry information beside the page content: metadata, attachments, scripts,
 * form fields, page-piece data. Earlier revisions go because the output is always written as one fresh file.
 */
final class DocumentSanitiser {

  private static final Set<String> ANNOTATIONS_NEVER_KEPT =
      Set.of("FileAttachment", "Sound", "Movie", "Screen", "RichMedia", "3D");
  private static final Set<String> ACTIONS_NEVER_KEPT =
      Set.of("JavaScript", "Launch", "SubmitForm", "ImportData", "ResetForm", "GoToE", "Rendition");

  private DocumentSanitiser() {}

  /**
   * Removes the interactive form. Its widgets stay on the pages as plain annotations showing their appearance
   * (built from the values first if the form asked viewers to do that), so redaction treats a filled field like
   * any other annotation: one that shows or holds redacted data is deleted. Run before the pages are redacted.
   *
   * @return what was removed, for the result
   */
  static List<String> detachForms(PDDocument document) {
    List<String> removed = new ArrayList<>();
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return removed;
    }
    if (form.getNeedAppearances()) {
      try {
        form.refreshAppearances();
      } catch (IOException | RuntimeException e) {
        removed.add("field appearances could not be built from their values, so some values are not shown");
      }
    }
    document.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
    removed.add("interactive form (fields kept only as their printed appearance)");
    return removed;
  }

  /** Strips the document's extras: information, metadata, scripts, attachments. */
  static List<String> stripDocument(PDDocument document) {
    List<String> removed = new ArrayList<>();
    COSDictionary trailer = document.getDocument().getTrailer();
    if (trailer.containsKey(COSName.INFO)) {
      trailer.removeItem(COSName.INFO);
      removed.add("document information (title, author, producer...)");
    }
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    remove(catalog, COSName.METADATA, "XMP metadata", removed);
    remove(catalog, COSName.OPEN_ACTION, "open action", removed);
    remove(catalog, COSName.AA, "document actions", removed);
    remove(catalog, COSName.PIECE_INFO, "application data (PieceInfo)", removed);
    remove(catalog, COSName.getPDFName("Collection"), "portfolio", removed);
    remove(catalog, COSName.getPDFName("AF"), "associated files", removed);
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null) {
      remove(names, COSName.EMBEDDED_FILES, "embedded files", removed);
      remove(names, COSName.JAVA_SCRIPT, "JavaScript", removed);
    }
    return removed;
  }

  /**
   * Strips the pages' extras: page actions, metadata, thumbnails, and attachment or media annotations. Run after
   * the pages are redacted.
   *
   * @return how many annotations were removed
   */
  static int stripPages(List<PDPage> pages) {
    int annotations = 0;
    for (PDPage page : pages) {
      COSDictionary dict = page.getCOSObject();
      dict.removeItem(COSName.AA);
      dict.removeItem(COSName.METADATA);
      dict.removeItem(COSName.PIECE_INFO);
      dict.removeItem(COSName.getPDFName("Thumb"));
      dict.removeItem(COSName.getPDFName("AF"));
      try {
        List<PDAnnotation> all = page.getAnnotations();
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation annotation : all) {
          if (ANNOTATIONS_NEVER_KEPT.contains(annotation.getSubtype())) {
            annotations++;
            continue;
          }
          COSDictionary a = annotation.getCOSObject();
          a.removeItem(COSName.AA);
          COSDictionary action = a.getCOSDictionary(COSName.A);
          if (action != null && ACTIONS_NEVER_KEPT.contains(action.getNameAsString(COSName.S))) {
            a.removeItem(COSName.A);
          }
          kept.add(annotation);
        }
        if (kept.size() != all.size()) {
          page.setAnnotations(kept);
        }
      } catch (IOException unreadable) {
        page.getCOSObject().removeItem(COSName.ANNOTS);
        annotations++;
      }
    }
    return annotations;
  }

  private static void remove(COSDictionary dictionary, COSName key, String what, List<String> removed) {
    if (dictionary.containsKey(key)) {
      dictionary.removeItem(key);
      removed.add(what);
    }
  }
}
