package org.rightsdesk.consult;

/** A consultee's reply. Objecting or advising serious harm needs reasons the caseworker can weigh. */
public enum ConsultationReply {
  NO_OBJECTION("I do not object to the disclosure proposed", false),
  OBJECTS("I object to the disclosure proposed (give your reasons)", true),
  SERIOUS_HARM_LIKELY(
      "In my opinion, disclosure would be likely to cause serious harm to the physical or mental health of the person"
          + " the information is about or of someone else (give your reasons)",
      true),
  NO_SERIOUS_HARM("In my opinion, disclosure would not be likely to cause such serious harm", false);

  private final String label;
  private final boolean reasonsRequired;

  ConsultationReply(String label, boolean reasonsRequired) {
    this.label = label;
    this.reasonsRequired = reasonsRequired;
  }

  public String label() {
    return label;
  }

  public boolean reasonsRequired() {
    return reasonsRequired;
  }
}
