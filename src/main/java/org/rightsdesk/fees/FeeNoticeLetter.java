package org.rightsdesk.fees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.rightsdesk.letters.LetterWriter;
import org.springframework.stereotype.Component;

/**
 * A fees notice as an A4 PDF letter: the charges, the total, the date to pay by and how, and what happens
 * meanwhile. Seed 003 5.2.3.1: where a charge applies a fees notice is issued and payment is required before
 * the request is completed. The letter holds personal data, so nothing of it is logged.
 */
@Component
public class FeeNoticeLetter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final float BODY = 11;
  private static final float SMALL = 8;
  private static final float RIGHT = LetterWriter.MARGIN + LetterWriter.WIDTH;
  private static final float QUANTITY_RIGHT = LetterWriter.MARGIN + 320;
  private static final float UNIT_PRICE_RIGHT = LetterWriter.MARGIN + 400;
  private static final float ITEM_WIDTH = 250;

  /** @throws IllegalArgumentException when something the letter needs is missing, or there is no fee to ask for */
  public byte[] render(FeeNoticeDetails d) {
    check(d);
    try (LetterWriter w = new LetterWriter()) {
      PDDocumentInformation info = w.document().getDocumentInformation();
      info.setTitle("Fees notice " + d.caseReference());
      w.document().getDocumentCatalog().setLanguage("en-GB");
      write(w, d);
      return w.toPdf();
    } catch (IOException e) {
      throw new UncheckedIOException("the fees notice could not be rendered", e);
    }
  }

  /** The law that lets us wait for the fee, in the requester's terms. */
  private static String pausedUntilPaid(FeeRegime regime) {
    return switch (regime) {
      case FOI -> "The time we have to respond is paused from the date of this notice until we receive your payment"
          + " (Freedom of Information Act 2000, section 10(2)). Once it arrives we will complete your request.";
      case EIR -> "We may ask for payment before we make the information available (Environmental Information"
          + " Regulations 2004, regulation 8); the time we have to respond is paused until we receive it.";
      case SAR -> "We do not have to respond to the request until we receive the fee (UK GDPR, article 12(5));"
          + " the time we have to respond starts again when it arrives.";
      case SAR_DPA1998 -> "Under our data protection policy the 40 days we have to respond start when we receive"
          + " the fee.";
    };
  }

  private static String lapse(FeeRegime regime) {
    return regime == FeeRegime.FOI
        ? "we will not be required to answer your request and it will lapse (section 9(2))."
        : "we will close your request.";
  }

  private static void write(LetterWriter w, FeeNoticeDetails d) throws IOException {
    String payBy = DATE.format(d.payBy());
    w.paragraph(d.organisationName(), w.bold, 14, LetterWriter.MARGIN, LetterWriter.WIDTH);
    w.gap(BODY);
    float top = w.y();
    w.line(DATE.format(d.issuedOn()), w.regular, BODY, LetterWriter.MARGIN + 360);
    w.moveTo(top);
    w.paragraph(d.requesterName(), w.regular, BODY, LetterWriter.MARGIN, 320);
    if (d.postalAddress() != null && !d.postalAddress().isBlank()) {
      w.paragraph(d.postalAddress(), w.regular, BODY, LetterWriter.MARGIN, 320);
    }
    w.gap(BODY);
    w.line("Our reference: " + d.caseReference(), w.bold, BODY, LetterWriter.MARGIN);
    w.gap(BODY);
    w.line("Fees notice", w.bold, 16, LetterWriter.MARGIN);
    w.gap(4);
    w.paragraph("Dear " + d.requesterName() + ",", w.regular, BODY, LetterWriter.MARGIN, LetterWriter.WIDTH);
    w.gap(4);
    text(w, "Thank you for your request. Before we can send you the information, please pay the fee below. It is"
        + " worked out from our published schedule of charges.");
    w.gap(BODY);
    table(w, d.estimate());
    w.gap(BODY);
    w.line("Please pay by " + payBy + ".", w.bold, BODY, LetterWriter.MARGIN);
    w.gap(4);
    w.line("How to pay", w.bold, BODY, LetterWriter.MARGIN);
    text(w, d.howToPay());
    w.gap(BODY);
    w.line("What happens next", w.bold, BODY, LetterWriter.MARGIN);
    text(w, pausedUntilPaid(d.regime()));
    w.gap(4);
    text(w, "If we have not received your payment by " + payBy + ", " + lapse(d.regime())
        + " You are welcome to make a new request at any time.");
    w.gap(4);
    text(w, "If you have any questions about this fee, please contact us and quote the reference above.");
    w.gap(BODY);
    w.line("Yours sincerely,", w.regular, BODY, LetterWriter.MARGIN);
    w.gap(BODY);
    w.paragraph("Information rights team, " + d.organisationName(), w.regular, BODY, LetterWriter.MARGIN,
        LetterWriter.WIDTH);
  }

  private static void text(LetterWriter w, String text) throws IOException {
    w.paragraph(text, w.regular, BODY, LetterWriter.MARGIN, LetterWriter.WIDTH);
  }

  private static void table(LetterWriter w, FeeEstimate estimate) throws IOException {
    row(w, w.bold, "Item", List.of(), "Quantity", "Unit price", "Amount");
    w.rule(0.5f);
    for (FeeLine line : estimate.breakdown()) {
      List<String> basis = w.wrap(line.basis(), w.regular, SMALL, ITEM_WIDTH);
      row(w, w.regular, line.item(), basis, line.quantity().toPlainString(), pounds(line.unitPrice()),
          pounds(line.amount()));
    }
    w.rule(1);
    row(w, w.bold, "Total to pay", List.of(), "", "", pounds(estimate.total()));
  }

  /** A table row: the item wrapped in its column with its basis in small type beneath, numbers right-aligned. */
  private static void row(LetterWriter w, PDFont font, String item, List<String> basis, String quantity,
      String unitPrice, String amount) throws IOException {
    List<String> itemLines = w.wrap(item, font, BODY, ITEM_WIDTH);
    w.room(itemLines.size() * LetterWriter.leading(BODY) + basis.size() * LetterWriter.leading(SMALL));
    float baseline = w.y() - BODY;
    w.rightAligned(quantity, font, BODY, QUANTITY_RIGHT, baseline);
    w.rightAligned(unitPrice, font, BODY, UNIT_PRICE_RIGHT, baseline);
    w.rightAligned(amount, font, BODY, RIGHT, baseline);
    for (String line : itemLines) {
      w.line(line, font, BODY, LetterWriter.MARGIN);
    }
    for (String line : basis) {
      w.line(line, w.regular, SMALL, LetterWriter.MARGIN);
    }
    w.gap(2);
  }

  private static String pounds(BigDecimal amount) {
    return "£" + amount.toPlainString();
  }

  private static void check(FeeNoticeDetails d) {
    if (d == null) {
      throw new IllegalArgumentException("a fees notice needs its details");
    }
    if (d.regime() == null) {
      throw new IllegalArgumentException("a fees notice needs the law it is issued under");
    }
    require(d.organisationName(), "organisationName");
    require(d.caseReference(), "caseReference");
    require(d.requesterName(), "requesterName");
    require(d.howToPay(), "howToPay");
    if (d.issuedOn() == null || d.payBy() == null) {
      throw new IllegalArgumentException("a fees notice needs issuedOn and payBy");
    }
    if (d.payBy().isBefore(d.issuedOn())) {
      throw new IllegalArgumentException("payBy must not be before issuedOn");
    }
    // Over the FOI cost limit the request is refused under s12, and a zero fee needs no notice.
    if (d.estimate() == null || d.estimate().overCostLimit() || d.estimate().total().signum() <= 0) {
      throw new IllegalArgumentException("a fees notice needs an estimate with a fee to pay");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a fees notice needs " + field);
    }
  }
}
