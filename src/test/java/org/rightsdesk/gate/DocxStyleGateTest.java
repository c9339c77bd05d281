package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word text a reader never sees though it is all in the file: hidden by a style rather than by its own
 * formatting, white on a white page, or too small to read. Each is reported where it is and left out of the
 * cleaned copy; white text on a shaded table header, a style switched off by the run, and ordinary styles are
 * not alarms.
 */
class DocxStyleGateTest {

  private final DisclosureGate gate = new DisclosureGate();

  private static final String STYLES = """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:spacing w:before="240"/><w:rPr><w:vanish/></w:rPr></w:pPr>
          <w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="DraftNote"><w:name w:val="Draft note"/><w:basedOn w:val="NoteBase"/></w:style>
        <w:style w:type="paragraph" w:styleId="NoteBase"><w:name w:val="Note base"/><w:rPr><w:vanish/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Invisible"><w:name w:val="Invisible"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>
      </w:styles>""";

  @Test
  void text_hidden_by_a_style_white_or_tiny_is_found_where_it_is_and_left_out_of_the_cleaned_copy()
      throws IOException {
    byte[] docx = docx(
        paragraph(null, run(null, "", "Dear Ms Patel,")),
        paragraph(null, run(null, "", "The panel met on 3 March. "), run("Secret", "", "Pupil referred by Mrs Okafor.")),
        paragraph("DraftNote", run(null, "", "Draft: check the Okafor complaint file.")),
        paragraph(null, run("Invisible", "", "Okafor family address 12 Mill Lane")),
        paragraph(null, run(null, "<w:color w:val=\"ffffff\"/>", "Okafor phone 07700 900123")),
        paragraph(null, run(null, "<w:sz w:val=\"2\"/>", "Okafor date of birth 1 May 2012")),
        paragraph(null, run(null, "", "Yours sincerely, the Trust")));

    Inspection inspection = gate.inspect("letter.docx", docx);

    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.HIDDEN_TEXT)
        .extracting(Finding::location, Finding::severity, Finding::detail)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/word/document.xml paragraphs 2, 3", Severity.BLOCKING,
                "2 runs of text formatted as hidden, by their own formatting or their style"),
            org.assertj.core.groups.Tuple.tuple("/word/document.xml paragraphs 4, 5", Severity.BLOCKING,
                "2 runs of white text on a white page"),
            org.assertj.core.groups.Tuple.tuple("/word/document.xml paragraph 6", Severity.BLOCKING,
                "1 runs of text 1 point or smaller"));

    Cleaned cleaned = gate.clean("letter.docx", docx);
    String text = pdfText(cleaned.content());
    assertThat(text).contains("Dear Ms Patel", "The panel met on 3 March", "Yours sincerely");
    assertThat(text).doesNotContain("Okafor");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings())
        .noneMatch(f -> f.severity() == Severity.BLOCKING);
  }

  @Test
  void white_text_on_a_shaded_header_a_style_switched_off_by_the_run_and_ordinary_styles_raise_no_alarm()
      throws IOException {
    byte[] docx = docx(
        paragraph("Heading1", run(null, "", "Summary of the decision")),
        "<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:tcPr>"
            + paragraph(null, run(null, "<w:color w:val=\"FFFFFF\"/>", "Meeting date")) + "</w:tc></w:tr>"
            + "<w:tr><w:tc>" + paragraph(null, run(null, "", "3 March")) + "</w:tc></w:tr></w:tbl>",
        paragraph(null, run("Secret", "<w:vanish w:val=\"0\"/>", "Shown despite its style")),
        paragraph(null, run(null, "<w:color w:val=\"FFFFFF\"/><w:highlight w:val=\"darkBlue\"/>", "Highlighted note")));

    Inspection inspection = gate.inspect("summary.docx", docx);

    assertThat(inspection.findings()).noneMatch(f -> f.severity() == Severity.BLOCKING);
    assertThat(pdfText(gate.clean("summary.docx", docx).content()))
        .contains("Summary of the decision", "Meeting date", "3 March", "Shown despite its style", "Highlighted note");
  }

  private static String paragraph(String style, String... runs) {
    return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
        + String.join("", runs) + "</w:p>";
  }

  private static String run(String style, String formatting, String text) {
    String properties = (style == null ? "" : "<w:rStyle w:val=\"" + style + "\"/>") + formatting;
    return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>")
        + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static byte[] docx(String... body) throws IOException {
    String document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + String.join("", body) + "</w:body></w:document>";
    String types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".wordprocessingml.styles+xml\"/></Types>";
    String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    String documentRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "styles\" Target=\"styles.xml\"/></Relationships>";
    return Corpus.zip(
        List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml"),
        List.of(bytes(types), bytes(rels), bytes(document), bytes(documentRels), bytes(STYLES)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
