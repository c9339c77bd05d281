package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.finding;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmailAndArchiveGateTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void emailHeadersThatRevealOthersAndAHiddenSheetInTheAttachment() throws Exception {
    byte[] email = Corpus.emailWithEverything(Corpus.summaryWithHiddenStaffSheet(), "officers.xlsx");
    Inspection inspection = gate.inspect("message.eml", email);

    assertThat(inspection.type()).isEqualTo(FileType.EML);
    assertThat(finding(inspection, FindingKind.RECIPIENTS).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.RECIPIENTS).detail()).startsWith("3 recipients");
    assertThat(finding(inspection, FindingKind.ORIGINATING_IP).location()).isEqualTo("header X-Originating-IP");
    assertThat(finding(inspection, FindingKind.RECEIVED_CHAIN).severity()).isEqualTo(Severity.ADVISORY);
    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location())
        .isEqualTo("attachment 'officers.xlsx': sheet 'Staff'");
  }

  @Test
  void cleanedEmailKeepsSenderSubjectTextAndACleanedAttachment() throws Exception {
    byte[] email = Corpus.emailWithEverything(Corpus.summaryWithHiddenStaffSheet(), "officers.xlsx");
    Cleaned cleaned = gate.clean("message.eml", email);

    assertThat(cleaned.fileName()).isEqualTo("message.eml");
    String text = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(text).contains("officer@council.example", "Figures you asked for", "Please find the figures")
        .doesNotContain("colleague@council.example", "manager@council.example", "192.0.2.10", "Received:");
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(cleaned.content()));
    assertThat(message.getAllRecipients()).isNull();
    assertThat(text).contains("officers.csv");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void aForwardedEmailIsInspectedLikeAnAttachment() throws Exception {
    byte[] inner = Corpus.emailWithEverything(Corpus.plainTable(), "table.xlsx");
    MimeMessage outer = new MimeMessage(Session.getInstance(new Properties()));
    outer.setFrom("officer@council.example");
    outer.setSubject("Fwd: figures");
    var body = new jakarta.mail.internet.MimeMultipart();
    var text = new jakarta.mail.internet.MimeBodyPart();
    text.setText("See below.");
    body.addBodyPart(text);
    var forwarded = new jakarta.mail.internet.MimeBodyPart();
    forwarded.setContent(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(inner)),
        "message/rfc822");
    body.addBodyPart(forwarded);
    outer.setContent(body);
    outer.saveChanges();
    var out = new java.io.ByteArrayOutputStream();
    outer.writeTo(out);

    Inspection inspection = gate.inspect("fwd.eml", out.toByteArray());

    assertThat(finding(inspection, FindingKind.ORIGINATING_IP).location())
        .isEqualTo("attachment 'forwarded.eml': header X-Originating-IP");
  }

  @Test
  void anArchiveIsInspectedEntryByEntryAndRebuiltFromCleanedEntries() throws Exception {
    byte[] zip = Corpus.zip(List.of("foi/officers.xlsx", "foi/letter.pdf"),
        List.of(Corpus.summaryWithHiddenStaffSheet(), Corpus.plainPdf("Dear requester")));
    Inspection inspection = gate.inspect("bundle.zip", zip);

    assertThat(inspection.type()).isEqualTo(FileType.ZIP);
    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location()).isEqualTo("foi/officers.xlsx: sheet 'Staff'");
    Cleaned cleaned = gate.clean("bundle.zip", zip);
    var entries = GateAssertions.unzip(cleaned.content());
    assertThat(entries).containsOnlyKeys("foi/officers.csv", "foi/letter.pdf");
    assertThat(entries.get("foi/officers.csv")).contains("North,12").doesNotContain("Hiddensheet");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void anEntryThatCannotBeCleanedIsLeftOutOfTheCleanedArchive() throws Exception {
    byte[] zip = Corpus.zip(List.of("table.xlsx", "locked.pdf"), List.of(Corpus.plainTable(), Corpus.passwordPdf()));

    Cleaned cleaned = gate.clean("bundle.zip", zip);

    assertThat(GateAssertions.unzip(cleaned.content())).containsOnlyKeys("table.csv");
    assertThat(cleaned.fixes()).filteredOn(f -> f.kind() == FindingKind.ENCRYPTED).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEqualTo("left out: the entry could not be cleaned"));
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void aZipBombIsRefusedWithAClearFinding() throws Exception {
    Inspection inspection = gate.inspect("bomb.zip", Corpus.zipBomb());

    Finding bomb = finding(inspection, FindingKind.ZIP_BOMB);
    assertThat(bomb.isBlocking()).isTrue();
    assertThat(bomb.detail()).startsWith("zip bomb").contains("zeros.txt", "refused");
    assertThat(gate.clean("bomb.zip", Corpus.zipBomb()).produced()).isFalse();
  }

  @Test
  void archiveLimitsOnDepthAndSizeApplyAcrossNestedArchives() throws Exception {
    byte[] nested = Corpus.plainPdf("inner");
    for (int i = 0; i < 4; i++) {
      nested = Corpus.zip(List.of("level" + i + ".zip"), List.of(nested));
    }
    DisclosureGate shallow = new DisclosureGate(new org.rightsdesk.redact.RedactionService(
        org.rightsdesk.redact.ReasonCodes.fromCatalogue()), new ArchiveLimits(3, 100, 1 << 20, 200));

    assertThat(finding(shallow.inspect("deep.zip", nested), FindingKind.ARCHIVE_LIMIT).location())
        .isEqualTo("level3.zip: level2.zip: level1.zip: file");
    assertThat(gate.inspect("deep.zip", nested).findings()).isEmpty();

    byte[] big = Corpus.zip(List.of("a.pdf", "b.pdf"), List.of(new byte[700_000], new byte[700_000]));
    assertThat(finding(shallow.inspect("big.zip", big), FindingKind.ZIP_BOMB).detail()).contains("past 1 MiB");
  }
}
