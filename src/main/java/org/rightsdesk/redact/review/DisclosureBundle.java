package org.rightsdesk.redact.review;

import org.rightsdesk.web.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.decide.Exemption;
import org.rightsdesk.decide.ExemptionCatalogue;
import org.rightsdesk.letters.LetterWriter;
import org.rightsdesk.request.CaseWorkService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure bundle (seed 003 4.5.3.6): one PDF with a cover sheet, an index, the released documents
 * as redacted and verified, every page numbered, and a glossary of the exemption codes on the redaction
 * boxes. Documents are listed by number and type, never by file name, which can itself name people.
 */
@Service("disclosureBundles")
public class DisclosureBundle {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final CaseRedactions redactions;
  private final ExemptionCatalogue catalogue;
  private final CaseWorkService work;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final String organisationName;

  DisclosureBundle(CaseRedactions redactions, ExemptionCatalogue catalogue, CaseWorkService work, JdbcClient jdbc, Clock clock,
      @Value("${rightsdesk.organisation-name}") String organisationName) {
    this.redactions = redactions;
    this.catalogue = catalogue;
    this.work = work;
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisationName = organisationName;
  }

  /** Makes and keeps the bundle from the last verified run of each document to release. */
  @Transactional
  public byte[] make(String reference) {
    List<CaseRedactions.Releasable> documents = redactions.releasable(reference);
    List<byte[]> parts = new ArrayList<>();
    for (CaseRedactions.Releasable r : documents) {
      parts.add(redactions.redactedPdf(reference, r.document().id())
          .orElseThrow(() -> new RedactionFailedException("Document " + (parts.size() + 1) + " has not been redacted and verified since its redactions last changed")));
    }
    Set<String> codes = new LinkedHashSet<>();
    redactions.log(reference, false).forEach(line -> codes.add(line.reason()));
    byte[] pdf = assemble(reference, documents, parts, codes);
    int pages;
    try (PDDocument done = Loader.loadPDF(pdf)) {
      pages = done.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbc.sql("DELETE FROM disclosure_bundle WHERE case_reference = ?").param(reference).update();
    jdbc.sql("INSERT INTO disclosure_bundle (case_reference, pdf, sha256, pages, made_at) VALUES (?, ?, ?, ?, ?)")
        .params(reference, pdf, Sha256.hex(pdf), pages, clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    work.note(reference, "BUNDLE_MADE", null, documents.size() + " documents, " + pages + " pages");
    return pdf;
  }

  @Transactional(readOnly = true)
  public Optional<byte[]> bundle(String reference) {
    return jdbc.sql("SELECT pdf FROM disclosure_bundle WHERE case_reference = ?").param(reference)
        .query((rs, row) -> rs.getBytes("pdf")).optional();
  }

  private byte[] assemble(String reference, List<CaseRedactions.Releasable> documents, List<byte[]> parts, Set<String> codes) {
    try (PDDocument bundle = new PDDocument()) {
      List<Integer> counts = new ArrayList<>();
      for (byte[] part : parts) {
        try (PDDocument d = Loader.loadPDF(part)) {
          counts.add(d.getNumberOfPages());
        }
      }
      // the front matter's length decides where documents start; lay it out once to measure, then for real
      int frontPages = pageCount(front(reference, documents, counts, 1));
      byte[] front = front(reference, documents, counts, frontPages + 1);
      List<PDDocument> open = new ArrayList<>();
      try {
        append(bundle, Loader.loadPDF(front), open);
        for (byte[] part : parts) {
          append(bundle, Loader.loadPDF(part), open);
        }
        append(bundle, Loader.loadPDF(glossary(codes)), open);
        number(bundle, reference);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bundle.save(out);
        return out.toByteArray();
      } finally {
        for (PDDocument d : open) {
          d.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The disclosure bundle could not be made", e);
    }
  }

  /** Copies the pages (and only what they use), not the source's catalogue, metadata or attachments. */
  private static void append(PDDocument bundle, PDDocument source, List<PDDocument> open) throws IOException {
    open.add(source); // imported pages share the source's streams until the bundle is saved
    for (PDPage page : source.getPages()) {
      bundle.importPage(page);
    }
  }

  private byte[] front(String reference, List<CaseRedactions.Releasable> documents, List<Integer> counts, int firstPage)
      throws IOException {
    try (LetterWriter w = new LetterWriter()) {
      w.paragraph(organisationName, w.bold, 18, LetterWriter.MARGIN, LetterWriter.WIDTH);
      w.gap(8);
      w.paragraph("Disclosure bundle", w.bold, 16, LetterWriter.MARGIN, LetterWriter.WIDTH);
      w.line("Request reference: " + reference, w.regular, 11, LetterWriter.MARGIN);
      w.line("Prepared on " + DATE.format(LocalDate.now(clock.withZone(ClockRequest.UK))), w.regular, 11, LetterWriter.MARGIN);
      w.gap(10);
      w.paragraph("This bundle holds the information we are releasing in answer to your request. Where information has been"
          + " withheld, a black box shows where it was and is labelled with a code; the glossary at the end explains each code."
          + " The text under a box has been removed from the file, not just covered.", w.regular, 11, LetterWriter.MARGIN,
          LetterWriter.WIDTH);
      w.gap(12);
      w.paragraph("Contents", w.bold, 13, LetterWriter.MARGIN, LetterWriter.WIDTH);
      int page = firstPage;
      for (int i = 0; i < documents.size(); i++) {
        CaseRedactions.Releasable d = documents.get(i);
        String what = d.treatment() == org.rightsdesk.decide.DocumentDecisions.Treatment.REDACT ? "redacted" : "in full";
        w.line("Document %d (%s, %s, %d page%s) .......... page %d".formatted(i + 1, d.document().type().name(), what,
            counts.get(i), counts.get(i) == 1 ? "" : "s", page), w.regular, 11, LetterWriter.MARGIN);
        page += counts.get(i);
      }
      w.line("Glossary .......... page " + page, w.regular, 11, LetterWriter.MARGIN);
      return w.toPdf();
    }
  }

  private byte[] glossary(Set<String> codes) throws IOException {
    try (LetterWriter w = new LetterWriter()) {
      w.paragraph("Glossary", w.bold, 16, LetterWriter.MARGIN, LetterWriter.WIDTH);
      w.gap(6);
      w.paragraph("Redaction: removing information from a document before it is released. Each black box marks information"
          + " removed, and its label is the code of the exemption we relied on.", w.regular, 11, LetterWriter.MARGIN, LetterWriter.WIDTH);
      w.gap(6);
      if (codes.isEmpty()) {
        w.paragraph("Nothing has been redacted from the documents in this bundle.", w.regular, 11, LetterWriter.MARGIN, LetterWriter.WIDTH);
      }
      for (String code : codes) {
        Optional<Exemption> e = catalogue.find(code);
        w.paragraph(code + (e.isPresent() ? ": " + e.get().legislation() + ", " + e.get().section() + ", " + e.get().title() : ""),
            w.bold, 11, LetterWriter.MARGIN, LetterWriter.WIDTH);
        e.ifPresent(found -> {
          try {
            w.paragraph(found.explanation(), w.regular, 11, LetterWriter.MARGIN, LetterWriter.WIDTH);
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
        w.gap(4);
      }
      return w.toPdf();
    }
  }

  private static void number(PDDocument bundle, String reference) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    int total = bundle.getNumberOfPages();
    int n = 0;
    for (PDPage page : bundle.getPages()) {
      n++;
      String label = reference + "   Page " + n + " of " + total;
      float width = font.getStringWidth(label) / 1000 * 8;
      var box = page.getMediaBox();
      try (PDPageContentStream stream = new PDPageContentStream(bundle, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream.beginText();
        stream.setFont(font, 8);
        stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 14);
        stream.showText(label);
        stream.endText();
      }
    }
  }

  private static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    }
  }
}
