package org.rightsdesk.decide;

import org.rightsdesk.request.RequestType;

/** The access regimes an exemption can be cited under. */
public enum Regime {
  SAR,
  FOI,
  EIR;

  /** The regime of a case; a case not yet triaged is treated as FOI, the widest catalogue. */
  public static Regime of(RequestType type) {
    if (type == null) {
      return FOI;
    }
    return switch (type) {
      case SAR -> SAR;
      case EIR -> EIR;
      default -> FOI;
    };
  }
}
