package org.rightsdesk.collate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The case_document and case_search rows. */
@Repository
class CollateRepository {

  private static final String DOCUMENT_COLUMNS =
      "id, case_reference, file_name, document_type, size_bytes, sha256, found_in, added_by, added_at";

  private final JdbcClient jdbc;

  CollateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CaseDocument d, String storageKey, String text) {
    jdbc.sql(
            """
            INSERT INTO case_document (id, case_reference, file_name, document_type, content_type, size_bytes, sha256,
              found_in, added_by, added_at, storage_key, extracted_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(d.id(), d.caseReference(), d.fileName(), d.type().name(), d.type().contentType(), d.sizeBytes(),
            d.sha256(), d.foundIn(), d.addedBy(), utc(d.addedAt()), storageKey, text)
        .update();
  }

  List<CaseDocument> documents(String reference) {
    return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM case_document WHERE case_reference = ? ORDER BY added_at, id")
        .param(reference)
        .query((rs, row) -> document(rs))
        .list();
  }

  Optional<CaseDocument> document(String reference, String id) {
    return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM case_document WHERE case_reference = ? AND id = ?")
        .params(reference, id)
        .query((rs, row) -> document(rs))
        .optional();
  }

  Optional<String> storageKey(String reference, String id) {
    return jdbc.sql("SELECT storage_key FROM case_document WHERE case_reference = ? AND id = ?")
        .params(reference, id)
        .query(String.class)
        .optional();
  }

  Optional<String> text(String reference, String id) {
    return jdbc.sql("SELECT extracted_text FROM case_document WHERE case_reference = ? AND id = ?")
        .params(reference, id)
        .query((rs, row) -> rs.getString("extracted_text"))
        .optional();
  }

  long insertSearch(String reference, NewSearch search, String recordedBy, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO case_search (case_reference, system_searched, searched_by, minutes, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(reference, search.system(), search.searchedBy(), search.minutes(), search.note(), recordedBy, utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  List<SearchRecord> searches(String reference) {
    return jdbc.sql(
            """
            SELECT id, case_reference, system_searched, searched_by, minutes, note, recorded_by, recorded_at
            FROM case_search WHERE case_reference = ? ORDER BY recorded_at, id
            """)
        .param(reference)
        .query((rs, row) -> new SearchRecord(
            rs.getLong("id"), rs.getString("case_reference"), rs.getString("system_searched"),
            rs.getString("searched_by"), rs.getInt("minutes"), rs.getString("note"), rs.getString("recorded_by"),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  int totalMinutes(String reference) {
    return jdbc.sql("SELECT COALESCE(SUM(minutes), 0) FROM case_search WHERE case_reference = ?")
        .param(reference)
        .query(Integer.class)
        .single();
  }

  private static CaseDocument document(ResultSet rs) throws SQLException {
    return new CaseDocument(
        rs.getString("id"), rs.getString("case_reference"), rs.getString("file_name"),
        DocumentType.valueOf(rs.getString("document_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getString("found_in"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
