package org.rightsdesk.redact.review;

import org.rightsdesk.redact.RedactionService;
import org.rightsdesk.redact.PersonalDataDetector;
import org.rightsdesk.redact.ReasonCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine needs no Spring; inside the service it is one shared instance. */
@Configuration
class RedactionConfiguration {

  @Bean
  RedactionService redactionService() {
    return new RedactionService(ReasonCodes.fromCatalogue());
  }

  @Bean
  PersonalDataDetector personalDataDetector() {
    return new PersonalDataDetector();
  }
}
