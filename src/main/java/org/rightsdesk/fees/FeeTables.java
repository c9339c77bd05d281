package org.rightsdesk.fees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The three decision tables of processes/fees.dmn, parsed once and evaluated with a standalone DMN engine, so
 * the numbers are an administrator's to change and the calculator runs without the process engine.
 */
final class FeeTables {

  static final String RESOURCE = "processes/fees.dmn";

  /** A fee-rates row; a null amount means "does not apply". */
  record Rates(
      BigDecimal costLimit,
      BigDecimal hourlyRate,
      boolean chargeStaffTime,
      boolean chargeDisbursements,
      BigDecimal handlingFee,
      BigDecimal educationalRecordFeeCap,
      String source) {}

  record Disbursements(BigDecimal blackAndWhitePage, BigDecimal colourPage, BigDecimal secondClassPostage, String source) {}

  record Band(BigDecimal fee, String pages) {}

  private final DmnEngine engine;
  private final DmnDecision rates;
  private final DmnDecision disbursements;
  private final DmnDecision educationalRecordFee;

  FeeTables(InputStream dmn) {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    Map<String, DmnDecision> byKey = new HashMap<>();
    engine.parseDecisions(dmn).forEach(d -> byKey.put(d.getKey(), d));
    rates = decision(byKey, "fee-rates");
    disbursements = decision(byKey, "disbursement-rates");
    educationalRecordFee = decision(byKey, "educational-record-fee");
  }

  static FeeTables fromClasspath() {
    try (InputStream in = FeeTables.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new FeeTables(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Rates rates(FeeQuestion q) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("regime", q.regime().name());
    variables.put("centralGovernment", q.centralGovernment());
    variables.put("manifestlyUnfoundedOrExcessive", q.manifestlyUnfoundedOrExcessive());
    variables.put("furtherCopies", q.furtherCopies());
    DmnDecisionRuleResult row = first(rates, variables, q.regime());
    return new Rates(
        money(entry(row, "costLimit")),
        money(entry(row, "hourlyRate")),
        Boolean.TRUE.equals(entry(row, "chargeStaffTime")),
        Boolean.TRUE.equals(entry(row, "chargeDisbursements")),
        money(entry(row, "handlingFee")),
        money(entry(row, "educationalRecordFeeCap")),
        entry(row, "source"));
  }

  Disbursements disbursements(FeeRegime regime) {
    DmnDecisionRuleResult row = first(disbursements, Map.of("regime", regime.name()), regime);
    return new Disbursements(
        required(row, "blackAndWhitePageRate"),
        required(row, "colourPageRate"),
        required(row, "secondClassPostage"),
        entry(row, "source"));
  }

  /** Empty when no band matches, i.e. no printed pages. */
  Optional<Band> educationalRecordFee(int pages) {
    DmnDecisionRuleResult row =
        engine.evaluateDecisionTable(educationalRecordFee, Map.of("pages", pages)).getSingleResult();
    return Optional.ofNullable(row).map(r -> new Band(required(r, "fee"), entry(r, "band")));
  }

  private DmnDecisionRuleResult first(DmnDecision decision, Map<String, Object> variables, FeeRegime regime) {
    DmnDecisionRuleResult row = engine.evaluateDecisionTable(decision, variables).getFirstResult();
    if (row == null) {
      throw new IllegalStateException(RESOURCE + " has no " + decision.getKey() + " row for " + regime);
    }
    return row;
  }

  private static DmnDecision decision(Map<String, DmnDecision> byKey, String key) {
    DmnDecision decision = byKey.get(key);
    if (decision == null) {
      throw new IllegalStateException(RESOURCE + " has no decision " + key);
    }
    return decision;
  }

  /** An output's value, null where the cell is empty (the engine leaves empty outputs out of the result). */
  private static <T> T entry(DmnDecisionRuleResult row, String output) {
    @SuppressWarnings("unchecked")
    T value = (T) row.getEntryMap().get(output);
    return value;
  }

  private static BigDecimal required(DmnDecisionRuleResult row, String output) {
    BigDecimal value = money(entry(row, output));
    if (value == null) {
      throw new IllegalStateException(RESOURCE + " leaves " + output + " empty");
    }
    return value;
  }

  /** DMN doubles to pence: Double.toString keeps 0.1 as 0.1, not its binary approximation. */
  static BigDecimal money(Object value) {
    return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
