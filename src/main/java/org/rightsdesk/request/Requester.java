package org.rightsdesk.request;

import org.rightsdesk.notify.Recipient;

/** The person who asked, and how to reach them. Email or postal address may be absent, never both. */
public record Requester(String name, String email, String postalAddress, String phone) {

  /** Where our messages to them go: by email when we have an address, else by letter. */
  public Recipient recipient() {
    return new Recipient(name, email, postalAddress);
  }
}
