package org.rightsdesk.decide;

/** The access regimes an exemption can be cited under. */
public enum Regime {
  SAR,
  FOI,
  EIR
}
