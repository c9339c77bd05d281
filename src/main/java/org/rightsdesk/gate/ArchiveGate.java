package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zip archives, opened entry by entry as a stream with the walk's limits checked on every byte expanded. */
final class ArchiveGate {

  /** Thrown when an archive passes a limit; the walk stops and the archive is refused whole. */
  static final class LimitExceeded extends Exception {
    final FindingKind kind;

    LimitExceeded(FindingKind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  /** One entry read out of the archive. */
  record Entry(String name, byte[] content) {}

  private ArchiveGate() {}

  /** Reads every file entry, counting against the walk's budget. */
  static List<Entry> entries(byte[] zip, DisclosureGate.Walk walk) throws IOException, LimitExceeded {
    List<Entry> entries = new ArrayList<>();
    ArchiveLimits limits = walk.limits();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        if (++walk.files > limits.maxEntries()) {
          throw new LimitExceeded(FindingKind.ARCHIVE_LIMIT,
              "more than " + limits.maxEntries() + " files: refused without inspecting the rest");
        }
        byte[] content = read(in, walk);
        long compressed = entry.getCompressedSize();
        if (compressed > 0 && content.length > (1 << 20) && content.length / compressed > limits.maxRatio()) {
          throw new LimitExceeded(FindingKind.ZIP_BOMB, "zip bomb: entry '" + entry.getName() + "' expands "
              + content.length / compressed + " times its compressed size; refused");
        }
        entries.add(new Entry(entry.getName(), content));
      }
    } catch (ZipException e) {
      throw new IOException("Not a readable zip archive (" + e.getMessage() + ")", e);
    }
    return entries;
  }

  private static byte[] read(InputStream in, DisclosureGate.Walk walk) throws IOException, LimitExceeded {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      walk.expanded += n;
      if (walk.expanded > walk.limits().maxExpandedBytes()) {
        throw new LimitExceeded(FindingKind.ZIP_BOMB, "zip bomb: expands past "
            + (walk.limits().maxExpandedBytes() >> 20) + " MiB; refused without inspecting the rest");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static byte[] zip(List<Entry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Entry entry : entries) {
        zip.putNextEntry(new ZipEntry(entry.name()));
        zip.write(entry.content());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
