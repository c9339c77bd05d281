package org.rightsdesk.collate;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Document bytes in the document_content table, in the caller's transaction. */
@Component
class DatabaseDocumentStorage implements DocumentStorage {

  private final JdbcClient jdbc;

  DatabaseDocumentStorage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String put(byte[] content) {
    String key = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO document_content (storage_key, content) VALUES (?, ?)").params(key, content).update();
    return key;
  }

  @Override
  public Optional<byte[]> get(String key) {
    return jdbc.sql("SELECT content FROM document_content WHERE storage_key = ?")
        .param(key)
        .query((rs, row) -> rs.getBytes("content"))
        .optional();
  }
}
