package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenDocument text, written here as the ODF parts themselves: every hiding place a letter can have is found
 * where it is, and the cleaned copy is a PDF of what a reader sees, with insertions accepted and none of the
 * secrets in its text or bytes. An ordinary letter with ordinary styles raises no alarm.
 */
public class OdtGateTest {

  private static final String NS = "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
      + "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' "
      + "xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' "
      + "xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0' "
      + "xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0' "
      + "xmlns:draw='urn:oasis:names:tc:opendocument:xmlns:drawing:1.0' "
      + "xmlns:svg='urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0' "
      + "xmlns:xlink='http://www.w3.org/1999/xlink' xmlns:dc='http://purl.org/dc/elements/1.1/' "
      + "xmlns:meta='urn:oasis:names:tc:opendocument:xmlns:meta:1.0'";

  private static final String[] SECRETS = {"DeletedSecret", "CommentSecret", "HiddenFieldSecret",
      "HiddenParagraphSecret", "StyleHiddenSecret", "WhiteSecret", "TinySecret", "HeaderSecret", "Alice Author",
      "AuthorSecret"};

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void every_hiding_place_is_found_where_it_is_and_the_cleaned_copy_shows_only_what_a_reader_sees()
      throws Exception {
    byte[] odt = letterWithEverything();

    Inspection inspection = gate.inspect("letter.odt", odt);

    assertThat(inspection.type()).isEqualTo(FileType.ODT);
    assertThat(inspection.findings())
        .extracting(Finding::kind, Finding::location, Finding::severity)
        .contains(
            tuple(FindingKind.TRACKED_CHANGE, "content.xml paragraph 2", Severity.BLOCKING),
            tuple(FindingKind.COMMENT, "content.xml paragraph 3", Severity.BLOCKING),
            tuple(FindingKind.HIDDEN_TEXT, "content.xml paragraphs 4, 5, 6", Severity.BLOCKING),
            tuple(FindingKind.HIDDEN_TEXT, "content.xml paragraph 7", Severity.BLOCKING),
            tuple(FindingKind.HIDDEN_TEXT, "content.xml paragraph 8", Severity.BLOCKING),
            tuple(FindingKind.ALT_TEXT, "content.xml paragraph 9", Severity.ADVISORY),
            tuple(FindingKind.HEADER_FOOTER, "styles.xml", Severity.ADVISORY),
            tuple(FindingKind.DOCUMENT_PROPERTIES, "meta.xml", Severity.ADVISORY),
            tuple(FindingKind.MACRO, "Basic/ or Scripts/", Severity.BLOCKING),
            tuple(FindingKind.EMBEDDED_OBJECT, "Object 1/", Severity.BLOCKING),
            tuple(FindingKind.THUMBNAIL, "Thumbnails/thumbnail.png", Severity.ADVISORY));
    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.TRACKED_CHANGE)
        .extracting(Finding::detail)
        .containsExactlyInAnyOrder("1 tracked deletions: the deleted text is still in the file",
            "1 tracked insertions not yet accepted");

    Cleaned cleaned = gate.clean("letter.odt", odt);

    assertThat(cleaned.fileName()).isEqualTo("letter.pdf");
    String text = pdfText(cleaned.content());
    assertThat(text).contains("Dear requester,", "We hold the inserted words you asked for.",
        "Visible sentence.", "Area", "Officers", "North", "12", "Yours faithfully");
    String bytes = new String(cleaned.content(), StandardCharsets.ISO_8859_1);
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
      assertThat(bytes).doesNotContain(secret);
    }
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void an_ordinary_letter_with_styles_raises_no_blocking_finding() throws Exception {
    String content = "<office:document-content " + NS + "><office:automatic-styles>"
        + "<style:style style:name='P1' style:family='paragraph'><style:text-properties fo:font-size='12pt'"
        + " fo:color='#000000'/></style:style>"
        + "<style:style style:name='T1' style:family='text'><style:text-properties fo:color='#ffffff'"
        + " fo:background-color='#1f4e79'/></style:style></office:automatic-styles>"
        + "<office:body><office:text><text:h text:outline-level='1'>Reply to your request</text:h>"
        + "<text:p text:style-name='P1'>We enclose the minutes you asked for.</text:p>"
        + "<text:p><text:span text:style-name='T1'>Note on a dark band</text:span></text:p>"
        + "</office:text></office:body></office:document-content>";

    byte[] odt = Corpus.openDocument("application/vnd.oasis.opendocument.text",
        Map.of("content.xml", content.getBytes(StandardCharsets.UTF_8)));

    assertThat(gate.inspect("reply.odt", odt).findings()).noneMatch(Finding::isBlocking);
    assertThat(pdfText(gate.clean("reply.odt", odt).content()))
        .contains("Reply to your request", "We enclose the minutes you asked for.", "Note on a dark band");
  }

  /** {@link #letterWithEverything()} without its macros, as a case would accept it. */
  public static byte[] letterWithoutMacros() throws IOException {
    return letter(false);
  }

  /** Paragraphs: 1 greeting, 2 tracked changes, 3 comment, 4-6 hidden, 7 white, 8 tiny, 9 picture, then a table. */
  public static byte[] letterWithEverything() throws IOException {
    return letter(true);
  }

  private static byte[] letter(boolean macros) throws IOException {
    String content = "<office:document-content " + NS + "><office:automatic-styles>"
        + "<style:style style:name='Secretive' style:family='text' style:parent-style-name='Concealed'/>"
        + "<style:style style:name='White' style:family='text'><style:text-properties fo:color='#FFFFFF'/>"
        + "</style:style>"
        + "<style:style style:name='Tiny' style:family='text'><style:text-properties fo:font-size='0.5pt'/>"
        + "</style:style></office:automatic-styles>"
        + "<office:body><office:text>"
        + "<text:tracked-changes>"
        + "<text:changed-region text:id='ct1'><text:deletion><office:change-info><dc:creator>Reviewer</dc:creator>"
        + "</office:change-info><text:p>DeletedSecret </text:p></text:deletion></text:changed-region>"
        + "<text:changed-region text:id='ct2'><text:insertion><office:change-info><dc:creator>Reviewer"
        + "</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>"
        + "<text:p>Dear requester,</text:p>"
        + "<text:p>We hold <text:change text:change-id='ct1'/><text:change-start text:change-id='ct2'/>the"
        + " inserted words <text:change-end text:change-id='ct2'/>you asked for.</text:p>"
        + "<text:p>Visible sentence.<office:annotation><dc:creator>Reviewer</dc:creator>"
        + "<text:p>CommentSecret</text:p></office:annotation></text:p>"
        + "<text:p>Before <text:hidden-text text:condition='ooow:1' text:string-value='HiddenFieldSecret'"
        + " text:is-hidden='true'/>after.</text:p>"
        + "<text:p><text:hidden-paragraph text:condition='ooow:1' text:is-hidden='true'/>HiddenParagraphSecret"
        + "</text:p>"
        + "<text:p>Shown <text:span text:style-name='Secretive'>StyleHiddenSecret</text:span></text:p>"
        + "<text:p><text:span text:style-name='White'>WhiteSecret</text:span></text:p>"
        + "<text:p><text:span text:style-name='Tiny'>TinySecret</text:span></text:p>"
        + "<text:p><draw:frame draw:name='Photo'><draw:image xlink:href='Pictures/photo.png'/>"
        + "<svg:title>A photo of the fence</svg:title></draw:frame>"
        + "<draw:frame draw:name='Chart'><draw:object xlink:href='./Object 1'/></draw:frame></text:p>"
        + "<table:table><table:table-row><table:table-cell><text:p>Area</text:p></table:table-cell>"
        + "<table:table-cell><text:p>Officers</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>North</text:p></table:table-cell>"
        + "<table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>"
        + "<text:p>Yours faithfully</text:p>"
        + "</office:text></office:body></office:document-content>";
    String styles = "<office:document-styles " + NS + "><office:styles>"
        + "<style:style style:name='Concealed' style:family='text'><style:text-properties text:display='none'/>"
        + "</style:style></office:styles><office:master-styles><style:master-page style:name='Standard'>"
        + "<style:header><text:p>HeaderSecret</text:p></style:header></style:master-page></office:master-styles>"
        + "</office:document-styles>";
    String meta = "<office:document-meta " + NS + "><office:meta><meta:initial-creator>Alice Author"
        + "</meta:initial-creator><dc:creator>Alice Author</dc:creator></office:meta></office:document-meta>";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
    parts.put("styles.xml", styles.getBytes(StandardCharsets.UTF_8));
    parts.put("meta.xml", meta.getBytes(StandardCharsets.UTF_8));
    parts.put("Pictures/photo.png", Corpus.png(true));
    if (macros) {
      parts.put("Basic/Standard/Module1.xml", "<script>Sub Main</script>".getBytes(StandardCharsets.UTF_8));
    }
    parts.put("Object 1/content.xml", "<chart/>".getBytes(StandardCharsets.UTF_8));
    parts.put("Thumbnails/thumbnail.png", Corpus.png(false));
    return Corpus.openDocument("application/vnd.oasis.opendocument.text", parts);
  }
}
