package org.rightsdesk.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.rightsdesk.redact.ReasonCodes;
import org.rightsdesk.redact.RedactionService;

/**
 * The disclosure gate: finds what a file holds beside what its reader sees, and makes a copy without it.
 * Spreadsheets become CSV of their visible cells (one CSV for a workbook with one visible sheet, otherwise a
 * zip holding one CSV per visible sheet), Word documents (DOCX and the older .doc) and OpenDocument text become
 * a PDF of their visible text with tracked changes accepted, PDFs, images and emails are cleaned in their own format (an
 * Outlook .msg becomes an .eml), and zip archives are rebuilt from cleaned entries. The type comes from the
 * content, never the name.
 */
public final class DisclosureGate {

  private final PdfGate pdfs;
  private final ArchiveLimits limits;

  public DisclosureGate() {
    this(new RedactionService(ReasonCodes.fromCatalogue()), ArchiveLimits.DEFAULT);
  }

  public DisclosureGate(RedactionService redaction, ArchiveLimits limits) {
    this.pdfs = new PdfGate(redaction);
    this.limits = limits;
  }

  /** Counts shared by one walk through a file and everything inside it. */
  static final class Walk {
    private final ArchiveLimits limits;
    int files;
    long expanded;

    Walk(ArchiveLimits limits) {
      this.limits = limits;
    }

    ArchiveLimits limits() {
      return limits;
    }
  }

  public Inspection inspect(String fileName, byte[] content) {
    Walk walk = new Walk(limits);
    Read read = read(fileName, content, false, walk, 1);
    return new Inspection(fileName, read.type, read.findings);
  }

  public Cleaned clean(String fileName, byte[] content) {
    Walk walk = new Walk(limits);
    Read read = read(fileName, content, true, walk, 1);
    if (read.cleaned == null) {
      return new Cleaned(null, read.type, null, read.findings);
    }
    return new Cleaned(baseName(fileName) + "." + read.cleanedType.extension(), read.cleanedType, read.cleaned,
        read.findings);
  }

  /** One file's findings and, when cleaning, its cleaned bytes (null when it cannot be cleaned). */
  private static final class Read {
    FileType type = FileType.OTHER;
    final List<Finding> findings = new ArrayList<>();
    byte[] cleaned;
    FileType cleanedType;

    void clean(byte[] bytes, FileType as, String fix) {
      cleaned = bytes;
      cleanedType = as;
      if (bytes != null) {
        findings.replaceAll(f -> f.fix() == null ? f.fixed(fix) : f);
      }
    }
  }

  private Read read(String fileName, byte[] content, boolean clean, Walk walk, int depth) {
    Read read = new Read();
    try {
      read.type = TypeDetector.detect(content);
      switch (read.type) {
        case PDF -> {
          read.findings.addAll(pdfs.inspect(content));
          if (clean) {
            read.clean(read.findings.isEmpty() ? content : pdfs.clean(content, fileName), FileType.PDF,
                "removed: the PDF was rewritten whole without it");
          }
        }
        case JPEG, PNG -> {
          read.findings.addAll(ImageGate.inspect(content));
          if (clean) {
            read.clean(ImageGate.reencode(content, read.type), read.type,
                "removed: the image was encoded afresh from its pixels, without metadata");
          }
        }
        case EML -> email(() -> EmailGate.parse(content), clean, walk, depth, read);
        case MSG -> {
          try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(content))) {
            email(() -> MsgGate.parse(fs), clean, walk, depth, read);
          }
        }
        case DOC -> {
          try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(content))) {
            DocGate.Result result = DocGate.read(fs);
            read.findings.addAll(result.findings());
            if (clean) {
              read.clean(render(result.visibleParagraphs()), FileType.PDF,
                  "left out: the cleaned copy is a PDF of the visible text, tracked changes accepted");
            }
          }
        }
        case ZIP -> archive(content, clean, walk, depth, read);
        case OOXML -> ooxml(content, clean, read);
        case XLS -> {
          try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(content))) {
            XlsGate.Result result = XlsGate.read(fs, clean);
            read.findings.addAll(result.findings());
            if (clean) {
              spreadsheetCopy(result.visibleCsv(), read);
            }
          }
        }
        case ODT -> {
          OdtGate.Result result = OdtGate.read(ArchiveGate.entries(content, walk));
          read.findings.addAll(result.findings());
          if (clean) {
            read.clean(SafePdf.render(result.visibleContent()), FileType.PDF,
                "left out: the cleaned copy is a PDF of the visible text, tables and pictures, tracked changes"
                    + " accepted");
          }
        }
        case ODS -> {
          OdsGate.Result result = OdsGate.read(ArchiveGate.entries(content, walk), clean);
          read.findings.addAll(result.findings());
          if (clean) {
            spreadsheetCopy(result.visibleCsv(), read);
          }
        }
        case CSV, TEXT -> {
          if (clean) {
            read.clean(content, read.type, null);
          }
        }
        case ENCRYPTED -> read.findings.add(Finding.blocking(FindingKind.ENCRYPTED, "file",
            "encrypted with a password: the content cannot be inspected"));
        default -> read.findings.add(Finding.blocking(FindingKind.UNSUPPORTED_TYPE, "file",
            "a file of a type the gate cannot inspect (" + TypeDetector.mediaType(content)
                + "); convert it to PDF or CSV first"));
      }
    } catch (InvalidPasswordException | EncryptedDocumentException e) {
      read.findings.add(Finding.blocking(FindingKind.ENCRYPTED, "file",
          "encrypted with a password: the content cannot be inspected"));
      read.cleaned = null;
    } catch (ArchiveGate.LimitExceeded e) {
      read.findings.add(Finding.blocking(e.kind, "file", e.getMessage()));
      read.cleaned = null;
    } catch (IOException | RuntimeException e) {
      // POI reports its own zip-bomb guard (ZipSecureFile) as an IOException
      boolean bomb = e.getMessage() != null && e.getMessage().contains("Zip bomb");
      read.findings.add(Finding.blocking(bomb ? FindingKind.ZIP_BOMB : FindingKind.UNREADABLE, "file",
          bomb ? "zip bomb: a part expands far beyond its compressed size; refused"
              : "the file cannot be read as " + read.type + " (" + e.getClass().getSimpleName() + ")"));
      read.cleaned = null;
    }
    return read;
  }

  /** OOXML is opened from a temporary file so POI reads parts from the zip as streams, not all into memory. */
  private void ooxml(byte[] content, boolean clean, Read read) throws IOException {
    Path temporary = Files.createTempFile("rightsdesk-gate", ".ooxml");
    try {
      Files.write(temporary, content);
      try (OPCPackage pkg = OPCPackage.open(temporary.toFile(), PackageAccess.READ)) {
        String main = mainContentType(pkg);
        if (main.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main")
            || main.startsWith("application/vnd.ms-excel.sheet.macroEnabled.main")) {
          read.type = main.contains("macroEnabled") ? FileType.XLSM : FileType.XLSX;
          XlsxGate.Result result = XlsxGate.read(pkg, clean);
          read.findings.addAll(result.findings());
          if (clean) {
            spreadsheetCopy(result.visibleCsv(), read);
          }
        } else if (main.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main")
            || main.startsWith("application/vnd.ms-word.document.macroEnabled.main")) {
          read.type = main.contains("macroEnabled") ? FileType.DOCM : FileType.DOCX;
          DocxGate.Result result = DocxGate.read(pkg);
          read.findings.addAll(result.findings());
          if (clean) {
            read.clean(SafePdf.render(result.visibleContent()), FileType.PDF,
                "left out: the cleaned copy is a PDF of the visible text, tables and pictures, tracked changes"
                    + " accepted");
          }
        } else {
          read.findings.add(Finding.blocking(FindingKind.UNSUPPORTED_TYPE, "file",
              "an Office file the gate cannot inspect (" + main + "); convert it to PDF first"));
        }
      } catch (InvalidFormatException e) {
        throw new IOException("Not a readable Office file", e);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String mainContentType(OPCPackage pkg) {
    var relationships = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (relationships.isEmpty()) {
      return "none";
    }
    PackagePart main = pkg.getPart(relationships.getRelationship(0));
    return main == null ? "none" : main.getContentType();
  }

  private static void spreadsheetCopy(Map<String, byte[]> sheets, Read read) throws IOException {
    String fix = "left out: the cleaned copy is CSV of the visible cells of the visible sheets";
    if (sheets.size() == 1) {
      read.clean(sheets.values().iterator().next(), FileType.CSV, fix);
      return;
    }
    List<ArchiveGate.Entry> entries = new ArrayList<>();
    for (var sheet : sheets.entrySet()) {
      entries.add(new ArchiveGate.Entry(sheet.getKey().replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv",
          sheet.getValue()));
    }
    read.clean(ArchiveGate.zip(entries), FileType.ZIP, fix);
  }

  private static byte[] render(List<String> paragraphs) throws IOException {
    return SafePdf.render(paragraphs.stream().map(SafePdf.Paragraph::new).toList());
  }

  private void archive(byte[] content, boolean clean, Walk walk, int depth, Read read)
      throws IOException, ArchiveGate.LimitExceeded {
    if (depth > limits.maxDepth()) {
      throw new ArchiveGate.LimitExceeded(FindingKind.ARCHIVE_LIMIT,
          "archives nested more than " + limits.maxDepth() + " deep: refused");
    }
    List<ArchiveGate.Entry> cleanedEntries = new ArrayList<>();
    for (ArchiveGate.Entry entry : ArchiveGate.entries(content, walk)) {
      Read inner = read(entry.name(), entry.content(), clean, walk, depth + 1);
      if (inner.cleaned != null) {
        String name = entry.name();
        if (inner.cleanedType != inner.type) {
          name = name.substring(0, name.lastIndexOf('/') + 1) + baseName(name) + "." + inner.cleanedType.extension();
        }
        cleanedEntries.add(new ArchiveGate.Entry(name, inner.cleaned));
        inner.findings.forEach(f -> read.findings.add(f.within(entry.name())));
      } else {
        inner.findings.forEach(f -> read.findings.add(
            (clean ? f.fixed("left out: the entry could not be cleaned") : f).within(entry.name())));
      }
    }
    if (clean) {
      read.clean(ArchiveGate.zip(cleanedEntries), FileType.ZIP, null);
    }
  }

  /** Parses an .eml or .msg once the nesting depth allows it. */
  private interface EmailParser {
    EmailGate.Parsed parse() throws IOException;
  }

  private void email(EmailParser parser, boolean clean, Walk walk, int depth, Read read)
      throws IOException, ArchiveGate.LimitExceeded {
    if (depth > limits.maxDepth()) {
      throw new ArchiveGate.LimitExceeded(FindingKind.ARCHIVE_LIMIT,
          "emails nested more than " + limits.maxDepth() + " deep: refused");
    }
    EmailGate.Parsed parsed = parser.parse();
    List<Finding> headers = EmailGate.headers(parsed);
    List<EmailGate.Attachment> cleanedAttachments = new ArrayList<>();
    List<Finding> attachmentFindings = new ArrayList<>();
    for (EmailGate.Attachment attachment : parsed.attachments()) {
      if (++walk.files > limits.maxEntries()) {
        throw new ArchiveGate.LimitExceeded(FindingKind.ARCHIVE_LIMIT,
            "more than " + limits.maxEntries() + " files: refused without inspecting the rest");
      }
      String where = "attachment '" + attachment.name() + "'";
      if (attachment.content() == null) {
        Finding item = Finding.blocking(FindingKind.UNSUPPORTED_TYPE, where,
            "an Outlook item attached as an item, not a file; save it as .msg and inspect it on its own");
        attachmentFindings.add(clean ? item.fixed("left out: the attachment could not be cleaned") : item);
        continue;
      }
      Read inner = read(attachment.name(), attachment.content(), clean, walk, depth + 1);
      if (inner.cleaned != null) {
        String name = inner.cleanedType == inner.type ? attachment.name()
            : baseName(attachment.name()) + "." + inner.cleanedType.extension();
        cleanedAttachments.add(new EmailGate.Attachment(name, inner.cleaned, inner.cleanedType.mediaType()));
        inner.findings.forEach(f -> attachmentFindings.add(f.within(where)));
      } else {
        inner.findings.forEach(f -> attachmentFindings.add(
            (clean ? f.fixed("left out: the attachment could not be cleaned") : f).within(where)));
      }
    }
    read.findings.addAll(headers);
    if (clean) {
      read.clean(EmailGate.rebuild(parsed, cleanedAttachments), FileType.EML,
          "removed: the cleaned email keeps only sender, date, subject, text and cleaned attachments");
    }
    read.findings.addAll(attachmentFindings);
  }

  static String baseName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
