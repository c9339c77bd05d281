package org.rightsdesk.notify;

/** Whom a message goes to: by email when we have an address, else as a printed letter. */
public record Recipient(String name, String email, String postalAddress) {

  Medium medium() {
    return email != null && !email.isBlank() ? Medium.EMAIL : Medium.LETTER;
  }

  String address() {
    return medium() == Medium.EMAIL ? email : postalAddress;
  }
}
