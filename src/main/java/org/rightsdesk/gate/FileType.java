package org.rightsdesk.gate;

/** File types as the gate tells them apart, from the content. */
public enum FileType {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  XLSM("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"),
  XLS("xls", "application/vnd.ms-excel"),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  DOCM("docm", "application/vnd.ms-word.document.macroEnabled.12"),
  ODT("odt", "application/vnd.oasis.opendocument.text"),
  /** Word 97-2003 (an OLE2 container with a WordDocument stream). */
  DOC("doc", "application/msword"),
  /** An Office Open XML package that is neither a workbook nor a Word document (PowerPoint, Visio...). */
  OOXML("bin", "application/x-tika-ooxml"),
  PDF("pdf", "application/pdf"),
  JPEG("jpg", "image/jpeg"),
  PNG("png", "image/png"),
  EML("eml", "message/rfc822"),
  /** An Outlook message (an OLE2 container of MAPI properties). */
  MSG("msg", "application/vnd.ms-outlook"),
  ZIP("zip", "application/zip"),
  CSV("csv", "text/csv"),
  TEXT("txt", "text/plain"),
  /** Encrypted Office files (an OLE2 container holding an encrypted package) and password-protected PDFs. */
  ENCRYPTED("bin", "application/octet-stream"),
  /** Anything else: the gate cannot say what is inside, so it does not pass it. */
  OTHER("bin", "application/octet-stream");

  private final String extension;
  private final String mediaType;

  FileType(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
