package org.rightsdesk.identity;

import org.rightsdesk.web.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rightsdesk.portal.UploadInspector;
import org.rightsdesk.portal.UploadedFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Identity evidence a requester sent. Copies are kept only until identity is verified (UK GDPR Art. 5(1)(c)
 * and (e), data minimisation and storage limitation): {@link #deleteContent} then removes them and keeps
 * what was received, its hash and when the copy went, as the record behind the verification outcome.
 */
@Service
public class EvidenceStore {

  private static final Set<String> TYPES = Set.of(UploadInspector.PDF, UploadInspector.JPEG, UploadInspector.PNG);
  private static final String COLUMNS =
      "id, case_reference, document_type, detected_type, size_bytes, sha256, uploaded_at, content_deleted_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  EvidenceStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps a file that passed the upload checks; returns its id. */
  public String store(String caseReference, UploadedFile file) {
    if (!TYPES.contains(file.contentType())) {
      throw new IllegalArgumentException("Only inspected PDF, JPEG and PNG files are kept");
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO identity_evidence (id, case_reference, document_type, detected_type, size_bytes, sha256,
              uploaded_at, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            caseReference,
            file.documentType(),
            file.contentType(),
            (long) file.content().length,
            Sha256.hex(file.content()),
            clock.instant().atOffset(ZoneOffset.UTC),
            file.content())
        .update();
    return id;
  }

  /** What the case received, oldest first, without the content. */
  public List<StoredEvidence> list(String caseReference) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM identity_evidence WHERE case_reference = ? ORDER BY uploaded_at, id")
        .param(caseReference)
        .query((rs, row) -> map(rs))
        .list();
  }

  /** The copy, while it is kept; empty once deleted or if the id belongs to another case. */
  public Optional<EvidenceContent> read(String caseReference, String id) {
    return jdbc.sql(
            "SELECT " + COLUMNS + ", content FROM identity_evidence"
                + " WHERE case_reference = ? AND id = ? AND content IS NOT NULL")
        .params(caseReference, id)
        .query((rs, row) -> new EvidenceContent(map(rs), rs.getBytes("content")))
        .optional();
  }

  /** Deletes the case's copies after verification; returns how many went. The records stay. */
  public int deleteContent(String caseReference) {
    return jdbc.sql(
            """
            UPDATE identity_evidence SET content = NULL, content_deleted_at = ?
            WHERE case_reference = ? AND content IS NOT NULL
            """)
        .params(clock.instant().atOffset(ZoneOffset.UTC), caseReference)
        .update();
  }

  private static StoredEvidence map(ResultSet rs) throws SQLException {
    OffsetDateTime deleted = rs.getObject("content_deleted_at", OffsetDateTime.class);
    return new StoredEvidence(
        rs.getString("id"),
        rs.getString("case_reference"),
        rs.getString("document_type"),
        rs.getString("detected_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
        deleted == null ? null : deleted.toInstant());
  }

}
