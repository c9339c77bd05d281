package org.rightsdesk.gate;

import java.util.List;

/** What the gate found in one file. */
public record Inspection(String fileName, FileType type, List<Finding> findings) {

  public Inspection {
    findings = List.copyOf(findings);
  }

  public boolean blocked() {
    return findings.stream().anyMatch(Finding::isBlocking);
  }
}
