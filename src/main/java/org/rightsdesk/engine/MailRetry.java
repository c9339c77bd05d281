package org.rightsdesk.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The back-off of jobs that talk to the outside world, used in BPMN as ${mailRetry.cycle}: a list of
 * intervals between attempts; when it runs out the job raises an incident for an operator.
 */
@Component("mailRetry")
public class MailRetry {

  private final String cycle;

  MailRetry(@Value("${rightsdesk.mail.retry-cycle}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
