package org.rightsdesk.identity;

/** How the caseworker will confirm identity. */
public enum IdentityRoute { KNOWN, EVIDENCE }
