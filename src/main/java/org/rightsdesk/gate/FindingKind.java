package org.rightsdesk.gate;

/** What kind of data a file holds beside what a reader sees. */
public enum FindingKind {
  // any file
  UNREADABLE,
  ENCRYPTED,
  UNSUPPORTED_TYPE,
  DOCUMENT_PROPERTIES,
  MACRO,
  EMBEDDED_OBJECT,
  /** A saved picture of the first page, which can show what has since been hidden or deleted. */
  THUMBNAIL,
  // spreadsheets
  HIDDEN_SHEET,
  VERY_HIDDEN_SHEET,
  HIDDEN_ROWS,
  HIDDEN_COLUMNS,
  FILTERED_ROWS,
  HIDDEN_BY_FORMAT,
  PIVOT_CACHE,
  DATA_MODEL,
  EXTERNAL_LINK,
  HIDDEN_NAME,
  COMMENT,
  // word-processing documents
  TRACKED_CHANGE,
  HIDDEN_TEXT,
  CUSTOM_XML,
  ALT_TEXT,
  HEADER_FOOTER,
  // PDFs
  METADATA,
  ATTACHMENT,
  SCRIPT,
  FORM_FIELD,
  ANNOTATION,
  EARLIER_REVISION,
  HIDDEN_LAYER,
  // images
  GPS_POSITION,
  DEVICE_SERIAL,
  AUTHOR,
  // emails
  RECIPIENTS,
  RECEIVED_CHAIN,
  ORIGINATING_IP,
  // archives
  ARCHIVE_LIMIT,
  ZIP_BOMB
}
