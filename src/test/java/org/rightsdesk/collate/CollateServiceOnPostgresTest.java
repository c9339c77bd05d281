package org.rightsdesk.collate;

import javax.sql.DataSource;
import org.rightsdesk.portal.MigratedDatabase;

/** The same documents and searches on PostgreSQL, the production database (BYTEA and TEXT there). */
class CollateServiceOnPostgresTest extends CollateServiceTest {

  @Override
  DataSource dataSource() {
    return MigratedDatabase.postgres();
  }
}
