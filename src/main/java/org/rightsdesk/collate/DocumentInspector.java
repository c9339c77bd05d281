package org.rightsdesk.collate;

import org.rightsdesk.gate.Cleaned;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.FileType;
import org.rightsdesk.gate.FindingKind;
import org.rightsdesk.gate.Inspection;
import org.rightsdesk.web.FileSignatures;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recognises a document by its content, proves it opens as that type, and extracts its text for search and
 * redaction. Each refusal names the field "file" and says what was found. Nothing is written to disk: a DOCX
 * is read as a stream, counting entries and inflated bytes so a ZIP bomb is refused before it fills memory.
 */
@Component
class DocumentInspector {

  static final String FIELD = "file";

  private static final String ACCEPTED =
      " Add a PDF, Word (.docx or .doc) or OpenDocument (.odt) document, email (.eml or Outlook .msg), JPEG, PNG"
          + " or plain text file.";
  private static final long MAX_PIXELS = 250_000_000L;
  /** An RFC 5322 header field name: printable ASCII except the colon. */
  private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");

  record Inspected(DocumentType type, String text) {}

  private static final Set<FileType> SPREADSHEETS = Set.of(FileType.XLSX, FileType.XLSM, FileType.XLS, FileType.ODS);

  private final DisclosureGate gate;
  private final long maxBytes;
  private final long maxUnzippedBytes;
  private final int maxZipEntries;

  DocumentInspector(
      DisclosureGate gate,
      @Value("${rightsdesk.documents.max-bytes:20971520}") long maxBytes,
      @Value("${rightsdesk.documents.max-unzipped-bytes:104857600}") long maxUnzippedBytes,
      @Value("${rightsdesk.documents.max-zip-entries:1000}") int maxZipEntries) {
    this.gate = gate;
    this.maxBytes = maxBytes;
    this.maxUnzippedBytes = maxUnzippedBytes;
    this.maxZipEntries = maxZipEntries;
  }

  long maxBytes() {
    return maxBytes;
  }

  Inspected inspect(byte[] content) {
    if (content == null || content.length == 0) {
      throw refuse("is empty.");
    }
    if (content.length > maxBytes) {
      throw refuse("is larger than the limit of " + FileSignatures.size(maxBytes) + ".");
    }
    if (FileSignatures.startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return new Inspected(DocumentType.PDF, pdfText(content));
    }
    if (FileSignatures.startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return new Inspected(DocumentType.JPEG, image(content, DocumentType.JPEG));
    }
    if (FileSignatures.startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return new Inspected(DocumentType.PNG, image(content, DocumentType.PNG));
    }
    if (FileSignatures.startsWith(content, 'P', 'K', 0x03, 0x04)) {
      Inspection inspection = gate.inspect("document", content);
      if (SPREADSHEETS.contains(inspection.type())) {
        return new Inspected(DocumentType.SPREADSHEET, visibleCells(content));
      }
      if (inspection.type() == FileType.ODT) {
        return openDocumentText(inspection, content);
      }
      return new Inspected(DocumentType.DOCX, docxText(content));
    }
    if (FileSignatures.startsWith(content, 'P', 'K')) {
      throw refuse("is an empty or split ZIP archive, not a Word document." + ACCEPTED);
    }
    if (FileSignatures.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return olderOffice(content);
    }
    if (FileSignatures.isProgram(content)) {
      throw refuse("is a program, not a document." + ACCEPTED);
    }
    if (FileSignatures.isOtherArchive(content)) {
      throw refuse("is a compressed archive. Add the documents in it one by one." + ACCEPTED);
    }
    if (looksLikeEmail(content)) {
      return new Inspected(DocumentType.EMAIL, emailText(content));
    }
    return new Inspected(DocumentType.TEXT, plainText(content));
  }

  /** OLE2 files: Excel 97-2003 workbooks, Word 97-2003 documents and Outlook messages, told apart by the gate. */
  private Inspected olderOffice(byte[] content) {
    Inspection inspection = gate.inspect("document", content);
    boolean unreadable = inspection.findings().stream()
        .anyMatch(f -> f.kind() == FindingKind.ENCRYPTED || f.kind() == FindingKind.UNREADABLE);
    return switch (inspection.type()) {
      case XLS -> new Inspected(DocumentType.SPREADSHEET, visibleCells(content));
      case DOC -> {
        if (unreadable) {
          throw refuse("is a Word document that cannot be read (it may be password-protected or damaged). Save it"
              + " again as .docx or PDF and add that.");
        }
        if (inspection.findings().stream().anyMatch(f -> f.kind() == FindingKind.MACRO)) {
          throw refuse("is a Word document with macros. Save it as .docx without macros, or as PDF.");
        }
        yield new Inspected(DocumentType.DOC, visibleWordText(content));
      }
      case MSG -> new Inspected(DocumentType.MSG, outlookText(content));
      default -> throw refuse("is an older Office file that is not a workbook, a Word document or an Outlook"
          + " message (it may be a PowerPoint .ppt, or encrypted). Save it as PDF and add that.");
    };
  }

  private Inspected openDocumentText(Inspection inspection, byte[] content) {
    if (inspection.findings().stream().anyMatch(f -> f.kind() == FindingKind.UNREADABLE)) {
      throw refuse("is an OpenDocument text that cannot be read; it may be damaged. Save it again as .odt or PDF"
          + " and add that.");
    }
    if (inspection.findings().stream().anyMatch(f -> f.kind() == FindingKind.MACRO)) {
      throw refuse("is an OpenDocument text with macros. Save it without macros, or as PDF.");
    }
    return new Inspected(DocumentType.ODT, visibleWordText(content));
  }

  /**
   * The text of the gate's safe copy: tracked changes accepted, without hidden text, comments, headers or
   * properties, so search and release see what a reader of the document sees.
   */
  private String visibleWordText(byte[] content) {
    Cleaned safe = gate.clean("document", content);
    if (safe.content() == null || safe.type() != FileType.PDF) {
      throw refuse("is a word-processing document that cannot be read; it may be damaged.");
    }
    return pdfText(safe.content());
  }

  /**
   * An Outlook message is read through the gate's cleaned email, which keeps the sender, date, subject and
   * body; attachments are not part of the text, as with an .eml.
   */
  private String outlookText(byte[] content) {
    Cleaned safe = gate.clean("message.msg", content);
    if (safe.content() == null || safe.type() != FileType.EML) {
      throw refuse("is an Outlook message that cannot be read; it may be damaged. Save it again as .eml and add"
          + " that.");
    }
    return emailText(safe.content());
  }

  /**
   * The visible cells of the visible sheets, as the disclosure gate's safe copy has them: hidden sheets, rows,
   * columns and formatting tricks never reach the text used for search and release.
   */
  private String visibleCells(byte[] content) {
    Cleaned safe = gate.clean("document", content);
    if (safe.content() == null) {
      throw refuse("is a spreadsheet that cannot be read (it may be encrypted or damaged).");
    }
    if (safe.type() == FileType.CSV) {
      return new String(safe.content(), StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(safe.content()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append("== ").append(entry.getName().replaceFirst("\\.csv$", "")).append(" ==\n")
            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    } catch (IOException e) {
      throw refuse("is a spreadsheet that cannot be read.");
    }
    return text.toString();
  }

  // PDF: PDFBox parses the whole file, so a damaged or password-protected one is refused here, not at redaction.
  private static String pdfText(byte[] content) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.getNumberOfPages() == 0) {
        throw refuse("is a PDF with no pages.");
      }
      return new PDFTextStripper().getText(pdf);
    } catch (InvalidPasswordException e) {
      throw refuse("is a password-protected PDF. Ask for an unprotected copy or print it to a new PDF.");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw refuse("is a damaged PDF that cannot be opened. Print it to a new PDF, or scan the paper copy.");
    }
  }

  /**
   * A Word document is a ZIP holding [Content_Types].xml and word/document.xml. Every entry is inflated to
   * count its real size (a header can lie), against a budget for the whole archive and a cap on entries.
   */
  private String docxText(byte[] content) {
    boolean contentTypes = false;
    byte[] document = null;
    long inflated = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > maxZipEntries) {
          throw refuse("is a ZIP archive with more than " + maxZipEntries + " entries; it is not a normal Word document.");
        }
        String name = entry.getName();
        if (name.equalsIgnoreCase("word/vbaProject.bin")) {
          throw refuse("is a Word document with macros. Save it as .docx without macros, or as PDF.");
        }
        boolean keep = name.equals("word/document.xml");
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > maxUnzippedBytes) {
            throw refuse("unpacks to more than " + FileSignatures.size(maxUnzippedBytes)
                + "; it may be a ZIP bomb and has not been opened.");
          }
          if (keep) {
            kept.write(buffer, 0, n);
          }
        }
        contentTypes |= name.equals("[Content_Types].xml");
        if (keep) {
          document = kept.toByteArray();
        }
      }
    } catch (IOException e) {
      throw refuse("is a damaged ZIP or Word file that cannot be opened.");
    }
    if (!contentTypes || document == null) {
      throw refuse("is a ZIP archive but not a Word (.docx) document. Add the documents in it one by one."
          + ACCEPTED);
    }
    return wordText(document);
  }

  /** The text runs of word/document.xml, with paragraphs, breaks and tabs kept; no DTDs or entities resolved. */
  private static String wordText(byte[] documentXml) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder text = new StringBuilder();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(documentXml));
      boolean inText = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "t" -> inText = true;
            case "tab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "t" -> inText = false;
            case "p" -> text.append('\n');
            default -> { }
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          text.append(xml.getText());
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw refuse("is a Word document whose text is damaged and cannot be read.");
    }
    return text.toString();
  }

  /** Decodes the whole picture at reduced size to prove it is one; there is no text to extract without OCR. */
  private static String image(byte[] content, DocumentType type) {
    String damaged = "is a " + type.name() + " image that cannot be read; it may be damaged.";
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
    if (!readers.hasNext()) {
      throw new IllegalStateException("No image reader for " + type);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels <= 0) {
        throw refuse(damaged);
      }
      if (pixels > MAX_PIXELS) {
        throw refuse("is an image too large to open. Scan or photograph it at a lower resolution.");
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / 4_000_000.0)));
      param.setSourceSubsampling(step, step, 0, 0);
      if (reader.canReadRaster()) {
        reader.readRaster(0, param);
      } else {
        reader.read(0, param);
      }
      return "";
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw refuse(damaged);
    } finally {
      reader.dispose();
    }
  }

  /** RFC 5322: header fields up to the first empty line, among them From and at least one of Date, Subject, To. */
  private static boolean looksLikeEmail(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    boolean from = false;
    boolean other = false;
    String[] lines = head.split("\r?\n", -1);
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        return i > 0 && from && other;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (i == 0) {
          return false;
        }
        continue; // a folded header line
      }
      if (!HEADER_LINE.matcher(line).matches()) {
        return false;
      }
      String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
      from |= name.equals("from");
      other |= name.equals("date") || name.equals("subject") || name.equals("to");
    }
    return false;
  }

  /** The headers a reader needs to place the email, then the plain-text body (or the HTML body as text). */
  private static String emailText(byte[] content) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
      StringBuilder text = new StringBuilder();
      for (String header : new String[] {"From", "To", "Cc", "Date", "Subject"}) {
        String value = message.getHeader(header, ", ");
        if (value != null) {
          text.append(header).append(": ").append(decode(value)).append('\n');
        }
      }
      text.append('\n');
      String plain = body(message, "text/plain");
      if (plain == null) {
        String html = body(message, "text/html");
        plain = html == null ? "" : html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "").replaceAll("<[^>]+>", " ");
      }
      return text.append(plain).toString();
    } catch (MessagingException | IOException | RuntimeException e) {
      throw refuse("is an email that cannot be read; it may be damaged. Save it again as .eml and add that.");
    }
  }

  private static String decode(String header) {
    try {
      return jakarta.mail.internet.MimeUtility.decodeText(header);
    } catch (IOException e) {
      return header;
    }
  }

  /** The first body part of the given type, outside attachments, depth first. */
  private static String body(Part part, String type) throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return null;
    }
    if (part.isMimeType(type)) {
      Object body = part.getContent();
      return body instanceof String s ? s : null;
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = body(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Plain text must be UTF-8 without NULs and not markup a browser would run. */
  private static String plainText(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw refuse("is not a type we accept, or is text that is not UTF-8." + ACCEPTED);
    }
    if (text.indexOf('\0') >= 0) {
      throw refuse("is a binary file, not text." + ACCEPTED);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String head = text.substring(0, Math.min(text.length(), 1024)).strip().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")
        || head.startsWith("<script") || head.startsWith("<svg") || head.startsWith("<?xml") || head.startsWith("<iframe")) {
      throw refuse("is a web page or XML, not plain text. Print it to PDF and add that.");
    }
    if (head.startsWith("#!")) {
      throw refuse("is a script, not a document." + ACCEPTED);
    }
    return text;
  }

  static InvalidInputException refuse(String message) {
    return new InvalidInputException(FIELD, message);
  }

}
