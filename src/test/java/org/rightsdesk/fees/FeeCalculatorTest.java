package org.rightsdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fees worked out by hand, against the rates in processes/fees.dmn; no Spring, no process engine. */
class FeeCalculatorTest {

  final FeeCalculator calculator = new FeeCalculator();

  @Test
  void school_FOI_of_12_and_a_half_hours_is_within_the_450_pound_limit_and_charges_only_copying_and_postage() {
    // 12.5 h × £25 = £312.50 ≤ £450; 120 × 10p = £12.00, 10 × 20p = £2.00, 2nd class 91p: £14.91
    FeeEstimate fee = calculator.estimate(foi(false, "12.5", 120, 10, true));

    assertThat(fee.overCostLimit()).isFalse();
    assertThat(fee.costLimit()).isEqualTo("450.00");
    assertThat(fee.estimatedCost()).isEqualTo("312.50");
    assertThat(fee.total()).isEqualTo("14.91");
    assertThat(fee.breakdown()).extracting(FeeLine::amount).map(BigDecimal::toPlainString)
        .containsExactly("12.00", "2.00", "0.91");
    FeeLine blackAndWhite = fee.breakdown().get(0);
    assertThat(blackAndWhite.quantity()).isEqualTo("120");
    assertThat(blackAndWhite.unitPrice()).isEqualTo("0.10");
    assertThat(blackAndWhite.basis()).isEqualTo("Seed 003 5.2.4.6: 10p per black-and-white sheet");
    assertThat(fee.breakdown().get(1).basis()).isEqualTo("Seed 003 5.2.4.6: 20p per colour sheet");
    assertThat(fee.breakdown().get(2).basis())
        .isEqualTo("Seed 003 5.2.4.6: actual cost of Royal Mail 2nd class postage, 91p");
  }

  @Test
  void FOI_of_exactly_18_hours_costs_450_pounds_which_does_not_exceed_the_limit() {
    FeeEstimate fee = calculator.estimate(foi(false, "18", 0, 0, false));

    assertThat(fee.overCostLimit()).isFalse();
    assertThat(fee.estimatedCost()).isEqualTo("450.00");
    assertThat(fee.total()).isEqualTo("0.00");
    assertThat(fee.breakdown()).isEmpty();
  }

  @Test
  void FOI_of_18_and_a_quarter_hours_costs_456_pounds_25_which_exceeds_the_limit_so_no_fee_and_a_section_12_refusal() {
    FeeEstimate fee = calculator.estimate(foi(false, "18.25", 500, 20, true));

    assertThat(fee.overCostLimit()).isTrue();
    assertThat(fee.costLimit()).isEqualTo("450.00");
    assertThat(fee.estimatedCost()).isEqualTo("456.25");
    assertThat(fee.total()).isEqualTo("0.00");
    assertThat(fee.breakdown()).isEmpty();
  }

  @Test
  void central_government_FOI_has_the_600_pound_limit_so_20_hours_is_within_it_and_24_and_a_quarter_is_not() {
    FeeEstimate twenty = calculator.estimate(foi(true, "20", 10, 0, false));
    FeeEstimate twentyFour = calculator.estimate(foi(true, "24", 0, 0, false));
    FeeEstimate over = calculator.estimate(foi(true, "24.25", 0, 0, false));

    assertThat(twenty.costLimit()).isEqualTo("600.00");
    assertThat(twenty.estimatedCost()).isEqualTo("500.00");
    assertThat(twenty.overCostLimit()).isFalse();
    assertThat(twenty.total()).isEqualTo("1.00");
    assertThat(twentyFour.overCostLimit()).isFalse();
    assertThat(over.overCostLimit()).isTrue();
    assertThat(over.estimatedCost()).isEqualTo("606.25");
    assertThat(calculator.estimate(foi(false, "20", 10, 0, false)).overCostLimit()).isTrue();
  }

  @Test
  void EIR_charges_staff_time_at_the_schedule_rate_plus_disbursements_with_no_cost_limit() {
    // 4 h × £25 = £100.00, 20 × 10p = £2.00, 91p postage: £102.91, however many hours
    FeeEstimate fee = calculator.estimate(question(FeeRegime.EIR, "4", 20, 0, true, 0, false, false));

    assertThat(fee.costLimit()).isNull();
    assertThat(fee.estimatedCost()).isNull();
    assertThat(fee.overCostLimit()).isFalse();
    assertThat(fee.total()).isEqualTo("102.91");
    FeeLine staff = fee.breakdown().get(0);
    assertThat(staff.item()).isEqualTo("Staff time (hours)");
    assertThat(staff.quantity()).isEqualTo("4");
    assertThat(staff.unitPrice()).isEqualTo("25.00");
    assertThat(staff.amount()).isEqualTo("100.00");
    assertThat(staff.basis()).isEqualTo("EIR reg 8(3), 8(8); seed 003 5.2.3.1: staff time at £25.00 an hour");
    assertThat(calculator.estimate(question(FeeRegime.EIR, "40", 0, 0, false, 0, false, false)).total())
        .isEqualTo("1000.00");
  }

  @Test
  void a_SAR_under_UK_GDPR_is_free_however_much_work_and_copying() {
    FeeEstimate fee = calculator.estimate(question(FeeRegime.SAR, "30", 300, 40, true, 120, false, false));

    assertThat(fee.total()).isEqualTo("0.00");
    assertThat(fee.breakdown()).isEmpty();
    assertThat(fee.costLimit()).isNull();
    assertThat(fee.overCostLimit()).isFalse();
  }

  @Test
  void a_manifestly_excessive_SAR_may_carry_a_reasonable_admin_fee_of_staff_time_and_disbursements() {
    // 2 h × £25 = £50.00, 50 × 10p = £5.00, 91p postage: £55.91
    FeeEstimate fee = calculator.estimate(question(FeeRegime.SAR, "2", 50, 0, true, 0, true, false));

    assertThat(fee.total()).isEqualTo("55.91");
    assertThat(fee.breakdown().get(0).basis()).startsWith("UK GDPR Art 12(5)(a): staff time");
  }

  @Test
  void further_copies_of_a_SAR_may_carry_a_reasonable_admin_fee() {
    // 0.5 h × £25 = £12.50, 100 × 10p = £10.00: £22.50
    FeeEstimate fee = calculator.estimate(question(FeeRegime.SAR, "0.5", 100, 0, false, 0, false, true));

    assertThat(fee.total()).isEqualTo("22.50");
    assertThat(fee.breakdown().get(0).basis()).startsWith("UK GDPR Art 15(3)");
  }

  @Test
  void legacy_DPA_1998_SAR_is_10_pounds_plus_10_pounds_for_120_printed_pages_of_an_educational_record() {
    FeeEstimate fee = calculator.estimate(question(FeeRegime.SAR_DPA1998, "6", 40, 0, true, 120, false, false));

    assertThat(fee.total()).isEqualTo("20.00");
    assertThat(fee.costLimit()).isNull();
    assertThat(fee.breakdown()).extracting(FeeLine::item)
        .containsExactly("Handling fee", "Printed copies of the educational record (120 pages)");
    assertThat(fee.breakdown().get(0).basis()).isEqualTo("Seed 003 4.5.3.3: £10.00 handling fee per request");
    assertThat(fee.breakdown().get(1).basis())
        .isEqualTo("Seed 003 4.5.3.3: educational record, 100-149 pages, £10.00");
  }

  @Test
  void legacy_DPA_1998_SAR_is_10_pounds_without_printed_copies_and_at_most_60_pounds_with_them() {
    assertThat(calculator.estimate(question(FeeRegime.SAR_DPA1998, null, 0, 0, false, 0, false, false)).total())
        .isEqualTo("10.00");
    assertThat(calculator.estimate(question(FeeRegime.SAR_DPA1998, null, 0, 0, false, 1000, false, false)).total())
        .isEqualTo("60.00");
  }

  @Test
  void the_educational_record_fee_is_capped_by_the_table_even_if_a_band_is_edited_above_it() throws IOException {
    FeeCalculator edited = calculator(dmn().replace(
        "<outputEntry id=\"Rule_Pages500OrMore_Fee\"><text>50</text>", "<outputEntry id=\"Rule_Pages500OrMore_Fee\"><text>75</text>"));

    FeeEstimate fee = edited.estimate(question(FeeRegime.SAR_DPA1998, null, 0, 0, false, 600, false, false));

    assertThat(fee.total()).isEqualTo("60.00");
    assertThat(fee.breakdown().get(1).basis()).endsWith("500 pages or more, £75.00, capped at £50.00");
  }

  @Test
  void an_administrator_changes_the_postage_in_the_DMN_not_the_Java() throws IOException {
    FeeCalculator edited = calculator(dmn().replace("<text>0.91</text>", "<text>1.05</text>"));

    FeeEstimate fee = edited.estimate(foi(false, "1", 0, 0, true));

    assertThat(fee.total()).isEqualTo("1.05");
    assertThat(fee.breakdown().get(0).basis()).endsWith("£1.05");
  }

  @Test
  void amounts_round_half_up_to_the_penny() throws IOException {
    FeeCalculator edited = calculator(dmn().replace(
        "<outputEntry id=\"Rule_Eir_HourlyRate\"><text>25</text>", "<outputEntry id=\"Rule_Eir_HourlyRate\"><text>17.5</text>"));

    // 0.01 h × £17.50 = £0.175 → £0.18
    assertThat(edited.estimate(question(FeeRegime.EIR, "0.01", 0, 0, false, 0, false, false)).total())
        .isEqualTo("0.18");
  }

  @Test
  void a_question_without_a_regime_or_with_negative_numbers_is_refused() {
    assertThatThrownBy(() -> calculator.estimate(question(null, "1", 0, 0, false, 0, false, false)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.estimate(foi(false, "-1", 0, 0, false)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.estimate(foi(false, "1", -1, 0, false)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static FeeQuestion foi(boolean centralGovernment, String hours, int blackAndWhite, int colour, boolean postage) {
    return new FeeQuestion(FeeRegime.FOI, centralGovernment, new BigDecimal(hours), blackAndWhite, colour, postage,
        0, false, false);
  }

  static FeeQuestion question(FeeRegime regime, String hours, int blackAndWhite, int colour, boolean postage,
      int educationalRecordPages, boolean excessive, boolean furtherCopies) {
    return new FeeQuestion(regime, false, hours == null ? null : new BigDecimal(hours), blackAndWhite, colour,
        postage, educationalRecordPages, excessive, furtherCopies);
  }

  private static String dmn() throws IOException {
    try (InputStream in = FeeCalculatorTest.class.getResourceAsStream("/" + FeeTables.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static FeeCalculator calculator(String dmn) {
    String original;
    try {
      original = dmn();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(dmn).as("the edit must change the table").isNotEqualTo(original);
    return new FeeCalculator(new FeeTables(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8))));
  }
}
