package org.rightsdesk.redact;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Writes the benchmark document for bench/redact/run.sh: a case file of N text pages in three fonts (Helvetica,
 * Times, and DejaVu Sans as a Type0 font), a letterhead form XObject on every page, a sticky note every 50 pages
 * and one scanned page in the middle. The name "Jonathan Smithers" appears three times on each text page.
 *
 * <p>Usage: {@code RedactBenchCorpus OUT.pdf PAGES}
 */
public final class RedactBenchCorpus {

  private static final String[] SENTENCES = {
      "The council received the request on 3 March and acknowledged it the same day.",
      "Jonathan Smithers asked for all records held about the planning application.",
      "Searches covered the planning, legal and highways teams and their shared mailboxes.",
      "Officers consulted the third party named in the correspondence before deciding.",
      "Write to jonathan.smithers@example.org with any question about this response.",
      "Some information is withheld because disclosure would breach the data protection principles.",
      "The case reference is RD-2024-0117; please quote it in any request for internal review.",
      "Information already published on the council website is not repeated here.",
      "A copy was sent to Jonathan Smithers by recorded delivery on the following Monday.",
      "The public interest in transparency was weighed against the interest in confidentiality."};

  private RedactBenchCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int pages = Integer.parseInt(args[1]);
    try (PDDocument document = new PDDocument()) {
      PDFont[] fonts = {
          new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN),
          PDType0Font.load(document, TrickyPdfs.DEJAVU.toFile())};
      PDFormXObject letterhead = letterhead(document, fonts[0]);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        if (p == pages / 2) {
          try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(TrickyPdfs.scan(document), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          }
          continue;
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawForm(letterhead);
          for (int line = 0; line < 40; line++) {
            content.beginText();
            content.setFont(fonts[(p + line) % fonts.length], 10);
            content.newLineAtOffset(56, 740 - line * 17);
            content.showText(SENTENCES[(p + line) % SENTENCES.length]);
            content.endText();
          }
        }
        if (p % 50 == 0) {
          PDAnnotationText note = new PDAnnotationText();
          note.setRectangle(new PDRectangle(500, 780, 20, 20));
          note.setContents("Checked against the file kept by Jonathan Smithers");
          page.getAnnotations().add(note);
        }
      }
      document.getDocumentInformation().setAuthor("Jonathan Smithers");
      document.save(out.toFile());
    }
  }

  private static PDFormXObject letterhead(PDDocument document, PDFont font) throws IOException {
    PDFormXObject form = new PDFormXObject(document);
    form.setBBox(new PDRectangle(0, 0, 595, 60));
    form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
    form.getResources().put(COSName.getPDFName("F1"), font);
    try (var out = form.getContentStream().createOutputStream()) {
      out.write("q 0.2 0.3 0.5 rg 56 30 483 2 re f Q BT /F1 14 Tf 56 40 Td (Rightsdesk District Council) Tj ET"
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return form;
  }
}
