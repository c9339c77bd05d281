package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.redact.Extraction.key;
import static org.rightsdesk.redact.TrickyPdfs.KEEP;
import static org.rightsdesk.redact.TrickyPdfs.NAME;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each tricky PDF, redacted for {@link TrickyPdfs#NAME}, must lose the name for poppler's pdftotext and for
 * PDFBox alike, keep the text that was not redacted, and pass the service's own verification.
 */
class TrickyPdfRedactionTest {

  private static final String REASON = "FOIA-s40(2)";

  private final RedactionService service = new RedactionService(ReasonCodes.fromCatalogue());
  /** Every page a part of its own: what a long document goes through, on files small enough to build here. */
  private final RedactionService pageByPage = new RedactionService(ReasonCodes.fromCatalogue(), 1);

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("text split across operators", (Supplier<byte[]>) TrickyPdfs::splitAcrossOperators, "wrote"),
        Arguments.of("TJ kerning arrays", (Supplier<byte[]>) TrickyPdfs::kerningArray, "wrote"),
        Arguments.of("hex strings and quote operators", (Supplier<byte[]>) TrickyPdfs::hexStringsAndQuotes, "wrote"),
        Arguments.of("Type0 font with two-byte codes", (Supplier<byte[]>) TrickyPdfs::cidFont, "ŁÓDŹ"),
        Arguments.of("rotated page and text", (Supplier<byte[]>) TrickyPdfs::rotatedPage, "wrote"),
        Arguments.of("form XObject on two pages", (Supplier<byte[]>) TrickyPdfs::formXObject, "caseworker"),
        Arguments.of("annotation appearance and contents", (Supplier<byte[]>) TrickyPdfs::annotationAppearance, "short"),
        Arguments.of("Info and XMP metadata", (Supplier<byte[]>) TrickyPdfs::metadata, "short"),
        Arguments.of("incremental update over the original", (Supplier<byte[]>) TrickyPdfs::incrementalUpdate, "short"),
        Arguments.of("form listed in resources but never drawn", (Supplier<byte[]>) TrickyPdfs::undrawnForm, "short"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void the_name_is_gone_for_every_extractor_and_the_rest_survives_in_place(String name, Supplier<byte[]> build,
      String anchor) throws Exception {
    assertRedacted(service, name, build.get(), anchor);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void redacted_one_page_at_a_time_as_long_documents_are_the_name_is_gone_and_the_rest_survives(String name,
      Supplier<byte[]> build, String anchor) throws Exception {
    assertRedacted(pageByPage, name, build.get(), anchor);
  }

  private static void assertRedacted(RedactionService service, String name, byte[] original, String anchor)
      throws Exception {
    // Given a file from which the name can be extracted somewhere (text, annotation, metadata or an old revision)
    assertThat(key(Extraction.pdftotext(original)) + key(new String(original, StandardCharsets.ISO_8859_1))
        + key(Extraction.pdfbox(original)))
        .contains(key(NAME));

    // When the name is redacted
    RedactionResult result = service.redact(original, name + ".pdf", request(NAME));

    // Then no extractor finds it, nor do the raw bytes, and the text that was not redacted is still there
    byte[] redacted = result.pdf();
    assertThat(result.verification().passed()).isTrue();
    String poppler = Extraction.pdftotext(redacted);
    String pdfbox = Extraction.pdfbox(redacted);
    // each word of the name appears in these files only as part of the name, so neither may survive alone
    assertThat(key(poppler)).doesNotContain("jonathan", "smithers").contains(key(KEEP));
    assertThat(key(pdfbox)).doesNotContain("jonathan", "smithers").contains(key(KEEP));
    assertThat(key(new String(redacted, StandardCharsets.ISO_8859_1))).doesNotContain(key(NAME));
    // the text after the cut has not moved
    assertThat(Extraction.positionOf(redacted, anchor)).containsExactly(Extraction.positionOf(original, anchor),
        org.assertj.core.data.Offset.offset(0.01f));
    try (PDDocument document = Loader.loadPDF(redacted)) {
      assertThat(document.getDocument().getTrailer().getCOSDictionary(org.apache.pdfbox.cos.COSName.INFO)).isNull();
      assertThat(document.getDocumentCatalog().getMetadata()).isNull();
    }
  }

  static RedactionRequest request(String term) {
    return new RedactionRequest(List.of(new RedactionRequest.Term(term, DataKind.THIRD_PARTY_NAME, REASON)),
        List.of(), List.of(), null);
  }
}
