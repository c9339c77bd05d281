package org.rightsdesk.identity;

/** What follows the caseworker's first decision; the VerifyIdentity gateway reads it. */
public enum IdentityDecision { VERIFIED, REQUEST_EVIDENCE, CHILD_REFUSED }
