package org.rightsdesk.portal;

import java.time.Instant;

/** What an open link lets its holder do: one purpose, for one case, until it expires. */
public record PortalGrant(String caseReference, PortalPurpose purpose, Instant expiresAt) {}
