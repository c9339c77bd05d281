package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.finding;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.poi.hsmf.MAPIMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.redact.ReasonCodes;
import org.rightsdesk.redact.RedactionService;

/** Word 97-2003 (.doc, converted from DOCX by LibreOffice) and Outlook (.msg, written stream by stream). */
class LegacyOfficeGateTest {

  private static final List<String> DOC_SECRETS = List.of("DeletedSecret", "HiddenSecret", "CommentSecret",
      "HeaderSecret");

  private static byte[] docWithEverything;
  private static byte[] plainDoc;

  private final DisclosureGate gate = new DisclosureGate();

  @TempDir
  Path directory;

  /** LibreOffice takes seconds per file, so each .doc is converted once for the class. */
  @BeforeAll
  static void convertLetters() throws Exception {
    docWithEverything = LegacyOfficeCorpus.toDoc(LegacyOfficeCorpus.docxWithEverything());
    plainDoc = LegacyOfficeCorpus.toDoc(LegacyOfficeCorpus.plainDocx());
  }

  @Test
  void everyHidingPlaceLibreOfficeKeepsInADocIsFoundWhereItIs() {
    Inspection inspection = gate.inspect("letter.doc", docWithEverything);

    assertThat(inspection.type()).isEqualTo(FileType.DOC);
    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.TRACKED_CHANGE)
        .extracting(Finding::location).containsOnly("main text paragraph 2");
    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.TRACKED_CHANGE)
        .extracting(Finding::detail).anyMatch(d -> d.contains("deletions")).anyMatch(d -> d.contains("insertions"));
    assertThat(finding(inspection, FindingKind.TRACKED_CHANGE).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.HIDDEN_TEXT).location()).isEqualTo("main text paragraph 3");
    assertThat(finding(inspection, FindingKind.HIDDEN_TEXT).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.COMMENT).location()).isEqualTo("main text paragraph 4");
    assertThat(finding(inspection, FindingKind.COMMENT).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.DOCUMENT_PROPERTIES).detail()).contains("author");
    assertThat(finding(inspection, FindingKind.HEADER_FOOTER).severity()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void aMacroProjectAndAnEmbeddedObjectInADocAreBlocking() throws Exception {
    Inspection inspection = gate.inspect("letter.doc", LegacyOfficeCorpus.withMacroAndEmbeddedWorkbook(plainDoc));

    assertThat(inspection.type()).isEqualTo(FileType.DOC);
    assertThat(finding(inspection, FindingKind.MACRO).location()).isEqualTo("Macros");
    assertThat(finding(inspection, FindingKind.MACRO).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.EMBEDDED_OBJECT).location()).isEqualTo("ObjectPool/_1234567890");
    assertThat(finding(inspection, FindingKind.EMBEDDED_OBJECT).isBlocking()).isTrue();
  }

  @Test
  void namesInADocsPropertiesAreReportedButNotCopied() throws Exception {
    byte[] named = LegacyOfficeCorpus.withNamesInProperties(docWithEverything);

    Inspection inspection = gate.inspect("letter.doc", named);
    Cleaned cleaned = gate.clean("letter.doc", named);

    assertThat(finding(inspection, FindingKind.DOCUMENT_PROPERTIES).detail())
        .contains("author", "last modified by", "template", "company");
    assertThat(finding(inspection, FindingKind.DOCUMENT_PROPERTIES).severity()).isEqualTo(Severity.ADVISORY);
    assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Example Council", "Bob Editor", "Complaints team");
  }

  @Test
  void aCleanedDocIsAPdfOfTheVisibleTextWithChangesAccepted() {
    Cleaned cleaned = gate.clean("letter.doc", docWithEverything);

    assertThat(cleaned.fileName()).isEqualTo("letter.pdf");
    assertThat(cleaned.type()).isEqualTo(FileType.PDF);
    String text = pdfText(cleaned.content());
    assertThat(text).contains("Dear requester,", "We hold the inserted words you asked for.", "Visible sentence.",
        "Please see the table.", "Team | Requests", "North | 12", "Yours sincerely",
        "Section 40(2) applies to staff names.");
    String bytes = new String(cleaned.content(), StandardCharsets.ISO_8859_1);
    for (String secret : DOC_SECRETS) {
      assertThat(text).doesNotContain(secret);
      assertThat(bytes).doesNotContain(secret);
    }
    assertThat(cleaned.fixes()).filteredOn(Finding::isBlocking)
        .allSatisfy(f -> assertThat(f.fix()).contains("PDF of the visible text"));
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void anOrdinaryDocLetterRaisesNoBlockingFinding() {
    Inspection inspection = gate.inspect("reply.doc", plainDoc);

    assertThat(inspection.type()).isEqualTo(FileType.DOC);
    assertThat(inspection.findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void hsmfReadsTheMessageTheCorpusWrites() throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithEverything(Corpus.plainLetter(), "reply.docx");

    MAPIMessage read = new MAPIMessage(new ByteArrayInputStream(msg));

    assertThat(read.getSubject()).isEqualTo("Figures you asked for");
    assertThat(read.getTextBody()).isEqualTo("Please find the figures attached.");
    assertThat(read.getRecipientEmailAddressList()).containsExactly("requester@example.com",
        "colleague@council.example", "manager@council.example");
    assertThat(read.getHeaders()).anyMatch(h -> h.startsWith("X-Originating-IP"));
    assertThat(read.getAttachmentFiles()).singleElement().satisfies(a -> {
      assertThat(a.getAttachLongFileName().getValue()).isEqualTo("reply.docx");
      assertThat(a.getEmbeddedAttachmentObject()).isEqualTo(Corpus.plainLetter());
    });
  }

  @Test
  void aMsgRevealsItsRecipientsTransportHeadersAndHiddenTextInItsAttachment() throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithEverything(LegacyOfficeCorpus.docxWithEverything(), "letter.docx");
    Inspection inspection = gate.inspect("message.msg", msg);

    assertThat(inspection.type()).isEqualTo(FileType.MSG);
    assertThat(finding(inspection, FindingKind.RECIPIENTS).isBlocking()).isTrue();
    assertThat(finding(inspection, FindingKind.RECIPIENTS).detail()).startsWith("3 recipients");
    assertThat(finding(inspection, FindingKind.ORIGINATING_IP).location()).isEqualTo("header X-Originating-IP");
    assertThat(finding(inspection, FindingKind.RECEIVED_CHAIN).severity()).isEqualTo(Severity.ADVISORY);
    assertThat(finding(inspection, FindingKind.HIDDEN_TEXT).location())
        .isEqualTo("attachment 'letter.docx': /word/document.xml paragraph 3");
  }

  @Test
  void aCleanedMsgIsAnEmailWithSenderSubjectTextAndTheCleanedAttachmentOnly() throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithEverything(LegacyOfficeCorpus.docxWithEverything(), "letter.docx");
    Cleaned cleaned = gate.clean("message.msg", msg);

    assertThat(cleaned.fileName()).isEqualTo("message.eml");
    assertThat(cleaned.type()).isEqualTo(FileType.EML);
    String text = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(text).contains(LegacyOfficeCorpus.SENDER, "Figures you asked for", "Please find the figures",
        "filename=letter.pdf").doesNotContain("192.0.2.10", "Received:", "requester@example.com");
    for (String other : LegacyOfficeCorpus.OTHER_RECIPIENTS) {
      assertThat(text).doesNotContain(other);
    }
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(cleaned.content()));
    assertThat(message.getAllRecipients()).isNull();
    assertThat(message.getSentDate()).isEqualTo(new java.util.Date(1_780_000_000_000L));
    Inspection again = gate.inspect(cleaned.fileName(), cleaned.content());
    assertThat(again.findings()).noneMatch(Finding::isBlocking);
    EmailGate.Attachment letter = EmailGate.parse(cleaned.content()).attachments().get(0);
    String letterText = pdfText(letter.content());
    assertThat(letterText).contains("Visible sentence.");
    for (String secret : DOC_SECRETS) {
      assertThat(letterText).doesNotContain(secret);
    }
  }

  @Test
  void anOutlookItemAttachedAsAnItemIsReportedAndLeftOutOfTheCleanedCopy() throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithAttachedItem();
    assertThat(new MAPIMessage(new ByteArrayInputStream(msg)).getAttachmentFiles())
        .singleElement().satisfies(a -> assertThat(a.isEmbeddedMessage()).isTrue());

    Inspection inspection = gate.inspect("fwd.msg", msg);
    Cleaned cleaned = gate.clean("fwd.msg", msg);

    assertThat(finding(inspection, FindingKind.UNSUPPORTED_TYPE).location()).isEqualTo("attachment 'Staff rota'");
    assertThat(finding(inspection, FindingKind.UNSUPPORTED_TYPE).isBlocking()).isTrue();
    assertThat(new String(cleaned.content(), StandardCharsets.UTF_8)).contains("See the item attached.")
        .doesNotContain("RotaSecret");
  }

  @Test
  void aMsgRespectsTheWalkLimits() throws Exception {
    byte[] msg = LegacyOfficeCorpus.msgWithEverything(Corpus.plainLetter(), "reply.docx");
    RedactionService redaction = new RedactionService(ReasonCodes.fromCatalogue());

    Inspection tooMany = new DisclosureGate(redaction, new ArchiveLimits(5, 0, 512L << 20, 200))
        .inspect("message.msg", msg);
    Inspection tooDeep = new DisclosureGate(redaction, new ArchiveLimits(1, 10, 512L << 20, 200))
        .inspect("bundle.zip", Corpus.zip(List.of("message.msg"), List.of(msg)));

    assertThat(finding(tooMany, FindingKind.ARCHIVE_LIMIT).isBlocking()).isTrue();
    assertThat(finding(tooDeep, FindingKind.ARCHIVE_LIMIT).location()).isEqualTo("message.msg: file");
  }

  @Test
  void theInspectCommandReadsDocAndMsgFiles() throws Exception {
    Path plain = Files.write(directory.resolve("reply.doc"), plainDoc);
    Path letter = Files.write(directory.resolve("letter.doc"), docWithEverything);
    Path message = Files.write(directory.resolve("message.msg"),
        LegacyOfficeCorpus.msgWithEverything(Corpus.plainLetter(), "reply.docx"));
    Path cleaned = directory.resolve("cleaned");

    assertThat(inspect(plain.toString())).isZero();
    assertThat(inspect(letter.toString())).isEqualTo(InspectCommand.BLOCKED);
    assertThat(inspect(message.toString())).isEqualTo(InspectCommand.BLOCKED);
    assertThat(inspect("--clean", cleaned.toString(), letter.toString(), message.toString())).isZero();
    assertThat(pdfText(Files.readAllBytes(cleaned.resolve("letter.pdf")))).contains("Visible sentence.");
    assertThat(Files.readString(cleaned.resolve("message.eml"), StandardCharsets.UTF_8))
        .contains("Figures you asked for").doesNotContain("colleague@council.example");
  }

  private static int inspect(String... args) {
    return InspectCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }
}
