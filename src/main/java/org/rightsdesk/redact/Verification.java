package org.rightsdesk.redact;

import java.util.List;

/**
 * The outcome of reading the redacted output back, independently of how it was produced.
 *
 * @param leaks where redacted data was still found; each names a page or part of the file and the SHA-256 of the
 *     item (or the rule kind), never the text
 */
public record Verification(List<String> leaks) {

  public Verification {
    leaks = List.copyOf(leaks);
  }

  public boolean passed() {
    return leaks.isEmpty();
  }
}
