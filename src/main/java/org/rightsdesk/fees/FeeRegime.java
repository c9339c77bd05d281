package org.rightsdesk.fees;

/** The charging regime of a request: which rules in processes/fees.dmn apply. */
public enum FeeRegime {
  /** Freedom of Information Act 2000: cost limit, then disbursements only. */
  FOI,
  /** Environmental Information Regulations 2004: a reasonable charge per the published schedule. */
  EIR,
  /** UK GDPR subject access: free unless manifestly unfounded or excessive, or further copies. */
  SAR,
  /** The legacy Data Protection Act 1998 policy some bodies still publish (seed 003 4.5.3.3). */
  SAR_DPA1998
}
