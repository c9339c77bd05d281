package org.rightsdesk.gate;

/** Whether a finding stops the release (BLOCKING) or is shown for a person to judge (ADVISORY). */
public enum Severity {
  BLOCKING,
  ADVISORY
}
