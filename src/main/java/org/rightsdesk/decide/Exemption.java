package org.rightsdesk.decide;

import java.util.Set;

/**
 * One exemption or exception as the catalogue file states it.
 *
 * @param absolute no public interest test applies (FOIA s2(3); EIR reg 13 with the first condition)
 * @param publicInterestTest the public interest in withholding must outweigh that in disclosing (FOIA s2(1)-(2),
 *     EIR reg 12(1)(b)); DPA 2018 exemptions have neither flag: they apply to the extent their condition is met
 * @param ncnd the law lets us neither confirm nor deny that we hold the information
 * @param explanation plain English for the refusal letter
 * @param note guidance for the caseworker, never sent to the requester
 */
public record Exemption(
    String code,
    String legislation,
    String section,
    String title,
    boolean absolute,
    boolean publicInterestTest,
    Set<Regime> regimes,
    boolean ncnd,
    String explanation,
    String note) {

  public Exemption {
    regimes = Set.copyOf(regimes);
  }

  public boolean appliesTo(Regime regime) {
    return regimes.contains(regime);
  }
}
