package org.rightsdesk.web;

/**
 * What a file is, by its first bytes rather than its name or declared type, and its size in words: shared
 * by every place that accepts files (requester uploads, documents staff add).
 */
public final class FileSignatures {

  private static final long MEGABYTE = 1024 * 1024;

  private FileSignatures() {}

  public static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A program for Windows, Linux or macOS, or a Java class. */
  public static boolean isProgram(byte[] content) {
    return startsWith(content, 'M', 'Z')
        || startsWith(content, 0x7F, 'E', 'L', 'F')
        || startsWith(content, 0xFE, 0xED, 0xFA) // Mach-O, both word sizes
        || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)
        || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE);
  }

  /** RAR, 7-Zip or gzip: archives we never open. */
  public static boolean isOtherArchive(byte[] content) {
    return startsWith(content, 'R', 'a', 'r', '!') || startsWith(content, '7', 'z', 0xBC, 0xAF) || startsWith(content, 0x1F, 0x8B);
  }

  /** "10 MB" for whole megabytes, else kilobytes, as people read limits. */
  public static String size(long bytes) {
    return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB" : Math.max(1, bytes / 1024) + " KB";
  }
}
