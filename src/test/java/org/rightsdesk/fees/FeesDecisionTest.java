package org.rightsdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** processes/fees.dmn, row by row, evaluated without the process engine. */
class FeesDecisionTest {

  static DmnEngine dmn;
  static Map<String, DmnDecision> decisions = new HashMap<>();

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = FeesDecisionTest.class.getResourceAsStream("/processes/fees.dmn")) {
      List<DmnDecision> parsed = dmn.parseDecisions(in);
      parsed.forEach(d -> decisions.put(d.getKey(), d));
    }
  }

  @Test
  void every_decision_is_there_with_its_id() {
    assertThat(decisions).containsOnlyKeys("fee-rates", "disbursement-rates", "educational-record-fee");
  }

  @ParameterizedTest(name = "{0}, central government {1}, excessive {2}, further copies {3}:"
      + " limit {4}, rate {5}, staff time {6}, disbursements {7}, handling {8}, record cap {9}")
  @CsvSource(
      nullValues = "null",
      value = {
        // SI 2004/3244 reg 3(2), 3(3), 4(4)
        "FOI, true, false, false, 600.0, 25.0, false, true, null, null, 'FOIA s12; SI 2004/3244 reg 3(2), 4(4)'",
        "FOI, false, false, false, 450.0, 25.0, false, true, null, null, 'FOIA s12; SI 2004/3244 reg 3(3), 4(4)'",
        // the grounds for a SAR fee do not touch FOI
        "FOI, false, true, true, 450.0, 25.0, false, true, null, null, 'FOIA s12; SI 2004/3244 reg 3(3), 4(4)'",
        // EIR reg 8: no statutory limit, a reasonable charge including staff time
        "EIR, false, false, false, null, 25.0, true, true, null, null, 'EIR reg 8(3), 8(8); seed 003 5.2.3.1'",
        "EIR, true, false, false, null, 25.0, true, true, null, null, 'EIR reg 8(3), 8(8); seed 003 5.2.3.1'",
        // UK GDPR Art 12(5), 15(3)
        "SAR, false, false, false, null, null, false, false, null, null, 'UK GDPR Art 12(5)'",
        "SAR, false, true, false, null, 25.0, true, true, null, null, 'UK GDPR Art 12(5)(a)'",
        "SAR, false, false, true, null, 25.0, true, true, null, null, 'UK GDPR Art 15(3)'",
        "SAR, false, true, true, null, 25.0, true, true, null, null, 'UK GDPR Art 12(5)(a)'",
        // seed 003 4.5.3.3
        "SAR_DPA1998, false, false, false, null, null, false, false, 10.0, 50.0, 'Seed 003 4.5.3.3'",
        "SAR_DPA1998, false, true, true, null, null, false, false, 10.0, 50.0, 'Seed 003 4.5.3.3'"
      })
  void fee_rates_per_regime(String regime, boolean central, boolean excessive, boolean furtherCopies,
      Double costLimit, Double hourlyRate, boolean staffTime, boolean disbursements, Double handlingFee,
      Double educationalRecordCap, String source) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("regime", regime);
    variables.put("centralGovernment", central);
    variables.put("manifestlyUnfoundedOrExcessive", excessive);
    variables.put("furtherCopies", furtherCopies);

    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decisions.get("fee-rates"), variables).getFirstResult();

    assertThat(row).isNotNull();
    assertThat((Double) row.getEntryMap().get("costLimit")).isEqualTo(costLimit);
    assertThat((Double) row.getEntryMap().get("hourlyRate")).isEqualTo(hourlyRate);
    assertThat((Boolean) row.getEntryMap().get("chargeStaffTime")).isEqualTo(staffTime);
    assertThat((Boolean) row.getEntryMap().get("chargeDisbursements")).isEqualTo(disbursements);
    assertThat((Double) row.getEntryMap().get("handlingFee")).isEqualTo(handlingFee);
    assertThat((Double) row.getEntryMap().get("educationalRecordFeeCap")).isEqualTo(educationalRecordCap);
    assertThat((String) row.getEntryMap().get("source")).isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}: 10p black-and-white, 20p colour, 91p 2nd class")
  @EnumSource(FeeRegime.class)
  void disbursement_rates_follow_the_schedule_of_charges_in_seed_003_5_2_4_6(FeeRegime regime) {
    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(
        decisions.get("disbursement-rates"), Map.of("regime", regime.name())).getSingleResult();

    assertThat((Double) row.getEntryMap().get("blackAndWhitePageRate")).isEqualTo(0.10);
    assertThat((Double) row.getEntryMap().get("colourPageRate")).isEqualTo(0.20);
    // Royal Mail 2nd class standard letter from 7 April 2026
    assertThat((Double) row.getEntryMap().get("secondClassPostage")).isEqualTo(0.91);
    assertThat((String) row.getEntryMap().get("source")).isEqualTo("Seed 003 5.2.4.6");
  }

  @ParameterizedTest(name = "{0} pages: £{1} ({2})")
  @CsvSource({
    "1, 1.0, 1-19 pages",
    "19, 1.0, 1-19 pages",
    "20, 2.0, 20-29 pages",
    "29, 2.0, 20-29 pages",
    "30, 3.0, 30-39 pages",
    "39, 3.0, 30-39 pages",
    "40, 4.0, 40-49 pages",
    "50, 5.0, 50-59 pages",
    "60, 6.0, 60-69 pages",
    "70, 7.0, 70-79 pages",
    "80, 8.0, 80-89 pages",
    "90, 9.0, 90-99 pages",
    "99, 9.0, 90-99 pages",
    "100, 10.0, 100-149 pages",
    "149, 10.0, 100-149 pages",
    "150, 15.0, 150-199 pages",
    "199, 15.0, 150-199 pages",
    "200, 20.0, 200-249 pages",
    "250, 25.0, 250-299 pages",
    "300, 30.0, 300-349 pages",
    "350, 35.0, 350-399 pages",
    "400, 40.0, 400-449 pages",
    "450, 45.0, 450-499 pages",
    "499, 45.0, 450-499 pages",
    "500, 50.0, 500 pages or more",
    "1000, 50.0, 500 pages or more"
  })
  void educational_record_fee_by_pages_from_SI_2000_191_schedule_2(int pages, double fee, String band) {
    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(
        decisions.get("educational-record-fee"), Map.of("pages", pages)).getSingleResult();

    assertThat((Double) row.getEntryMap().get("fee")).isEqualTo(fee);
    assertThat((String) row.getEntryMap().get("band")).isEqualTo(band);
  }

  @Test
  void no_printed_pages_match_no_band() {
    assertThat(dmn.evaluateDecisionTable(decisions.get("educational-record-fee"), Map.of("pages", 0))).isEmpty();
  }
}
