package org.rightsdesk.redact;

import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * True redaction of a PDF: the selected text, image pixels and annotations are removed from the file (not
 * covered), the file's metadata, attachments, scripts, form fields and earlier revisions are dropped, and the
 * output is read back independently before anything is returned. A run whose output still holds redacted data
 * throws and releases nothing.
 */
public final class RedactionService {

  /** Pages redacted and written together: enough to share their fonts, few enough to keep memory flat. */
  static final int PART_PAGES = 200;

  private final ReasonCodes reasonCodes;
  private final int partPages;

  public RedactionService(ReasonCodes reasonCodes) {
    this(reasonCodes, PART_PAGES);
  }

  RedactionService(ReasonCodes reasonCodes, int partPages) {
    this.reasonCodes = reasonCodes;
    this.partPages = partPages;
  }

  /** Redacts a PDF held in memory; the result holds the redacted bytes and the log. */
  public RedactionResult redact(byte[] pdf, String documentName, RedactionRequest request) throws RedactionException {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("rightsdesk-redact");
      Path input = Files.write(directory.resolve("in.pdf"), pdf);
      Path output = directory.resolve("out.pdf");
      List<RedactionLogEntry> log = new ArrayList<>();
      RedactionResult result = redact(input, output, documentName, request, log::add);
      return new RedactionResult(Files.readAllBytes(output), result.pages(), log, result.stripped(),
          result.verification(), result.removedText());
    } catch (IOException e) {
      throw new RedactionException("Could not use temporary files for redaction", e);
    } finally {
      deleteQuietly(directory);
    }
  }

  /**
   * Redacts {@code input} into {@code output} in parts of a few hundred pages, each read, redacted and written
   * before the next is opened, so memory does not grow with the page count. Each redaction goes to {@code log}
   * as it is made (the result's own log is empty). The output file appears only once verification has passed.
   */
  public RedactionResult redact(Path input, Path output, String documentName, RedactionRequest request,
      Consumer<RedactionLogEntry> log) throws RedactionException {
    Set<String> unknown = reasonCodes.unknown(request);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Not exemption codes from the catalogue: " + unknown);
    }
    TextRules rules = new TextRules(request);
    Set<String> secrets = new HashSet<>();
    request.terms().forEach(term -> secrets.add(PageRedactor.key(term.text())));
    if (request.detector() != null) {
      request.detector().thirdPartyNames().forEach(name -> secrets.add(PageRedactor.key(name)));
    }
    Path temporary = null;
    Path prepared = null;
    try {
      Path directory = output.toAbsolutePath().getParent();
      temporary = Files.createTempFile(directory, ".redacting-", ".pdf");
      List<String> stripped = new ArrayList<>();
      Map<String, String> removedText = new LinkedHashMap<>();
      Path source = input;
      int pageCount;
      try (PDDocument document = load(input)) {
        pageCount = document.getNumberOfPages();
        if (document.getDocumentCatalog().getCOSObject().containsKey(COSName.ACRO_FORM)) {
          // the form spans the document, so it is detached once, whole, before the pages are redacted in parts
          document.setAllSecurityToBeRemoved(true);
          stripped.addAll(DocumentSanitiser.detachForms(document));
          prepared = Files.createTempFile(directory, ".redacting-", ".pdf");
          document.save(prepared.toFile(), CompressParameters.NO_COMPRESSION);
          source = prepared;
        }
      }
      if (pageCount == 0) {
        throw new RedactionException("The PDF has no pages", null);
      }
      int undrawnForms = 0;
      int annotations = 0;
      int emptied = 0;
      Predicate<String> redactedString =
          text -> !rules.find(text).isEmpty() || containsSecret(PageRedactor.key(text), secrets);
      PageLookup lookup = new PageLookup();
      try (PdfPartWriter writer = new PdfPartWriter(
          new BufferedOutputStream(Files.newOutputStream(temporary)), redactedString)) {
        for (int from = 0; from < pageCount; from += partPages) {
          int to = Math.min(from + partPages, pageCount);
          try (PDDocument document = load(source)) {
            PageRedactor pages = new PageRedactor(document, rules, request, documentName, secrets, log, removedText);
            List<PDPage> part = new ArrayList<>();
            for (int i = from; i < to; i++) {
              part.add(lookup.page(document, i));
              pages.redact(i, part.get(i - from));
            }
            undrawnForms += pages.undrawnForms();
            List<String> documentExtras = DocumentSanitiser.stripDocument(document);
            if (from == 0) {
              stripped.addAll(documentExtras);
            }
            annotations += DocumentSanitiser.stripPages(part);
            writer.writePages(part);
            if (to == pageCount) {
              boolean whole = from == 0;
              if (!whole) {
                stripped.addAll(PdfPartWriter.leftOutOfParts(document, partPages));
              }
              emptied = writer.finish(document, whole);
            }
          }
        }
      }
      if (undrawnForms > 0) {
        stripped.add(undrawnForms + " form XObjects listed on pages but never drawn");
      }
      if (annotations > 0) {
        stripped.add(annotations + " attachment or media annotations");
      }
      if (emptied > 0) {
        stripped.add(emptied + " strings holding redacted data (outline titles, tags, annotation text)");
      }
      Verification verification = RedactionVerifier.verify(temporary, rules, secrets, partPages);
      if (!verification.passed()) {
        throw new RedactionException(verification);
      }
      Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
      return new RedactionResult(null, pageCount, List.of(), stripped, verification, removedText);
    } catch (InvalidPasswordException e) {
      throw new RedactionException("The PDF is protected by a password", e);
    } catch (IOException e) {
      throw new RedactionException("Not a readable PDF (" + e.getClass().getSimpleName() + ")", e);
    } finally {
      deleteQuietly(temporary);
      deleteQuietly(prepared);
    }
  }

  /**
   * What the personal-data detector (and the case's third-party names) would redact, page by page, without
   * changing anything: the list a caseworker reviews before choosing.
   */
  public List<Suggestion> suggest(byte[] pdf, RedactionRequest.Detection detection) throws RedactionException {
    TextRules rules = new TextRules(new RedactionRequest(List.of(), List.of(), List.of(), detection));
    List<Suggestion> suggestions = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        PageScanner scanner = new PageScanner(document.getPage(i));
        scanner.scanPage();
        PageText text = PageText.of(scanner.pageGlyphs());
        for (TextRules.Match match : rules.find(text.text())) {
          Rectangle2D box = null;
          for (Rectangle2D line : PageRedactor.lineBoxes(text.glyphs(match.start(), match.end()))) {
            if (box == null) {
              box = line;
            } else {
              box.add(line);
            }
          }
          if (box != null) {
            suggestions.add(new Suggestion(i + 1, match.kind(), new RedactionLogEntry.Box((float) box.getX(),
                (float) box.getY(), (float) box.getWidth(), (float) box.getHeight()),
                text.text().substring(match.start(), match.end())));
          }
        }
      }
    } catch (InvalidPasswordException e) {
      throw new RedactionException("The PDF is protected by a password", e);
    } catch (IOException e) {
      throw new RedactionException("Not a readable PDF (" + e.getClass().getSimpleName() + ")", e);
    }
    return suggestions;
  }

  /** Every stream the redaction writes goes to a scratch file, so the heap holds only the object structure. */
  private static PDDocument load(Path input) throws IOException {
    return Loader.loadPDF(input.toFile(), MemoryUsageSetting.setupTempFileOnly().streamCache);
  }

  private static boolean containsSecret(String key, Set<String> secrets) {
    for (String secret : secrets) {
      if (!secret.isEmpty() && key.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try (var walk = Files.walk(path)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary file left behind holds only what the caller already has
    }
  }
}
