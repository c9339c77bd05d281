package org.rightsdesk.consult;

import java.util.List;

/**
 * Whom we consult before disclosing (seed 003 4.5.3.5: information from the police, the local authority,
 * a health professional or another school, and people named in the data). A health professional gives
 * the opinion on serious harm that DPA 2018 Sch 3 para 5 requires before health data is withheld on that
 * ground, so their replies are that opinion, not an objection.
 */
public enum ConsulteeKind {
  POLICE("The police"),
  LOCAL_AUTHORITY("The local authority"),
  HEALTH_PROFESSIONAL("An appropriate health professional"),
  SOCIAL_WORKER("A social worker"),
  OTHER_SCHOOL("Another school"),
  NAMED_PERSON("A person named in the information"),
  OTHER_BODY("Another organisation");

  private final String label;

  ConsulteeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The replies this kind of consultee chooses from. */
  public List<ConsultationReply> replies() {
    return this == HEALTH_PROFESSIONAL
        ? List.of(ConsultationReply.SERIOUS_HARM_LIKELY, ConsultationReply.NO_SERIOUS_HARM)
        : List.of(ConsultationReply.NO_OBJECTION, ConsultationReply.OBJECTS);
  }
}
