package org.rightsdesk.portal;

import java.util.List;

/**
 * What a consultee's page shows: whom we ask, what we propose to disclose, by when we need the reply, and
 * the replies they can give. Nothing about the requester beyond the request's reference.
 */
public record ConsultationView(
    String reference, String consulteeName, String proposal, String replyByText, List<Choice> choices) {

  /** One possible reply; some need the consultee's reasons. */
  public record Choice(String value, String label, boolean reasonsRequired) {}

  public Choice choice(String value) {
    return choices.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
  }
}
