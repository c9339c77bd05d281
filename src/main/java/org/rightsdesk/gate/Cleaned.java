package org.rightsdesk.gate;

import java.util.List;

/**
 * A cleaned copy of a file, or the reason there is none.
 *
 * @param fileName the original base name with the extension of the safe form ("budget.xlsx" becomes
 *     "budget.csv"); null when the file could not be cleaned
 * @param content the cleaned bytes, or null when the file could not be cleaned
 * @param fixes the original file's findings, each with the fix applied (a finding without a fix stays)
 */
public record Cleaned(String fileName, FileType type, byte[] content, List<Finding> fixes) {

  public Cleaned {
    fixes = List.copyOf(fixes);
  }

  public boolean produced() {
    return content != null;
  }
}
