package org.rightsdesk.fees;

import java.math.BigDecimal;

/** One charge in a fee: quantity × unit price = amount, with the rule and its source. */
public record FeeLine(String item, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String basis) {}
