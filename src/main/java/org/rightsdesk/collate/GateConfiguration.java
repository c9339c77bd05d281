package org.rightsdesk.collate;

import org.rightsdesk.gate.ArchiveLimits;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.redact.RedactionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disclosure gate (issue #10) in the service: one instance, sharing the redaction engine for PDFs. */
@Configuration
class GateConfiguration {

  @Bean
  DisclosureGate disclosureGate(RedactionService redaction) {
    return new DisclosureGate(redaction, ArchiveLimits.DEFAULT);
  }
}
