package org.rightsdesk.portal;

/** What a requester's link lets them do; a link does exactly one of these. */
public enum PortalPurpose {
  IDENTITY_EVIDENCE,
  CLARIFICATION,
  FEE
}
