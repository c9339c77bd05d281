package org.rightsdesk.redact;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * True redaction of a PDF: the selected text, image pixels and annotations are removed from the file (not
 * covered), the file's metadata, attachments, scripts, form fields and earlier revisions are dropped, and the
 * output is read back independently before anything is returned. A run whose output still holds redacted data
 * throws and releases nothing.
 */
public final class RedactionService {

  private final ReasonCodes reasonCodes;

  public RedactionService(ReasonCodes reasonCodes) {
    this.reasonCodes = reasonCodes;
  }

  /** Redacts a PDF held in memory; the result holds the redacted bytes. */
  public RedactionResult redact(byte[] pdf, String documentName, RedactionRequest request) throws RedactionException {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("rightsdesk-redact");
      Path input = Files.write(directory.resolve("in.pdf"), pdf);
      Path output = directory.resolve("out.pdf");
      RedactionResult result = redact(input, output, documentName, request);
      return new RedactionResult(Files.readAllBytes(output), result.pages(), result.log(), result.stripped(),
          result.verification(), result.removedText());
    } catch (IOException e) {
      throw new RedactionException("Could not use temporary files for redaction", e);
    } finally {
      deleteQuietly(directory);
    }
  }

  /**
   * Redacts {@code input} into {@code output}, page by page so memory does not grow with the page count. The
   * output file appears only once verification has passed.
   */
  public RedactionResult redact(Path input, Path output, String documentName, RedactionRequest request)
      throws RedactionException {
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
    try {
      Path directory = output.toAbsolutePath().getParent();
      temporary = Files.createTempFile(directory, ".redacting-", ".pdf");
      List<String> stripped = new ArrayList<>();
      PageRedactor pages;
      int pageCount;
      try (PDDocument document = load(input)) {
        document.setAllSecurityToBeRemoved(true);
        stripped.addAll(DocumentSanitiser.detachForms(document));
        pages = new PageRedactor(document, rules, request, documentName, secrets);
        pageCount = document.getNumberOfPages();
        for (int i = 0; i < pageCount; i++) {
          pages.redact(i);
        }
        if (pages.undrawnForms() > 0) {
          stripped.add(pages.undrawnForms() + " form XObjects listed on pages but never drawn");
        }
        stripped.addAll(DocumentSanitiser.strip(document));
        int emptied = DocumentSanitiser.sweepStrings(document,
            text -> !rules.find(text).isEmpty() || containsSecret(PageRedactor.key(text), secrets));
        if (emptied > 0) {
          stripped.add(emptied + " strings holding redacted data (outline titles, tags, annotation text)");
        }
        // a full save, never incremental, so no earlier revision of the file survives
        document.save(temporary.toFile(), CompressParameters.NO_COMPRESSION);
      }
      Verification verification = RedactionVerifier.verify(temporary, rules, secrets);
      if (!verification.passed()) {
        throw new RedactionException(pages.log(), verification);
      }
      Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
      return new RedactionResult(null, pageCount, pages.log(), stripped, verification, pages.removedText());
    } catch (InvalidPasswordException e) {
      throw new RedactionException("The PDF is protected by a password", e);
    } catch (IOException e) {
      throw new RedactionException("Not a readable PDF (" + e.getClass().getSimpleName() + ")", e);
    } finally {
      deleteQuietly(temporary);
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
