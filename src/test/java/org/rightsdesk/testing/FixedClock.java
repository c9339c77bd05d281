package org.rightsdesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the service on Wednesday 4 March 2026, 10:00 UTC, so that dates in tests can be worked out by
 * hand: every component that takes a {@link Clock} gets this one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

  public static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

  @Bean
  @Primary
  Clock fixedClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
