package org.rightsdesk.consult;

/** A reply staff record because it came by phone, post or email rather than through the link. */
public record ConsulteeResponse(String reply, String reasons, String via) {}
