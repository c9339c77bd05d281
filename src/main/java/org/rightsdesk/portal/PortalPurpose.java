package org.rightsdesk.portal;

/** What a link lets its holder do; a link does exactly one of these. Consultees answer for a third party. */
public enum PortalPurpose {
  IDENTITY_EVIDENCE,
  CLARIFICATION,
  FEE,
  CONSULTATION
}
