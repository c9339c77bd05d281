package org.rightsdesk.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Our schema, migrated by Flyway as the service does, on H2 or on a real PostgreSQL, without Spring. */
public final class MigratedDatabase {

  private static final AtomicInteger CASES = new AtomicInteger((int) (System.nanoTime() % 500_000));
  private static DataSource postgres;

  private MigratedDatabase() {}

  /** A fresh in-memory H2 database. */
  public static DataSource h2() {
    return migrate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  /** One embedded PostgreSQL for the test run; tests keep apart by using their own case references. */
  public static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is exiting; the temporary directory goes with it
          }
        }));
        postgres = migrate(server.getPostgresDatabase());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  /** Adds a minimal case row (our tables refer to it) and returns its reference. */
  public static String newCase(JdbcClient jdbc) {
    String reference = String.format("IR-2099-%06d", CASES.incrementAndGet() % 1_000_000);
    jdbc.sql(
            """
            INSERT INTO information_request (reference, status, channel, received_at, requester_name, description,
              division, created_at)
            VALUES (?, 'RECEIVED', 'WEB', ?, 'Test Requester', 'test', 'ENGLAND_AND_WALES', ?)
            """)
        .params(reference, Instant.now().atOffset(ZoneOffset.UTC), Instant.now().atOffset(ZoneOffset.UTC))
        .update();
    return reference;
  }

  private static DataSource migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).table("rightsdesk_schema_history").load().migrate();
    return dataSource;
  }
}
