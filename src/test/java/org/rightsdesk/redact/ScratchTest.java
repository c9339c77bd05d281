package org.rightsdesk.redact;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
class ScratchTest {
  @Test void t() throws Exception {
    var req = new RedactionRequest(List.of(new RedactionRequest.Term("Jonathan Smithers", DataKind.TERM, "FOIA-s40(2)"), new RedactionRequest.Term("jonathan.smithers@example.org", DataKind.TERM, "FOIA-s40(2)"), new RedactionRequest.Term("RD-2024-0117", DataKind.TERM, "FOIA-s40(2)")), List.of(), List.of(), null);
    for (int i = 0; i < 1; i++) {
      long t0 = System.nanoTime();
      TextRules rules = new TextRules(req);
      Set<String> secrets = new HashSet<>();
      var doc = Loader.loadPDF(new java.io.File("/tmp/bench/in1000.pdf"), MemoryUsageSetting.setupMixed(16L<<20).streamCache);
      long t1 = System.nanoTime();
      var pages = new PageRedactor(doc, rules, req, "x", secrets);
      long scan = 0;
      for (int p = 0; p < doc.getNumberOfPages(); p++) pages.redact(p);
      long t2 = System.nanoTime();
      DocumentSanitiser.strip(doc);
      DocumentSanitiser.sweepStrings(doc, s -> !rules.find(s).isEmpty());
      long t3 = System.nanoTime();
      doc.save(new java.io.File("/tmp/bench/o1000.pdf"), CompressParameters.NO_COMPRESSION);
      doc.close();
      long t4 = System.nanoTime();
      RedactionVerifier.verify(Path.of("/tmp/bench/o1000.pdf"), rules, secrets);
      long t5 = System.nanoTime();
      System.out.printf("XX load %d pages %d strip+sweep %d save %d verify %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000, (t5-t4)/1000000);
    }
  }
}
