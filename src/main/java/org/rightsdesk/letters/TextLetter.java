package org.rightsdesk.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A letter as a PDF from the plain text of the email that carries it, so the PDF says exactly what the
 * email said: the organisation, the date and reference, then the text paragraph by paragraph.
 */
@Component
public class TextLetter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final float BODY = 11;

  public byte[] render(String organisationName, String caseReference, LocalDate dated, String text) {
    try (LetterWriter w = new LetterWriter()) {
      w.paragraph(organisationName, w.bold, 14, LetterWriter.MARGIN, LetterWriter.WIDTH);
      w.gap(6);
      w.line("Our reference: " + caseReference, w.bold, BODY, LetterWriter.MARGIN);
      w.line(DATE.format(dated), w.regular, BODY, LetterWriter.MARGIN);
      w.gap(12);
      for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
        for (String line : paragraph.strip().split("\n")) {
          w.paragraph(line.strip(), w.regular, BODY, LetterWriter.MARGIN, LetterWriter.WIDTH);
        }
        w.gap(6);
      }
      return w.toPdf();
    } catch (IOException e) {
      throw new UncheckedIOException("The letter could not be laid out", e);
    }
  }
}
