package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rightsdesk.redact.Extraction.key;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real PDFs from PDF tools' test suites (../shared/corpus/pdf, README there says why each is hard). Each must
 * come out without the term for pdftotext and PDFBox: either cut out, keeping the text named as kept, or from a
 * page rasterised with its reason in the log. Never a silent leak.
 */
class CorpusRedactionTest {

  private static final Path CORPUS = Path.of("../shared/corpus/pdf");
  private static final String REASON = "FOIA-s40(2)";

  /** File, a term it shows, and text that must survive (when no page had to be rasterised). */
  private static final String CASES = """
      acroform-filled-16.pdf    | Alice                | Example for a Form
      annot-freetext-15.pdf     | Firefox              | Hello World from Acrobat
      arabic-rtl-rotated-06.pdf | habibi               |
      cid-arabic-tt-22.pdf      | اﻧﻮاع                |
      cid-jp-gazette-enc-02.pdf | 金曜日               | 平成
      cid-jp-sjis-05.pdf        | 日本語               | Hello ASCII
      cid-jp-vertical-01.pdf    | 透明な幽霊           | 風景やみんな
      cid-pl-invoice-enc-03.pdf | 5319419588           | Faktura
      cid-zh-tables-04.pdf      | 盐城高新区           | 投资集团
      enc-linear-dmca-13.pdf    | Millennium           | Copyright Office
      enc-xfa-es-form-19.pdf    | Elegibilidad         | Formulario
      incr-acroform-14.pdf      | Nonresident Alien    | Internal Revenue Service
      ligature-17.pdf           | flag                 | ligature
      long-linear-de-12.pdf     | Martin Thoma         | Geometrie
      multicol-latex-20.pdf     | Phasellus            | Two-Column
      ocr-scan-rot270-07.pdf    | consetetur           | Lorem
      rot90-listing-21.pdf      | Explicit             | Beautiful
      split-tj-gdoc-10.pdf      | Beautiful            | Explicit
      tagged-letter-18.pdf      | bluejay              | AMENDMENT
      type3-bank-08.pdf         | 1,406,164.00         | Booked
      type3-it-insurance-09.pdf | Unit Linked          | Assicurazione
      type3-web-print-23.pdf    | Portfolio            | Markets
      xobj-2col-paper-11.pdf    | Shinyama             | Preemptive
      """;

  /** Whole, as a case file is, and two pages at a time, as a long document is (decision 007). */
  static Stream<Arguments> corpus() {
    return CASES.lines().map(String::strip).filter(line -> !line.isEmpty())
        .flatMap(line -> {
          String[] cells = line.split("\\|", -1);
          String keep = cells[2].strip().isEmpty() ? null : cells[2].strip();
          return Stream.of(RedactionService.PART_PAGES, 2)
              .map(parts -> Arguments.of(cells[0].strip(), cells[1].strip(), keep, parts));
        });
  }

  @ParameterizedTest(name = "{0}: {1}, parts of {3} pages")
  @MethodSource("corpus")
  void the_term_is_cut_out_or_its_page_rasterised_with_a_reason(String file, String term, String keep,
      int partPages) throws Exception {
    RedactionService service = new RedactionService(ReasonCodes.fromCatalogue(), partPages);
    Path pdf = CORPUS.resolve(file);
    assumeTrue(Files.exists(pdf), "the shared corpus is not checked out beside the project");
    byte[] original = Files.readAllBytes(pdf);
    assertThat(key(Extraction.pdftotext(original))).contains(key(term));

    RedactionResult result = service.redact(original, file, TrickyPdfRedactionTest.request(term));

    assertThat(result.verification().passed()).isTrue();
    assertThat(Extraction.pageCount(result.pdf())).isEqualTo(Extraction.pageCount(original));
    assertThat(key(Extraction.pdftotext(result.pdf()))).doesNotContain(key(term));
    assertThat(key(Extraction.pdfbox(result.pdf()))).doesNotContain(key(term));
    List<RedactionLogEntry> rasterised = result.log().stream()
        .filter(e -> e.action() == RedactionLogEntry.Action.PAGE_RASTERISED)
        .toList();
    assertThat(rasterised).allSatisfy(e -> assertThat(e.note()).isNotBlank());
    if (keep != null && rasterised.isEmpty()) {
      assertThat(key(Extraction.pdftotext(result.pdf()))).contains(key(keep));
    }
    assertThat(result.log()).isNotEmpty();
  }
}
