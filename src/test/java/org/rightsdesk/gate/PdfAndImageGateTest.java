package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.finding;
import static org.rightsdesk.gate.GateAssertions.kinds;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PdfAndImageGateTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void everyPdfHidingPlaceIsFound() throws Exception {
    byte[] pdf = Corpus.pdfWithEverything();
    Inspection inspection = gate.inspect("report.pdf", pdf);

    assertThat(inspection.type()).isEqualTo(FileType.PDF);
    assertThat(finding(inspection, FindingKind.HIDDEN_LAYER).location()).isEqualTo("layer 'Secret layer'");
    assertThat(finding(inspection, FindingKind.ATTACHMENT).location()).isEqualTo("embedded files");
    assertThat(finding(inspection, FindingKind.SCRIPT).location()).isEqualTo("document");
    assertThat(finding(inspection, FindingKind.FORM_FIELD).location()).isEqualTo("form");
    assertThat(finding(inspection, FindingKind.ANNOTATION).location()).isEqualTo("page 1");
    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.METADATA)
        .extracting(Finding::location).containsExactlyInAnyOrder("document information", "XMP metadata");
    // the layer's text is in the file: a text extractor reads it although a viewer does not show it
    assertThat(pdfText(pdf)).contains("LayerSecret");
  }

  @Test
  void cleanedPdfKeepsThePageAndLosesTheRest() throws Exception {
    Cleaned cleaned = gate.clean("report.pdf", Corpus.pdfWithEverything());

    assertThat(cleaned.fileName()).isEqualTo("report.pdf");
    assertThat(pdfText(cleaned.content())).contains("Visible PDF text").doesNotContain("LayerSecret");
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain("NoteSecret", "AttachedSecret", "ScriptSecret", "XmpSecret", "Alice Author");
    Inspection again = gate.inspect(cleaned.fileName(), cleaned.content());
    assertThat(again.findings()).isEmpty();
  }

  @Test
  void anEarlierRevisionIsFoundAndDroppedByCleaning() throws Exception {
    byte[] pdf = Corpus.pdfWithEarlierRevision();

    assertThat(finding(gate.inspect("minutes.pdf", pdf), FindingKind.EARLIER_REVISION).location()).isEqualTo("file");
    Cleaned cleaned = gate.clean("minutes.pdf", pdf);
    assertThat(kinds(gate.inspect("minutes.pdf", cleaned.content()))).doesNotContain(FindingKind.EARLIER_REVISION);
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("RevisionSecret");
  }

  @Test
  void aPlainPdfAndAPasswordPdf() throws Exception {
    assertThat(gate.inspect("letter.pdf", Corpus.plainPdf("Dear requester")).findings()).isEmpty();

    Inspection locked = gate.inspect("locked.pdf", Corpus.passwordPdf());
    assertThat(finding(locked, FindingKind.ENCRYPTED).isBlocking()).isTrue();
  }

  @Test
  void gpsPositionBlocksAndReEncodingDropsAllMetadata() throws Exception {
    byte[] photo = Corpus.jpegWithGps();
    Inspection inspection = gate.inspect("photo.jpg", photo);

    assertThat(inspection.type()).isEqualTo(FileType.JPEG);
    assertThat(finding(inspection, FindingKind.GPS_POSITION).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.DEVICE_SERIAL).location()).contains("Body Serial Number");
    assertThat(finding(inspection, FindingKind.AUTHOR).location()).isEqualTo("EXIF Artist");

    Cleaned cleaned = gate.clean("photo.jpg", photo);
    assertThat(cleaned.fileName()).isEqualTo("photo.jpg");
    assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned.content()))
        .getDirectoriesOfType(GpsDirectory.class)).isEmpty();
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("ArtistSecret", "SN-Secret");
    assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.content())).getWidth()).isEqualTo(64);
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).isEmpty();
  }

  @Test
  void pngTextChunksAreAdvisoryAndRemoved() throws Exception {
    byte[] png = Corpus.png(true);
    Inspection inspection = gate.inspect("chart.png", png);

    assertThat(inspection.type()).isEqualTo(FileType.PNG);
    assertThat(finding(inspection, FindingKind.METADATA).location()).isEqualTo("PNG text chunks");
    assertThat(inspection.blocked()).isFalse();
    Cleaned cleaned = gate.clean("chart.png", png);
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("AuthorSecret");
    assertThat(gate.inspect("chart.png", Corpus.png(false)).findings()).isEmpty();
  }
}
