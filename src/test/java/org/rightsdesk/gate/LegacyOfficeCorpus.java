package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Legacy Office test files. POI cannot write a .doc from nothing, so each .doc is a DOCX written here with POI
 * and converted by LibreOffice ({@code soffice}); Outlook messages are written stream by stream into an OLE2
 * container as MS-OXMSG lays them out. Secrets are words ending in "Secret", as in {@link Corpus}. Public so the
 * case service's tests add the same files.
 */
public final class LegacyOfficeCorpus {

  public static final String SENDER = "officer@council.example";
  public static final List<String> OTHER_RECIPIENTS = List.of("colleague@council.example", "manager@council.example");

  private LegacyOfficeCorpus() {}

  /**
   * A letter whose paragraphs 2, 3 and 4 hold a tracked change, a hidden run and a comment, with a table,
   * a header, a footnote and names in its properties.
   */
  public static byte[] docxWithEverything() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setCreator("Alice Author");
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Example Council");
      doc.createParagraph().createRun().setText("Dear requester,");
      XWPFParagraph changed = doc.createParagraph();
      changed.getCTP().set(CTP.Factory.parse("<xml-fragment xmlns:w='" + DocxGate.W + "'>"
          + "<w:r><w:t xml:space='preserve'>We hold </w:t></w:r>"
          + "<w:del w:id='1' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'><w:r>"
          + "<w:delText>DeletedSecret </w:delText></w:r></w:del>"
          + "<w:ins w:id='2' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'><w:r>"
          + "<w:t xml:space='preserve'>the inserted words </w:t></w:r></w:ins>"
          + "<w:r><w:t>you asked for.</w:t></w:r></xml-fragment>"));
      XWPFParagraph hidden = doc.createParagraph();
      hidden.createRun().setText("Visible sentence. ");
      XWPFRun vanish = hidden.createRun();
      vanish.setText("HiddenSecret");
      vanish.setVanish(true);
      XWPFComment comment = doc.createComments().createComment(BigInteger.ZERO);
      comment.setAuthor("Reviewer");
      comment.createParagraph().createRun().setText("CommentSecret");
      XWPFParagraph commented = doc.createParagraph();
      commented.getCTP().set(CTP.Factory.parse("<xml-fragment xmlns:w='" + DocxGate.W + "'>"
          + "<w:commentRangeStart w:id='0'/><w:r><w:t>Please see the table.</w:t></w:r>"
          + "<w:commentRangeEnd w:id='0'/><w:r><w:commentReference w:id='0'/></w:r></xml-fragment>"));
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Team");
      table.getRow(0).getCell(1).setText("Requests");
      table.getRow(1).getCell(0).setText("North");
      table.getRow(1).getCell(1).setText("12");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("HeaderSecret");
      XWPFParagraph closing = doc.createParagraph();
      closing.createRun().setText("Yours sincerely");
      // a footnote LibreOffice keeps must be referenced from the text
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("Section 40(2) applies to staff names.");
      closing.addFootnoteReference(note);
      return write(doc);
    }
  }

  public static byte[] plainDocx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Dear requester,");
      doc.createParagraph().createRun().setText("Thank you for your request of 3 March.");
      doc.createParagraph().createRun().setText("Yours sincerely");
      return write(doc);
    }
  }

  private static byte[] write(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  /** The DOCX saved as Word 97-2003 by LibreOffice, with a private profile so parallel runs do not collide. */
  public static byte[] toDoc(byte[] docx) throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("rightsdesk-doc");
    try {
      Path source = Files.write(directory.resolve("letter.docx"), docx);
      Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(),
          "--headless", "--convert-to", "doc", "--outdir", directory.toString(), source.toString())
          .redirectErrorStream(true).start();
      String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!soffice.waitFor(120, TimeUnit.SECONDS) || soffice.exitValue() != 0
          || !Files.exists(directory.resolve("letter.doc"))) {
        throw new IOException("soffice could not convert the test letter: " + output);
      }
      return Files.readAllBytes(directory.resolve("letter.doc"));
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * The .doc with what Word adds for macros and embedded objects: a Macros storage holding a VBA project and
   * an ObjectPool storage holding an embedded workbook (LibreOffice writes neither from a DOCX).
   */
  public static byte[] withMacroAndEmbeddedWorkbook(byte[] doc) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      DirectoryEntry vba = fs.getRoot().createDirectory("Macros").createDirectory("VBA");
      vba.createDocument("dir", new ByteArrayInputStream("not really VBA".getBytes(StandardCharsets.US_ASCII)));
      DirectoryEntry object = fs.getRoot().createDirectory("ObjectPool").createDirectory("_1234567890");
      object.createDocument("Package", new ByteArrayInputStream(Corpus.summaryWithHiddenStaffSheet()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /**
   * The .doc with a company, a last author and a template in its properties, written with HPSF: LibreOffice's
   * .doc export keeps the author but drops the company it read from the DOCX.
   */
  public static byte[] withNamesInProperties(byte[] doc) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      DirectoryEntry root = fs.getRoot();
      DocumentSummaryInformation extended = root.hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)
          ? (DocumentSummaryInformation) PropertySetFactory.create(root,
              DocumentSummaryInformation.DEFAULT_STREAM_NAME)
          : PropertySetFactory.newDocumentSummaryInformation();
      extended.setCompany("Example Council");
      extended.write(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
      SummaryInformation summary = (SummaryInformation) PropertySetFactory.create(root,
          SummaryInformation.DEFAULT_STREAM_NAME);
      summary.setLastAuthor("Bob Editor");
      summary.setTemplate("Complaints team letter.dot");
      summary.write(root, SummaryInformation.DEFAULT_STREAM_NAME);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A recipient of an Outlook message: its address and PR_RECIPIENT_TYPE (1 To, 2 Cc, 3 Bcc). */
  public record Recipient(String address, int type) {}

  /**
   * An Outlook message from {@link #SENDER} to the requester and {@link #OTHER_RECIPIENTS}, with its transport
   * headers (Received chain, the sender's IP) and one attached file.
   */
  public static byte[] msgWithEverything(byte[] attachment, String attachmentName) throws IOException {
    return msg("Figures you asked for", "Please find the figures attached.",
        "Received: from laptop-42.example.org ([192.0.2.10]) by mx.example.org\r\n"
            + "Received: from mx.example.org by mail.council.example\r\n"
            + "X-Originating-IP: [192.0.2.10]\r\n"
            + "From: " + SENDER + "\r\n",
        List.of(new Recipient("requester@example.com", 1), new Recipient(OTHER_RECIPIENTS.get(0), 1),
            new Recipient(OTHER_RECIPIENTS.get(1), 2)),
        attachmentName, attachment);
  }

  /** MS-OXMSG: strings as __substg1.0_IIIITTTT streams, fixed-size values in __properties_version1.0. */
  public static byte[] msg(String subject, String body, String transportHeaders, List<Recipient> recipients,
      String attachmentName, byte[] attachment) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      DirectoryEntry root = fs.getRoot();
      unicode(root, 0x001A, "IPM.Note");
      unicode(root, 0x0037, subject);
      unicode(root, 0x0C1A, "Council Officer");
      unicode(root, 0x0C1F, SENDER);
      unicode(root, 0x0E04, String.join("; ", recipients.stream().filter(r -> r.type() == 1)
          .map(Recipient::address).toList()));
      unicode(root, 0x1000, body);
      if (transportHeaders != null) {
        unicode(root, 0x007D, transportHeaders);
      }
      int attachments = attachment == null ? 0 : 1;
      ByteBuffer top = header(32);
      top.putInt(8, recipients.size()).putInt(12, attachments).putInt(16, recipients.size())
          .putInt(20, attachments);
      // PR_CLIENT_SUBMIT_TIME as a FILETIME: 2026-05-28 20:26:40 UTC
      properties(root, top, property(0x0039, 0x0040, 1_780_000_000L * 10_000_000L + 116_444_736_000_000_000L));
      for (int i = 0; i < recipients.size(); i++) {
        DirectoryEntry recipient = root.createDirectory(String.format("__recip_version1.0_#%08X", i));
        unicode(recipient, 0x3001, recipients.get(i).address());
        unicode(recipient, 0x3002, "SMTP");
        unicode(recipient, 0x3003, recipients.get(i).address());
        unicode(recipient, 0x39FE, recipients.get(i).address());
        properties(recipient, header(8), property(0x0C15, 0x0003, recipients.get(i).type()));
      }
      if (attachment != null) {
        DirectoryEntry attached = root.createDirectory("__attach_version1.0_#00000000");
        unicode(attached, 0x3704, attachmentName);
        unicode(attached, 0x3707, attachmentName);
        attached.createDocument("__substg1.0_37010102", new ByteArrayInputStream(attachment));
        properties(attached, header(8), property(0x3705, 0x0003, 1)); // PR_ATTACH_METHOD: by value
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A message with another message attached as an Outlook item (PR_ATTACH_METHOD 5), not as a file. */
  public static byte[] msgWithAttachedItem() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(
        msg("Fwd: figures", "See the item attached.", null, List.of(new Recipient("requester@example.com", 1)),
            null, null)))) {
      DirectoryEntry root = fs.getRoot();
      root.getEntry("__properties_version1.0").delete();
      ByteBuffer top = header(32);
      top.putInt(8, 1).putInt(12, 1).putInt(16, 1).putInt(20, 1);
      properties(root, top);
      DirectoryEntry attached = root.createDirectory("__attach_version1.0_#00000000");
      unicode(attached, 0x3001, "Staff rota");
      properties(attached, header(8), property(0x3705, 0x0003, 5)); // PR_ATTACH_METHOD: embedded message
      DirectoryEntry item = attached.createDirectory("__substg1.0_3701000D");
      unicode(item, 0x001A, "IPM.Note");
      unicode(item, 0x0037, "Staff rota");
      unicode(item, 0x1000, "RotaSecret");
      properties(item, header(24)); // an embedded message's property header is 24 bytes
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static void unicode(DirectoryEntry directory, int id, String value) throws IOException {
    directory.createDocument(String.format("__substg1.0_%04X001F", id),
        new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
  }

  private static ByteBuffer header(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** One 16-byte property entry: tag (id and type), flags (readable, writable), value. */
  private static byte[] property(int id, int type, long value) {
    return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(id << 16 | type).putInt(6)
        .putLong(value).array();
  }

  private static void properties(DirectoryEntry directory, ByteBuffer header, byte[]... entries)
      throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.write(header.array());
    for (byte[] entry : entries) {
      stream.write(entry);
    }
    directory.createDocument("__properties_version1.0", new ByteArrayInputStream(stream.toByteArray()));
  }
}
