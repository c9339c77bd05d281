package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

final class GateAssertions {

  private GateAssertions() {}

  static Finding finding(Inspection inspection, FindingKind kind) {
    return inspection.findings().stream().filter(f -> f.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " finding in " + inspection.findings()));
  }

  static List<FindingKind> kinds(Inspection inspection) {
    return inspection.findings().stream().map(Finding::kind).toList();
  }

  /** Each entry of a zip as UTF-8 text. */
  static Map<String, String> unzip(byte[] zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The bytes as text, with a zip's entries expanded so compression cannot hide a leak from the test. */
  static String expanded(byte[] content) {
    return String.join("\n", unzip(content).values()) + new String(content, StandardCharsets.ISO_8859_1);
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
