package org.rightsdesk.gate;

/**
 * How far the gate opens archives and attachments before refusing them. The expanded size is counted over
 * the whole walk (an archive, the archives inside it, and so on), so a nested zip bomb meets the same limit.
 *
 * @param maxDepth archives within archives (or emails) opened, counting the outer file as 1
 * @param maxEntries files inspected in one walk
 * @param maxExpandedBytes bytes expanded in one walk
 * @param maxRatio an entry that expands more than this many times its compressed size, once past 1 MiB, is a bomb
 */
public record ArchiveLimits(int maxDepth, int maxEntries, long maxExpandedBytes, int maxRatio) {

  public static final ArchiveLimits DEFAULT = new ArchiveLimits(5, 10_000, 512L << 20, 200);
}
