package org.rightsdesk.collate;

/** The kinds of document a case may hold, each recognised by its content, never by its name. */
public enum DocumentType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  /** Word 97-2003; only the gate's visible text (tracked changes accepted) is ever read for search or release. */
  DOC("application/msword", "doc"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  EMAIL("message/rfc822", "eml"),
  /** An Outlook message; its text is the sender, date, subject and body, as for an email. */
  MSG("application/vnd.ms-outlook", "msg"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  TEXT("text/plain;charset=UTF-8", "txt"),
  /** Excel or OpenDocument workbooks; only their visible cells are ever read for search or release. */
  SPREADSHEET("application/octet-stream", "bin");

  private final String contentType;
  private final String extension;

  DocumentType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
