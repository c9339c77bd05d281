package org.rightsdesk.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox in /actuator/health: how many messages wait to be sent, and DOWN when one has waited longer
 * than a day — mail is not reaching requesters and someone must look at the incidents in Cockpit.
 */
@Component("outbox")
class OutboxHealthIndicator implements HealthIndicator {

  private static final Duration TOO_LONG = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  OutboxHealthIndicator(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Health health() {
    long pending = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'").query(Long.class).single();
    long stuck =
        jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND created_at < ?")
            .param(clock.instant().minus(TOO_LONG).atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single();
    return (stuck > 0 ? Health.down() : Health.up()).withDetail("pending", pending).withDetail("pendingOverADay", stuck).build();
  }
}
