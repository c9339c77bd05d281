package org.rightsdesk.portal;

import javax.sql.DataSource;

/** The same links on PostgreSQL, the production database. */
class PortalTokensOnPostgresTest extends PortalTokensTest {

  @Override
  DataSource dataSource() {
    return MigratedDatabase.postgres();
  }
}
