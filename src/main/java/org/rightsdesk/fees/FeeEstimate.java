package org.rightsdesk.fees;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fee in pounds (scale 2) and how it was reached. {@code costLimit} is null where no cost limit applies;
 * {@code estimatedCost} is the FOI cost of compliance (hours × rate) compared with it, else null. Over the
 * limit the total is zero and the breakdown empty: the request is refused under FOIA s12, not charged.
 */
public record FeeEstimate(
    BigDecimal total, boolean overCostLimit, BigDecimal costLimit, BigDecimal estimatedCost, List<FeeLine> breakdown) {

  public FeeEstimate {
    breakdown = List.copyOf(breakdown);
  }
}
