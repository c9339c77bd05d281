package org.rightsdesk.identity;

/** What the "Decide how to confirm identity" form recorded. */
public record IdentityCheckForm(
    IdentityRoute route,
    String knownHow,
    Integer childAge,
    Boolean childCompetent,
    ChildView childView,
    String competenceNote) {}
