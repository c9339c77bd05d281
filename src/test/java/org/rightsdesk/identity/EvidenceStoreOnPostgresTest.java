package org.rightsdesk.identity;

import javax.sql.DataSource;
import org.rightsdesk.portal.MigratedDatabase;

/** The same evidence records on PostgreSQL, the production database (BYTEA there, VARBINARY in H2). */
class EvidenceStoreOnPostgresTest extends EvidenceStoreTest {

  @Override
  DataSource dataSource() {
    return MigratedDatabase.postgres();
  }
}
