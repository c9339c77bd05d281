package org.rightsdesk.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.rightsdesk.fees.FeeTables.Band;
import org.rightsdesk.fees.FeeTables.Disbursements;
import org.rightsdesk.fees.FeeTables.Rates;
import org.springframework.stereotype.Service;

/**
 * Works out the fee for a request from the rates in processes/fees.dmn. Pure: the same question always gives
 * the same estimate, and it needs neither Spring nor the process engine ({@code new FeeCalculator()}).
 */
@Service
public class FeeCalculator {

  private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

  private final FeeTables tables;

  public FeeCalculator() {
    this(FeeTables.fromClasspath());
  }

  FeeCalculator(FeeTables tables) {
    this.tables = tables;
  }

  /** @throws IllegalArgumentException for a missing regime or a negative number */
  public FeeEstimate estimate(FeeQuestion q) {
    check(q);
    BigDecimal hours = q.hours() == null ? BigDecimal.ZERO : new BigDecimal(q.hours().stripTrailingZeros().toPlainString());
    Rates rates = tables.rates(q);

    // FOIA s12: compare the cost of compliance at the hourly rate with the appropriate limit; "exceed" means
    // strictly more, so 18 hours at £25 (£450) is within a £450 limit. Over it the request is refused with
    // advice and assistance (s16), and no fee is charged.
    BigDecimal estimatedCost = null;
    if (rates.costLimit() != null) {
      estimatedCost = amount(hours, required(rates.hourlyRate(), "hourlyRate"));
      if (estimatedCost.compareTo(rates.costLimit()) > 0) {
        return new FeeEstimate(NOTHING, true, rates.costLimit(), estimatedCost, List.of());
      }
    }

    List<FeeLine> lines = new ArrayList<>();
    if (rates.handlingFee() != null && rates.handlingFee().signum() > 0) {
      lines.add(line("Handling fee", BigDecimal.ONE, rates.handlingFee(),
          rates.source() + ": " + price(rates.handlingFee()) + " handling fee per request"));
    }
    if (rates.educationalRecordFeeCap() != null && q.educationalRecordPages() > 0) {
      lines.add(educationalRecord(q.educationalRecordPages(), rates));
    }
    if (rates.chargeStaffTime() && hours.signum() > 0) {
      BigDecimal rate = required(rates.hourlyRate(), "hourlyRate");
      lines.add(line("Staff time (hours)", hours, rate, rates.source() + ": staff time at " + price(rate) + " an hour"));
    }
    if (rates.chargeDisbursements()) {
      lines.addAll(disbursements(q));
    }
    BigDecimal total = lines.stream().map(FeeLine::amount).reduce(NOTHING, BigDecimal::add);
    return new FeeEstimate(total, false, rates.costLimit(), estimatedCost, lines);
  }

  /** Seed 003 5.2.4.6: photocopying or printing per sheet and the actual cost of Royal Mail 2nd class. */
  private List<FeeLine> disbursements(FeeQuestion q) {
    Disbursements d = tables.disbursements(q.regime());
    List<FeeLine> lines = new ArrayList<>();
    if (q.blackAndWhitePages() > 0) {
      lines.add(line("Black-and-white copies (sheets)", BigDecimal.valueOf(q.blackAndWhitePages()), d.blackAndWhitePage(),
          d.source() + ": " + price(d.blackAndWhitePage()) + " per black-and-white sheet"));
    }
    if (q.colourPages() > 0) {
      lines.add(line("Colour copies (sheets)", BigDecimal.valueOf(q.colourPages()), d.colourPage(),
          d.source() + ": " + price(d.colourPage()) + " per colour sheet"));
    }
    if (q.postage()) {
      lines.add(line("Postage (Royal Mail 2nd class)", BigDecimal.ONE, d.secondClassPostage(),
          d.source() + ": actual cost of Royal Mail 2nd class postage, " + price(d.secondClassPostage())));
    }
    return lines;
  }

  /** Seed 003 4.5.3.3: up to £50 for printed copies of a pupil's educational record, by pages (SI 2000/191 Sch 2). */
  private FeeLine educationalRecord(int pages, Rates rates) {
    Band band = tables.educationalRecordFee(pages)
        .orElseThrow(() -> new IllegalStateException(FeeTables.RESOURCE + " has no educational-record-fee band for "
            + pages + " pages"));
    BigDecimal fee = band.fee().min(rates.educationalRecordFeeCap());
    String capped = fee.compareTo(band.fee()) < 0 ? ", capped at " + price(fee) : "";
    return line("Printed copies of the educational record (" + pages + " pages)", BigDecimal.ONE, fee,
        rates.source() + ": educational record, " + band.pages() + ", " + price(band.fee()) + capped);
  }

  private static void check(FeeQuestion q) {
    if (q == null || q.regime() == null) {
      throw new IllegalArgumentException("a fee needs a regime");
    }
    if (q.hours() != null && q.hours().signum() < 0) {
      throw new IllegalArgumentException("hours must not be negative");
    }
    if (q.blackAndWhitePages() < 0 || q.colourPages() < 0 || q.educationalRecordPages() < 0) {
      throw new IllegalArgumentException("pages must not be negative");
    }
  }

  private static FeeLine line(String item, BigDecimal quantity, BigDecimal unitPrice, String basis) {
    return new FeeLine(item, quantity, unitPrice, amount(quantity, unitPrice), basis);
  }

  private static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
    return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal required(BigDecimal value, String output) {
    if (value == null) {
      throw new IllegalStateException(FeeTables.RESOURCE + " leaves " + output + " empty where it is needed");
    }
    return value;
  }

  /** "10p" under a pound, "£25.00" from a pound, as the publication scheme writes them. */
  static String price(BigDecimal pounds) {
    return pounds.compareTo(BigDecimal.ONE) < 0
        ? pounds.movePointRight(2).stripTrailingZeros().toPlainString() + "p"
        : "£" + pounds.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
