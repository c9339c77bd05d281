package org.rightsdesk.redact;

/** What kind of information a redaction removed; the log records this instead of the text itself. */
public enum DataKind {
  TERM,
  PATTERN,
  AREA,
  EMAIL,
  PHONE,
  NINO,
  POSTCODE,
  DOB,
  UPN,
  ULN,
  THIRD_PARTY_NAME
}
