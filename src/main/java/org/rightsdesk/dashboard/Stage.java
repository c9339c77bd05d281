package org.rightsdesk.dashboard;

/** Where a case stands, for managers: which step holds it, or which wait has stopped its clock. */
enum Stage {
  TRIAGE("Waiting for triage"),
  PAUSED_IDENTITY("Waiting for identity"),
  PAUSED_FEE("Waiting for a fee"),
  PAUSED_CLARIFICATION("Waiting for clarification"),
  IN_PROGRESS("In progress"),
  CLOSED("Closed");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
