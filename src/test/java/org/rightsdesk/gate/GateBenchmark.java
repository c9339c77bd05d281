package org.rightsdesk.gate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gate's throughput on a generated mixed corpus, run by bench/gate/run.sh (not a test: it prints figures).
 * The corpus is built first, then every file is inspected and cleaned; the large workbook is timed on its own
 * so its streaming shows in the heap peak of a small -Xmx.
 *
 * <p>Arguments: files in the mixed corpus (default 400), rows in the large workbook (default 100000).
 */
public final class GateBenchmark {

  private record Sample(String name, byte[] content) {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    InspectCommand.quietLogging(); // as the command runs: libraries' debug logging would dominate the timings
    DisclosureGate gate = new DisclosureGate();

    List<Sample> corpus = mixedCorpus(files);
    long bytes = corpus.stream().mapToLong(s -> s.content().length).sum();
    // one pass to load classes and warm the JIT, so the timed pass measures the gate
    corpus.stream().limit(40).forEach(s -> gate.inspect(s.name(), s.content()));

    resetPeaks();
    long start = System.nanoTime();
    int blocked = 0;
    for (Sample sample : corpus) {
      blocked += gate.inspect(sample.name(), sample.content()).blocked() ? 1 : 0;
    }
    report("inspect mixed corpus", corpus.size(), bytes, System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "  %d of %d files blocked%n", blocked, corpus.size());

    start = System.nanoTime();
    int cleaned = 0;
    for (Sample sample : corpus) {
      cleaned += gate.clean(sample.name(), sample.content()).produced() ? 1 : 0;
    }
    report("clean mixed corpus", corpus.size(), bytes, System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "  %d of %d files cleaned%n", cleaned, corpus.size());
    System.out.printf(Locale.ROOT, "  heap peak during the mixed corpus: %d MiB%n", peakHeapMiB());

    byte[] large = Corpus.largeWorkbook(rows);
    System.gc();
    resetPeaks();
    start = System.nanoTime();
    Inspection inspection = gate.inspect("large.xlsx", large);
    report("inspect " + rows + "-row workbook", 1, large.length, System.nanoTime() - start);
    start = System.nanoTime();
    Cleaned csv = gate.clean("large.xlsx", large);
    report("clean " + rows + "-row workbook to CSV", 1, large.length, System.nanoTime() - start);
    System.out.printf(Locale.ROOT, "  %d findings, CSV %.1f MiB, heap peak %d MiB (workbook %.1f MiB zipped)%n",
        inspection.findings().size(), csv.content().length / 1048576.0, peakHeapMiB(), large.length / 1048576.0);
  }

  /** Office files in the proportions a disclosure bundle has: mostly letters and tables, some PDFs and photos. */
  private static List<Sample> mixedCorpus(int files) throws Exception {
    List<Sample> corpus = new ArrayList<>();
    for (int i = 0; corpus.size() < files; i++) {
      switch (i % 10) {
        case 0, 1 -> corpus.add(new Sample("letter" + i + ".docx", Corpus.plainLetter()));
        case 2 -> corpus.add(new Sample("draft" + i + ".docx", Corpus.letterWithEverything()));
        case 3, 4 -> corpus.add(new Sample("table" + i + ".xlsx", Corpus.plainTable()));
        case 5 -> corpus.add(new Sample("figures" + i + ".xlsx", Corpus.workbookWithEverything()));
        case 6 -> corpus.add(new Sample("old" + i + ".xls", Corpus.legacyWorkbook()));
        case 7 -> corpus.add(new Sample("report" + i + ".pdf", Corpus.pdfWithEverything()));
        case 8 -> corpus.add(new Sample("photo" + i + ".jpg", Corpus.jpegWithGps()));
        default -> corpus.add(new Sample("mail" + i + ".eml",
            Corpus.emailWithEverything(Corpus.summaryWithHiddenStaffSheet(), "officers.xlsx")));
      }
    }
    return corpus;
  }

  private static void report(String what, int files, long bytes, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(Locale.ROOT, "%-40s %5d files %8.2f MiB %7.2f s %8.1f files/s %7.2f MiB/s%n", what, files,
        bytes / 1048576.0, seconds, files / seconds, bytes / 1048576.0 / seconds);
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }
}
