package org.rightsdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fees notice as a PDF, read back by PDFBox and by poppler's pdftotext as a person's reader would. */
class FeeNoticeLetterTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);
  static final LocalDate PAY_BY = LocalDate.of(2027, 2, 23); // three months: FOIA s9(2)

  final FeeNoticeLetter letter = new FeeNoticeLetter();
  final FeeEstimate schoolFoi = new FeeCalculator().estimate(
      new FeeQuestion(FeeRegime.FOI, false, new BigDecimal("12.5"), 120, 10, true, 0, false, false));

  @TempDir Path dir;

  @Test
  void a_fees_notice_shows_the_reference_breakdown_total_pay_by_date_and_what_happens_meanwhile() throws Exception {
    byte[] pdf = letter.render(details("Ada Lovelace", "1 High St\nNorwich NR2 1NR", "Pay by bank transfer."));

    String text = pdfBoxText(pdf);
    assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(text)
        .contains("IR-2026-000123", "£14.91", "23 February 2027", "23 November 2026", "Ada Lovelace", "Norwich NR2 1NR")
        .contains("Black-and-white copies (sheets)", "£12.00", "Seed 003 5.2.4.6: 10p per black-and-white sheet")
        .contains("Pay by bank transfer.", "section 10(2)", "section 9(2)", "lapse");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
    }
  }

  @Test
  void pdftotext_reads_the_reference_total_and_pay_by_date() throws Exception {
    byte[] pdf = letter.render(details("Ada Lovelace", null, "Pay at the school office."));

    assertThat(pdftotext(pdf)).contains("IR-2026-000123", "£14.91", "23 February 2027", "Pay at the school office.");
  }

  @Test
  void a_name_in_scripts_WinAnsi_cannot_encode_still_renders_with_the_fallback_font_or_question_marks() throws Exception {
    String name = "Łukasz Петров محمد 😀 Zoë";

    byte[] pdf = letter.render(details(name, "ул. Ленина 1\nКиев", "Pay online. 💷"));

    String text = pdfBoxText(pdf);
    // Polish and Cyrillic from Liberation Sans; Arabic (right to left) and emoji as "?"; Latin-1 stays Helvetica
    assertThat(text).contains("Łukasz Петров ???? ? Zoë", "ул. Ленина 1", "Pay online. ?", "£14.91");
    assertThat(pdftotext(pdf)).contains("Łukasz Петров", "Zoë", "IR-2026-000123");
  }

  @Test
  void a_long_payment_text_wraps_and_runs_onto_a_second_page() throws Exception {
    String howToPay = String.join("\n", Collections.nCopies(60,
        "Pay by bank transfer to sort code 00-00-00, account 12345678, quoting the reference above so we can match it."))
        + "\nhttps://payments.example.org/a-very-long-address-without-any-spaces-that-is-wider-than-a-line-of-the-letter";

    byte[] pdf = letter.render(details("Ada Lovelace", null, howToPay));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(pdfBoxText(pdf).replace("\n", "").replace("\r", "")).contains("wider-than-a-line-of-the-letter", "Yours sincerely");
  }

  @Test
  void no_notice_for_a_refusal_over_the_cost_limit_a_zero_fee_or_a_pay_by_date_before_the_notice() {
    FeeEstimate over = new FeeEstimate(new BigDecimal("0.00"), true, new BigDecimal("450.00"),
        new BigDecimal("456.25"), List.of());
    FeeEstimate free = new FeeEstimate(new BigDecimal("0.00"), false, null, null, List.of());

    assertThatThrownBy(() -> letter.render(details(over))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> letter.render(details(free))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> letter.render(new FeeNoticeDetails(FeeRegime.FOI, "City Academy Trust", "IR-2026-000123", "Ada",
        null, ISSUED, ISSUED.minusDays(1), schoolFoi, "Pay online."))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> letter.render(new FeeNoticeDetails(FeeRegime.FOI, "City Academy Trust", "IR-2026-000123", " ",
        null, ISSUED, PAY_BY, schoolFoi, "Pay online."))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void each_law_gives_its_own_reason_for_waiting_for_the_fee() throws IOException {
    String foi = pdfBoxText(letter.render(details(schoolFoi)));
    String eir = pdfBoxText(letter.render(new FeeNoticeDetails(FeeRegime.EIR, "City Academy Trust", "IR-2026-000123",
        "Ada Lovelace", null, ISSUED, PAY_BY, schoolFoi, "Pay online.")));
    String sar = pdfBoxText(letter.render(new FeeNoticeDetails(FeeRegime.SAR, "City Academy Trust", "IR-2026-000123",
        "Ada Lovelace", null, ISSUED, PAY_BY, schoolFoi, "Pay online.")));

    assertThat(foi).contains("section 10(2)").contains("section 9(2)");
    assertThat(eir).contains("regulation 8").doesNotContain("Freedom of Information");
    assertThat(sar).contains("article 12(5)").doesNotContain("Freedom of Information");
  }

  private FeeNoticeDetails details(String name, String address, String howToPay) {
    return new FeeNoticeDetails(FeeRegime.FOI, "City Academy Trust", "IR-2026-000123", name, address, ISSUED, PAY_BY, schoolFoi,
        howToPay);
  }

  private static FeeNoticeDetails details(FeeEstimate estimate) {
    return new FeeNoticeDetails(FeeRegime.FOI, "City Academy Trust", "IR-2026-000123", "Ada Lovelace", null, ISSUED, PAY_BY,
        estimate, "Pay online.");
  }

  private static String pdfBoxText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private String pdftotext(byte[] pdf) throws Exception {
    Path file = dir.resolve("notice.pdf");
    Files.write(file, pdf);
    Process process = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true)
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
