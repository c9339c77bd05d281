package org.rightsdesk.redact;

import java.util.List;
import java.util.Objects;

/**
 * What to remove from one document and why. Every rule carries the exemption code it is withheld under
 * (a code from decide/exemptions.json, checked by {@link ReasonCodes}).
 *
 * @param terms literal phrases, matched case-insensitively whatever whitespace the PDF puts between letters
 * @param patterns regular expressions (Java syntax), matched case-sensitively unless they say otherwise
 * @param areas rectangles on a page for what text search cannot find (scans, drawings)
 * @param detector personal-data suggestions to apply, or null for none
 */
public record RedactionRequest(List<Term> terms, List<PatternRule> patterns, List<Area> areas, Detection detector) {

  public RedactionRequest {
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
    areas = List.copyOf(areas);
  }

  public boolean searchesText() {
    return !terms.isEmpty() || !patterns.isEmpty() || detector != null;
  }

  /** @param kind TERM for a caseworker's phrase, THIRD_PARTY_NAME for a name recorded on the case */
  public record Term(String text, DataKind kind, String reason) {
    public Term {
      Objects.requireNonNull(reason, "reason");
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("A redaction term must not be blank");
      }
    }
  }

  public record PatternRule(String regex, String reason) {
    public PatternRule {
      Objects.requireNonNull(regex, "regex");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A rectangle on page {@code page} (counted from 1, as in the log) in the page's default user space: PDF
   * points, origin bottom left, before any /Rotate.
   */
  public record Area(int page, float x, float y, float width, float height, String reason) {
    public Area {
      Objects.requireNonNull(reason, "reason");
      if (page < 1 || width <= 0 || height <= 0) {
        throw new IllegalArgumentException("An area needs a page number from 1 and a positive size");
      }
    }
  }

  /**
   * Apply the personal-data detector's suggestions, each withheld under {@code reason}.
   *
   * @param thirdPartyNames names of third parties recorded on the case, removed as THIRD_PARTY_NAME
   */
  public record Detection(String reason, List<String> thirdPartyNames) {
    public Detection {
      Objects.requireNonNull(reason, "reason");
      thirdPartyNames = List.copyOf(thirdPartyNames);
    }
  }
}
