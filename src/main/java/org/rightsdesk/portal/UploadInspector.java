package org.rightsdesk.portal;

import org.rightsdesk.web.FileSignatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides whether a requester's file may be kept: only PDF, JPEG and PNG, recognised by their content
 * (a name or a declared type is whatever the sender says). Anything that could run when a caseworker
 * opens it is refused with a message saying what was found and what to send instead.
 */
@Component
public class UploadInspector {

  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";

  private static final String SEND_INSTEAD = " Upload a PDF, JPEG or PNG instead.";
  private static final String REPRINT =
      " Print it to a new PDF, or scan or photograph the document, and upload that.";

  /** Browsers and phones name the same types in more than one way. */
  private static final Map<String, String> ALIASES =
      Map.of("image/jpg", JPEG, "image/pjpeg", JPEG, "image/x-png", PNG, "application/x-pdf", PDF);

  /** PDF names that run code, open other programs or carry other files, and what to tell the requester. */
  private static final List<Map.Entry<String, String>> ACTIVE_PDF_NAMES =
      List.of(
          Map.entry("Encrypt", "is password-protected or encrypted, so we cannot check or read it."),
          Map.entry("JavaScript", "contains JavaScript, which could run when it is opened."),
          Map.entry("JS", "contains JavaScript, which could run when it is opened."),
          Map.entry("Launch", "contains an action that starts another program."),
          Map.entry("EmbeddedFile", "has other files attached inside it."),
          Map.entry("EmbeddedFiles", "has other files attached inside it."),
          Map.entry("RichMedia", "contains Flash or other rich media."),
          Map.entry("XFA", "contains an interactive form that can run scripts."));

  /** Inflated bytes we are willing to read per PDF before giving up on it. */
  private static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

  /** Larger images are refused rather than decoded (a small file can claim a vast picture). */
  private static final long MAX_PIXELS = 250_000_000L;

  private final long maxBytes;
  private final int maxFiles;

  public UploadInspector(
      @Value("${rightsdesk.portal.max-upload-bytes:10485760}") long maxBytes,
      @Value("${rightsdesk.portal.max-files:5}") int maxFiles) {
    this.maxBytes = maxBytes;
    this.maxFiles = maxFiles;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public int maxFiles() {
    return maxFiles;
  }

  /** Refuses more files than one answer may carry. */
  public void checkCount(int files) throws UploadRejectedException {
    if (files > maxFiles) {
      throw new UploadRejectedException("You can upload up to " + maxFiles + " files at a time.");
    }
  }

  /**
   * Checks one file and returns its type as detected from the content.
   *
   * @param declaredType the content type the sender gave, or null
   */
  public String inspect(String declaredType, byte[] content) throws UploadRejectedException {
    if (content == null || content.length == 0) {
      throw new UploadRejectedException("The file is empty.");
    }
    if (content.length > maxBytes) {
      throw new UploadRejectedException("The file is larger than " + FileSignatures.size(maxBytes) + ".");
    }
    String detected = detect(content);
    String declared = normalise(declaredType);
    if (declared != null && !declared.equals(detected)) {
      throw new UploadRejectedException(
          "The file was sent as " + declared + " but its content is " + describe(detected)
              + ". Check you chose the right file.");
    }
    if (detected.equals(PDF)) {
      checkPdf(content);
    } else {
      checkImage(content, detected);
    }
    return detected;
  }

  private static String detect(byte[] b) throws UploadRejectedException {
    if (FileSignatures.startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    if (FileSignatures.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (FileSignatures.startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (FileSignatures.isProgram(b)) {
      throw new UploadRejectedException("The file is a program, not a document." + SEND_INSTEAD);
    }
    if (FileSignatures.startsWith(b, '#', '!')) {
      throw new UploadRejectedException("The file is a script, not a document." + SEND_INSTEAD);
    }
    if (FileSignatures.startsWith(b, 'P', 'K', 0x03, 0x04) || FileSignatures.startsWith(b, 'P', 'K', 0x05, 0x06) || FileSignatures.startsWith(b, 'P', 'K', 0x07, 0x08)
        || FileSignatures.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw new UploadRejectedException(
          "The file is a ZIP archive or a Word, Excel or similar document."
              + " Save it as a PDF, or upload the PDF, JPEG or PNG files one by one.");
    }
    if (FileSignatures.isOtherArchive(b)) {
      throw new UploadRejectedException("The file is a compressed archive." + SEND_INSTEAD);
    }
    String head = markup(b);
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
      throw new UploadRejectedException("The file is an SVG drawing, which can contain scripts." + SEND_INSTEAD);
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || head.startsWith("<script") || head.startsWith("<?xml")) {
      throw new UploadRejectedException("The file is a web page, which can contain scripts." + SEND_INSTEAD);
    }
    throw new UploadRejectedException("The file is not a PDF, JPEG or PNG." + SEND_INSTEAD);
  }

  /** The start of a text file, lower-cased, without a byte-order mark or leading white space. */
  private static String markup(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      head = head.substring(3);
    }
    return head.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks for active content by name: in the file's own dictionaries and inside every Flate-compressed
   * stream that holds text (object streams, where a /JS can hide). Names are compared after undoing
   * #xx escapes, which can spell /JavaScript as /J#61vaScript. Image and binary stream data is skipped,
   * where a name-shaped byte run means nothing.
   */
  private static void checkPdf(byte[] b) throws UploadRejectedException {
    Set<String> found = new HashSet<>();
    long inflated = 0;
    int from = 0;
    while (true) {
      int keyword = indexOf(b, "stream", from);
      if (keyword < 0) {
        names(b, from, b.length, found);
        break;
      }
      if (keyword >= 3 && b[keyword - 3] == 'e' && b[keyword - 2] == 'n' && b[keyword - 1] == 'd') {
        names(b, from, keyword, found);
        from = keyword + 6;
        continue;
      }
      int start = keyword + 6;
      if (start < b.length && b[start] == '\r') {
        start++;
      }
      if (start < b.length && b[start] == '\n') {
        start++;
      }
      names(b, from, keyword, found);
      int end = indexOf(b, "endstream", start);
      if (end < 0) {
        end = b.length;
      }
      Set<String> dictionary = new HashSet<>();
      int object = lastIndexOf(b, "obj", keyword);
      names(b, Math.max(object, 0), keyword, dictionary);
      if ((dictionary.contains("FlateDecode") || dictionary.contains("Fl")) && !dictionary.contains("Image")) {
        byte[] data = inflate(b, start, end, MAX_INFLATED_BYTES - inflated);
        inflated += data.length;
        if (textual(data)) {
          names(data, 0, data.length, found);
        }
      }
      from = end;
    }
    for (Map.Entry<String, String> active : ACTIVE_PDF_NAMES) {
      if (found.contains(active.getKey())) {
        throw new UploadRejectedException("The PDF " + active.getValue() + REPRINT);
      }
    }
  }

  private static byte[] inflate(byte[] b, int start, int end, long budget) throws UploadRejectedException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(b, start, Math.max(0, end - start));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(buffer);
        if (out.size() + (long) n > budget) {
          throw new UploadRejectedException("The PDF is too large to check once uncompressed." + REPRINT);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      return new byte[0]; // damaged or not really Flate: readers will not find objects in it either
    } finally {
      inflater.end();
    }
  }

  /** Object streams and page content are text; fonts, colour profiles and pictures are not. */
  private static boolean textual(byte[] data) {
    int n = Math.min(data.length, 256);
    for (int i = 0; i < n; i++) {
      int c = data[i] & 0xFF;
      if (c < 0x09 || (c > 0x0D && c < 0x20) || c > 0x7E) {
        return false;
      }
    }
    return n > 0;
  }

  /** Adds every PDF name between from and to, with #xx escapes undone. */
  private static void names(byte[] b, int from, int to, Set<String> into) {
    for (int i = from; i < to; i++) {
      if (b[i] != '/') {
        continue;
      }
      StringBuilder name = new StringBuilder();
      int j = i + 1;
      while (j < to && !delimiter(b[j]) && name.length() < 64) {
        if (b[j] == '#' && j + 2 < to && hex(b[j + 1]) >= 0 && hex(b[j + 2]) >= 0) {
          name.append((char) (hex(b[j + 1]) * 16 + hex(b[j + 2])));
          j += 3;
        } else {
          name.append((char) (b[j] & 0xFF));
          j++;
        }
      }
      if (name.length() > 0) {
        into.add(name.toString());
      }
      i = j - 1;
    }
  }

  private static boolean delimiter(byte c) {
    return switch (c) {
      case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
      default -> false;
    };
  }

  private static int hex(byte c) {
    return Character.digit((char) (c & 0xFF), 16);
  }

  /** Decodes the whole image, keeping only a reduced copy in memory, to prove it is what it claims. */
  private static void checkImage(byte[] content, String type) throws UploadRejectedException {
    String damaged = "The image could not be read; it may be damaged or not really a "
        + describe(type) + ". Take a new photo or scan and upload that.";
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No image reader for " + type);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels <= 0) {
        throw new UploadRejectedException(damaged);
      }
      if (pixels > MAX_PIXELS) {
        throw new UploadRejectedException("The image is too large to open. Take a smaller photo or scan.");
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / 4_000_000.0)));
      param.setSourceSubsampling(step, step, 0, 0);
      // a raster needs no colour conversion, so CMYK scans decode too
      if (reader.canReadRaster()) {
        reader.readRaster(0, param);
      } else {
        reader.read(0, param);
      }
    } catch (IOException | RuntimeException e) {
      throw new UploadRejectedException(damaged);
    } finally {
      reader.dispose();
    }
  }

  private static String normalise(String declaredType) {
    if (declaredType == null) {
      return null;
    }
    String type = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.equals("application/octet-stream")) {
      return null; // the sender did not know; the content decides
    }
    type = ALIASES.getOrDefault(type, type);
    return type.length() > 100 ? type.substring(0, 100) : type;
  }

  private static String describe(String type) {
    return switch (type) {
      case PDF -> "a PDF";
      case JPEG -> "a JPEG image";
      default -> "a PNG image";
    };
  }

  private static int indexOf(byte[] b, String word, int from) {
    byte[] w = word.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = Math.max(from, 0); i <= b.length - w.length; i++) {
      for (int k = 0; k < w.length; k++) {
        if (b[i + k] != w[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, String word, int before) {
    byte[] w = word.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = Math.min(before - w.length, b.length - w.length); i >= 0; i--) {
      for (int k = 0; k < w.length; k++) {
        if (b[i + k] != w[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
