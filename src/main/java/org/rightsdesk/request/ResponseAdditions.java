package org.rightsdesk.request;

import java.util.Map;

/**
 * What other capabilities add to the response letter (the exemptions relied on, the public interest
 * reasoning), without this package depending on them.
 */
public interface ResponseAdditions {

  /** Entries for the response template's model; empty when there is nothing to add. */
  Map<String, Object> forResponse(String reference);
}
