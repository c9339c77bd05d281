package org.rightsdesk.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a redacted file back as a recipient would, sharing nothing with the code that redacted it: PDFBox's own
 * text extraction page by page, the raw bytes of every string shown by any content stream, every string in the
 * file's objects, and the parts that must be gone. Any redacted item or rule match found is a leak.
 */
final class RedactionVerifier {

  /** Raw string bytes are compared as Latin-1, which only means something for items this long or longer. */
  private static final int SHORTEST_RAW_ITEM = 4;
  private static final long MEMORY_FOR_STREAMS = 16L << 20;

  private final TextRules rules;
  private final Set<String> secrets;
  private final List<String> leaks = new ArrayList<>();

  private RedactionVerifier(TextRules rules, Set<String> secrets) {
    this.rules = rules;
    this.secrets = secrets;
  }

  /**
   * Reads the file in parts of {@code partPages} pages, each opened afresh, so memory does not grow with the page
   * count; the document's own objects and structure are read with the first part.
   *
   * @param secrets every removed item in {@link PageRedactor#key} form
   */
  static Verification verify(Path pdf, TextRules rules, Set<String> secrets, int partPages) throws IOException {
    RedactionVerifier verifier = new RedactionVerifier(rules, secrets);
    PageLookup lookup = new PageLookup();
    int pageCount = Integer.MAX_VALUE;
    for (int from = 0; from < pageCount; from += partPages) {
      try (PDDocument document =
          Loader.loadPDF(pdf.toFile(), MemoryUsageSetting.setupMixed(MEMORY_FOR_STREAMS).streamCache)) {
        if (from == 0) {
          pageCount = document.getNumberOfPages();
          verifier.objectStrings(document.getDocument().getTrailer());
          verifier.structure(document);
        }
        int to = Math.min(from + partPages, pageCount);
        List<PDPage> part = new ArrayList<>();
        for (int i = from; i < to; i++) {
          part.add(lookup.page(document, i));
        }
        verifier.textLayer(document, from, part);
        for (PDPage page : part) {
          verifier.objectStrings(page.getCOSObject());
        }
      }
    }
    return new Verification(verifier.leaks);
  }

  /**
   * One pass of PDFBox's text extraction, which also hands every operand it parses to the raw-string check, then
   * the streams extraction does not draw: annotation appearances and forms listed in resources but never used.
   */
  private void textLayer(PDDocument document, int from, List<PDPage> part) throws IOException {
    StringWriter pageText = new StringWriter();
    StringBuilder shown = new StringBuilder();
    Set<COSStream> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    PDFTextStripper stripper = new PDFTextStripper() {
      private int page = from;

      /** Only this part's pages: walking the whole page tree would read every page. */
      @Override
      protected void processPages(PDPageTree pages) throws IOException {
        for (PDPage page : part) {
          processPage(page);
        }
      }

      @Override
      protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (operands != null) {
          operands.forEach(operand -> collectStrings(operand, shown));
        }
        super.processOperator(operator, operands);
      }

      @Override
      public void showForm(PDFormXObject form) throws IOException {
        drawn.add(form.getCOSObject());
        super.showForm(form);
      }

      @Override
      protected void endPage(PDPage p) throws IOException {
        super.endPage(p);
        page++;
        check("page " + page + " text", pageText.toString());
        checkShown("page " + page + " content strings", shown);
        pageText.getBuffer().setLength(0);
        shown.setLength(0);
      }
    };
    // every glyph counts, even one drawn twice at the same place (and the overlap test is the stripper's slowest)
    stripper.setSuppressDuplicateOverlappingText(false);
    stripper.writeText(document, pageText);

    int number = from;
    for (PDPage page : part) {
      number++;
      for (PDAnnotation annotation : page.getAnnotations()) {
        PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
        if (appearance != null) {
          checkRaw("page " + number + " annotation appearance", appearance, appearance.getResources(), drawn);
        }
      }
      checkUndrawnForms("page " + number, page.getResources(), drawn);
    }
  }

  private void checkRaw(String where, PDContentStream stream, PDResources resources, Set<COSStream> seen)
      throws IOException {
    StringBuilder shown = new StringBuilder();
    for (Object token : new PDFStreamParser(stream).parse()) {
      collectStrings(token, shown);
    }
    checkShown(where, shown);
    checkUndrawnForms(where, resources, seen);
  }

  private void checkUndrawnForms(String where, PDResources resources, Set<COSStream> seen) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
        checkRaw(where + " (form " + name.getName() + ")", form, form.getResources(), seen);
      }
    }
  }

  private void checkShown(String where, CharSequence shown) {
    String raw = PageRedactor.key(shown.toString());
    for (String secret : secrets) {
      if (secret.length() >= SHORTEST_RAW_ITEM && raw.contains(secret)) {
        leaks.add(where + ": raw string bytes hold redacted item " + PageRedactor.sha256(secret));
      }
    }
  }

  private static void collectStrings(Object token, StringBuilder shown) {
    if (token instanceof COSString string) {
      shown.append(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
    } else if (token instanceof COSArray array) {
      array.forEach(element -> collectStrings(element, shown));
    } else if (token instanceof COSDictionary dictionary) {
      dictionary.getValues().forEach(value -> collectStrings(value, shown));
    }
  }

  /**
   * Every string in the objects reachable from {@code root}, without walking into pages or the page tree: each
   * part reads its own pages, so no part reads them all.
   */
  private void objectStrings(COSDictionary root) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<COSBase> pending = new ArrayList<>();
    root.forEach((key, value) -> {
      if (!COSName.ID.equals(key)) {
        pending.add(value);
      }
    });
    while (!pending.isEmpty()) {
      COSBase next = pending.remove(pending.size() - 1);
      if (next instanceof COSObject reference) {
        next = reference.getObject();
      }
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (next instanceof COSString string) {
        check("a string in the file's objects", string.getString());
      } else if (next instanceof COSDictionary dictionary && !isPageOrTree(dictionary)) {
        pending.addAll(dictionary.getValues());
      } else if (next instanceof COSArray array) {
        array.forEach(pending::add);
      }
    }
  }

  private static boolean isPageOrTree(COSDictionary dictionary) {
    COSName type = dictionary.getCOSName(COSName.TYPE);
    return COSName.PAGE.equals(type) || COSName.PAGES.equals(type);
  }

  private void structure(PDDocument document) throws IOException {
    COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
    if (document.getDocument().getTrailer().containsKey(COSName.INFO)) {
      leaks.add("the document information dictionary is present");
    }
    if (catalog.containsKey(COSName.METADATA)) {
      COSBase metadata = catalog.getDictionaryObject(COSName.METADATA);
      if (metadata instanceof COSStream xmp) {
        try (InputStream in = xmp.createInputStream()) {
          check("XMP metadata", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      leaks.add("XMP metadata is present");
    }
    COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
    if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
      leaks.add("embedded files are present");
    }
    if (names != null && names.containsKey(COSName.JAVA_SCRIPT) || catalog.containsKey(COSName.OPEN_ACTION)) {
      leaks.add("a script or open action is present");
    }
    if (catalog.containsKey(COSName.ACRO_FORM)) {
      leaks.add("form fields are present");
    }
  }

  private void check(String where, String text) {
    String key = PageRedactor.key(text);
    for (String secret : secrets) {
      if (!secret.isEmpty() && key.contains(secret)) {
        leaks.add(where + ": holds redacted item " + PageRedactor.sha256(secret));
      }
    }
    for (TextRules.Match match : rules.find(TextRules.normalise(text))) {
      leaks.add(where + ": still matches a " + match.kind() + " rule");
    }
  }
}
