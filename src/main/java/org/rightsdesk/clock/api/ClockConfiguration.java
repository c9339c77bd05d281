package org.rightsdesk.clock.api;

import java.nio.file.Path;
import org.rightsdesk.clock.BankHolidayCalendar;
import org.rightsdesk.clock.ClockPolicy;
import org.rightsdesk.clock.StatutoryClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statutory clock as a Spring bean: the bundled bank holidays, plus an administrator's file of
 * newly proclaimed days (GOV.UK bank-holidays JSON shape) when rightsdesk.clock.bank-holidays-file is set,
 * so a new one-off holiday needs no release.
 */
@Configuration
class ClockConfiguration {

  @Bean
  StatutoryClock statutoryClock(@Value("${rightsdesk.clock.bank-holidays-file:}") String overrides) {
    BankHolidayCalendar calendar = BankHolidayCalendar.bundled();
    if (!overrides.isBlank()) {
      calendar = calendar.withOverrides(Path.of(overrides));
    }
    return new StatutoryClock(calendar, ClockPolicy.defaults());
  }
}
