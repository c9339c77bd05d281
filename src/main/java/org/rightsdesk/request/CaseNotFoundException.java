package org.rightsdesk.request;

import org.rightsdesk.web.NotFoundException;

/** No case has this reference. */
public class CaseNotFoundException extends NotFoundException {
  public CaseNotFoundException(String reference) {
    super("No case has the reference " + reference);
  }
}
