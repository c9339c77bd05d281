package org.rightsdesk.collate;

import java.util.Optional;

/** Where document bytes live; the database by default, an object store later (design: ports). */
public interface DocumentStorage {

  /** Keeps the bytes under a new key and returns it. */
  String put(byte[] content);

  Optional<byte[]> get(String key);
}
