package org.rightsdesk.portal;

import java.time.Instant;

/**
 * What an open link lets its holder do: one purpose, for one case, until it expires. The subject narrows
 * it further where a case has several (the consultation a consultee answers); requester links have none.
 */
public record PortalGrant(String caseReference, PortalPurpose purpose, String subject, Instant expiresAt) {}
