package org.rightsdesk.gate;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One piece of data a reader of the file would not see.
 *
 * @param location where it sits: sheet and cell range, page, part name; inside an archive or email prefixed by
 *     the entry ("letters.zip/budget.xlsx: sheet 'Staff'")
 * @param detail what was found, in words for a caseworker; never the hidden content itself
 * @param fix what cleaning did about it, or null before cleaning (and when cleaning could not help)
 */
public record Finding(FindingKind kind, String location, Severity severity, String detail, String fix) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(detail, "detail");
  }

  static Finding blocking(FindingKind kind, String location, String detail) {
    return new Finding(kind, location, Severity.BLOCKING, detail, null);
  }

  static Finding advisory(FindingKind kind, String location, String detail) {
    return new Finding(kind, location, Severity.ADVISORY, detail, null);
  }

  /**
   * A finding at some paragraphs of a document's part: "content.xml paragraphs 2, 5" (the first eight named),
   * counting every occurrence in the detail.
   */
  static Finding atParagraphs(FindingKind kind, Severity severity, String part, List<Integer> paragraphs,
      String detail) {
    TreeSet<Integer> distinct = new TreeSet<>(paragraphs);
    List<String> numbers = distinct.stream().limit(8).map(String::valueOf).toList();
    String where = part + " paragraph" + (distinct.size() > 1 ? "s " : " ") + String.join(", ", numbers)
        + (distinct.size() > 8 ? " (and " + (distinct.size() - 8) + " more)" : "");
    return new Finding(kind, where, severity, paragraphs.size() + " " + detail, null);
  }

  public boolean isBlocking() {
    return severity == Severity.BLOCKING;
  }

  Finding fixed(String how) {
    return new Finding(kind, location, severity, detail, how);
  }

  /** The same finding seen from the archive or email that holds the file. */
  Finding within(String container) {
    return new Finding(kind, container + ": " + location, severity, detail, fix);
  }
}
