package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The file's type from its bytes: Tika's magic numbers for the family, then a look inside the container for
 * what Tika's core cannot tell apart (which Office Open XML package, which OLE2 file). The name is never
 * consulted, so a workbook renamed to .pdf is still read as a workbook.
 */
final class TypeDetector {

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

  private TypeDetector() {}

  static FileType detect(byte[] content) throws IOException {
    if (content.length == 0) {
      return FileType.TEXT; // nothing in it to hide anything
    }
    MediaType type = mediaTypeOf(content).getBaseType();
    String name = type.toString();
    return switch (name) {
      case "application/pdf" -> FileType.PDF;
      case "image/jpeg" -> FileType.JPEG;
      case "image/png" -> FileType.PNG;
      case "message/rfc822" -> FileType.EML;
      case "application/vnd.oasis.opendocument.spreadsheet" -> FileType.ODS;
      case "application/vnd.oasis.opendocument.text" -> FileType.ODT;
      case "text/csv" -> FileType.CSV;
      case "text/plain" -> FileType.TEXT;
      case "application/x-tika-msoffice", "application/vnd.ms-excel", "application/msword",
          "application/vnd.ms-outlook", "application/x-tika-ooxml-protected" -> ole2(content);
      default -> {
        if (name.equals("application/x-tika-ooxml") || name.startsWith("application/vnd.openxmlformats")
            || name.startsWith("application/vnd.ms-excel.sheet") || name.startsWith("application/vnd.ms-word")) {
          yield FileType.OOXML;
        }
        if (name.equals("application/zip")) {
          yield hasContentTypes(content) ? FileType.OOXML : FileType.ZIP;
        }
        yield FileType.OTHER;
      }
    };
  }

  static String mediaType(byte[] content) {
    try {
      return mediaTypeOf(content).toString();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static MediaType mediaTypeOf(byte[] content) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return DETECTOR.detect(in, new Metadata());
    }
  }

  /**
   * Tika's magic only knows an OOXML package whose first entry is [Content_Types].xml; writers put it among the
   * first few, so only those are looked at (looking further would mean expanding the whole archive).
   */
  private static boolean hasContentTypes(byte[] content) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      for (int i = 0; i < 16 && (entry = zip.getNextEntry()) != null; i++) {
        if ("[Content_Types].xml".equals(entry.getName())) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static FileType ole2(byte[] content) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        return FileType.ENCRYPTED;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        return FileType.XLS;
      }
      if (root.hasEntry("WordDocument")) {
        return FileType.DOC;
      }
      // every Outlook message has a MAPI property stream at its root
      if (root.hasEntry("__properties_version1.0")) {
        return FileType.MSG;
      }
      return FileType.OTHER;
    }
  }
}
