package org.rightsdesk.collate;

/**
 * Port: whether a document's original is restricted because something in it is withheld or redacted. The
 * decision side implements it; this package only enforces it.
 */
public interface OriginalsPolicy {

  boolean restricted(String caseReference, String documentId);
}
