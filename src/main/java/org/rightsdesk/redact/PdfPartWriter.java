package org.rightsdesk.redact;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes the redacted PDF as one fresh file, part by part: the pages of each part, with everything they use, are
 * written while that part's document is open, and nothing of them is kept afterwards but their object numbers
 * and file offsets. PDFBox's own save holds the whole object graph until the end, so memory would grow with
 * the page count; this does not.
 *
 * <p>Streams that refer to nothing else (font programs, images, ToUnicode maps) are written once and shared by
 * every later part that uses identical bytes. References from a page to a page outside its part (a link, an
 * annotation's page) are written as null: another part's page is not open, and must never be copied in
 * unredacted. When the whole document is one part, the rest of the catalog (outlines, tags, layers, page labels)
 * is written too; otherwise only entries that point at no page are kept. See
 * {@code docs/decisions/007-redaction-in-parts.md}.
 */
final class PdfPartWriter implements Closeable {

  private static final int CATALOG = 1;
  private static final int PAGE_TREE = 2;
  /** Enough to share a document's fonts and images between parts without holding every page's streams. */
  private static final int SHARED_STREAMS_REMEMBERED = 4096;
  /** A page tree deeper than this is a loop in a damaged or hostile file. */
  private static final int MAX_TREE_DEPTH = 64;
  private static final Set<COSName> INHERITED =
      Set.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);
  /** Catalog entries that point at no page, so they survive a document written in several parts. */
  private static final Set<COSName> CATALOG_WITHOUT_PAGES = Set.of(COSName.LANG, COSName.VIEWER_PREFERENCES,
      COSName.PAGE_LAYOUT, COSName.getPDFName("Version"));
  private static final Map<String, String> PAGE_BOUND = Map.of(
      "Outlines", "bookmarks", "StructTreeRoot", "tags (the structure tree)", "MarkInfo", "tagged-PDF marker",
      "OCProperties", "layer settings (every layer is now shown)", "PageLabels", "page labels",
      "Names", "named destinations", "Dests", "named destinations", "Threads", "article threads",
      "PageMode", "page mode");

  private final CountingStream out;
  private final Predicate<String> redactedString;
  private long[] offsets = new long[1024];
  private int[] pages = new int[256];
  private int pageCount;
  private int nextNumber = PAGE_TREE + 1;
  private int emptiedStrings;
  private final Map<String, Integer> sharedStreams = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > SHARED_STREAMS_REMEMBERED;
    }
  };

  // the open part: its objects' numbers and the objects still to write
  private Map<COSBase, Integer> numbers = new IdentityHashMap<>();
  private Map<COSDictionary, Integer> partPages = new IdentityHashMap<>();
  private final ArrayDeque<COSBase> pending = new ArrayDeque<>();
  private final Set<COSBase> inlining = Collections.newSetFromMap(new IdentityHashMap<>());

  /** @param redactedString whether a string object (not page text) still holds redacted data: it is emptied */
  PdfPartWriter(OutputStream target, Predicate<String> redactedString) throws IOException {
    this.out = new CountingStream(target);
    this.redactedString = redactedString;
    out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Writes the next pages of the output, in order, from the part's open document. */
  void writePages(List<PDPage> part) throws IOException {
    numbers = new IdentityHashMap<>();
    partPages = new IdentityHashMap<>();
    for (PDPage page : part) {
      int number = nextNumber++;
      partPages.put(page.getCOSObject(), number);
      numbers.put(page.getCOSObject(), number);
      addPage(number);
    }
    for (PDPage page : part) {
      writeObject(partPages.get(page.getCOSObject()), page.getCOSObject());
      drain();
    }
  }

  /**
   * Writes the catalog, the page tree and the cross-reference table. Call with the last part's document still
   * open; {@code wholeDocument} says whether that part held every page.
   *
   * @return how many strings holding redacted data were emptied
   */
  int finish(PDDocument document, boolean wholeDocument) throws IOException {
    COSDictionary catalog = new COSDictionary();
    COSDictionary source = document.getDocumentCatalog().getCOSObject();
    for (Map.Entry<COSName, COSBase> entry : source.entrySet()) {
      if (wholeDocument ? !entry.getKey().equals(COSName.PAGES) : CATALOG_WITHOUT_PAGES.contains(entry.getKey())) {
        catalog.setItem(entry.getKey(), entry.getValue());
      }
    }
    catalog.setItem(COSName.TYPE, COSName.CATALOG);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeDictionary(catalog, body);
    body.write((" /Pages " + PAGE_TREE + " 0 R").getBytes(StandardCharsets.US_ASCII));
    body.write(COSWriter.DICT_CLOSE);
    offset(CATALOG);
    out.write((CATALOG + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
    body.writeTo(out);
    out.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    drain();

    offset(PAGE_TREE);
    StringBuilder tree = new StringBuilder(PAGE_TREE + " 0 obj\n<< /Type /Pages /Count " + pageCount + " /Kids [");
    for (int i = 0; i < pageCount; i++) {
      tree.append(i % 16 == 0 ? "\n" : " ").append(pages[i]).append(" 0 R");
      if (tree.length() > 8192) {
        out.write(tree.toString().getBytes(StandardCharsets.US_ASCII));
        tree.setLength(0);
      }
    }
    tree.append(" ] >>\nendobj\n");
    out.write(tree.toString().getBytes(StandardCharsets.US_ASCII));

    long xref = out.count;
    StringBuilder table = new StringBuilder("xref\n0 " + nextNumber + "\n0000000000 65535 f\r\n");
    for (int n = 1; n < nextNumber; n++) {
      table.append(String.format("%010d 00000 n\r\n", offsets[n]));
      if (table.length() > 8192) {
        out.write(table.toString().getBytes(StandardCharsets.US_ASCII));
        table.setLength(0);
      }
    }
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    String hex = HexFormat.of().formatHex(id);
    table.append("trailer\n<< /Size ").append(nextNumber).append(" /Root ").append(CATALOG).append(" 0 R /ID [<")
        .append(hex).append("> <").append(hex).append(">] >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.write(table.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return emptiedStrings;
  }

  /** What a document written in several parts loses: the catalog entries that point at pages. */
  static List<String> leftOutOfParts(PDDocument document, int partPages) {
    List<String> left = new ArrayList<>();
    for (COSName key : document.getDocumentCatalog().getCOSObject().keySet()) {
      if (!CATALOG_WITHOUT_PAGES.contains(key) && !key.equals(COSName.TYPE) && !key.equals(COSName.PAGES)) {
        left.add(PAGE_BOUND.getOrDefault(key.getName(), key.getName())
            + " (the document was redacted in parts of " + partPages + " pages, and this points at pages)");
      }
    }
    return left;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void addPage(int number) {
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pages.length * 2);
    }
    pages[pageCount++] = number;
  }

  private void drain() throws IOException {
    while (!pending.isEmpty()) {
      COSBase next = pending.poll();
      writeObject(numbers.get(next), next);
    }
  }

  private void writeObject(int number, COSBase object) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (object instanceof COSStream stream) {
      byte[] raw = raw(stream);
      writeStream(stream, raw, body);
    } else if (object instanceof COSDictionary dictionary && partPages.containsKey(dictionary)) {
      writePage(dictionary, body);
    } else {
      writeDirect(object, body);
    }
    offset(number);
    out.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
    body.writeTo(out);
    out.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
  }

  private void offset(int number) {
    if (number >= offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, number + 1));
    }
    offsets[number] = out.count;
  }

  /** A page as written: its parent is the one page tree, and what it inherited from the old tree is its own. */
  private void writePage(COSDictionary page, OutputStream body) throws IOException {
    COSDictionary flat = new COSDictionary();
    for (Map.Entry<COSName, COSBase> entry : page.entrySet()) {
      if (!entry.getKey().equals(COSName.PARENT)) {
        flat.setItem(entry.getKey(), entry.getValue());
      }
    }
    for (COSName key : INHERITED) {
      COSDictionary node = page.getCOSDictionary(COSName.PARENT);
      for (int depth = 0; !flat.containsKey(key) && node != null && depth < MAX_TREE_DEPTH; depth++) {
        // the raw entry, so an inherited object shared by many pages stays one object
        if (node.getItem(key) != null) {
          flat.setItem(key, node.getItem(key));
        }
        node = node.getCOSDictionary(COSName.PARENT);
      }
    }
    writeDictionary(flat, body);
    body.write((" /Parent " + PAGE_TREE + " 0 R").getBytes(StandardCharsets.US_ASCII));
    body.write(COSWriter.DICT_CLOSE);
  }

  private void writeStream(COSStream stream, byte[] raw, OutputStream body) throws IOException {
    COSDictionary dictionary = new COSDictionary();
    for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
      if (!entry.getKey().equals(COSName.LENGTH)) {
        dictionary.setItem(entry.getKey(), entry.getValue());
      }
    }
    writeDictionary(dictionary, body);
    body.write((" /Length " + raw.length).getBytes(StandardCharsets.US_ASCII));
    body.write(COSWriter.DICT_CLOSE);
    body.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
    body.write(raw);
    body.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes a dictionary's entries after an opening {@code <<}, leaving it open for the caller to close. */
  private void writeDictionary(COSDictionary dictionary, OutputStream body) throws IOException {
    body.write(COSWriter.DICT_OPEN);
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      body.write(' ');
      entry.getKey().writePDF(body);
      body.write(' ');
      writeValue(entry.getValue(), body);
    }
  }

  private void writeDirect(COSBase object, OutputStream body) throws IOException {
    if (object instanceof COSDictionary dictionary) {
      writeDictionary(dictionary, body);
      body.write(COSWriter.DICT_CLOSE);
    } else if (object instanceof COSArray array) {
      body.write(COSWriter.ARRAY_OPEN);
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          body.write(' ');
        }
        writeValue(array.get(i), body);
      }
      body.write(COSWriter.ARRAY_CLOSE);
    } else if (object instanceof COSString string) {
      if (redactedString.test(TextRules.normalise(string.getString()))) {
        emptiedStrings++;
        COSWriter.writeString(new byte[0], body);
      } else {
        COSWriter.writeString(string, body);
      }
    } else if (object instanceof COSName name) {
      name.writePDF(body);
    } else if (object instanceof COSInteger integer) {
      integer.writePDF(body);
    } else if (object instanceof COSFloat number) {
      number.writePDF(body);
    } else if (object instanceof COSBoolean bool) {
      bool.writePDF(body);
    } else {
      body.write("null".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** A value inside another object: written in place, or as a reference to an object of its own. */
  private void writeValue(COSBase value, OutputStream body) throws IOException {
    boolean indirect = value instanceof COSObject;
    COSBase target = value instanceof COSObject reference ? reference.getObject() : value;
    if (target == null || target instanceof COSNull) {
      body.write("null".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    if (target instanceof COSDictionary dictionary && isPageOrTree(dictionary)) {
      Integer page = partPages.get(dictionary);
      body.write((page == null ? "null" : page + " 0 R").getBytes(StandardCharsets.US_ASCII));
      return;
    }
    if (target instanceof COSStream || indirect || numbers.containsKey(target) || inlining.contains(target)) {
      body.write((reference(target) + " 0 R").getBytes(StandardCharsets.US_ASCII));
      return;
    }
    inlining.add(target);
    try {
      writeDirect(target, body);
    } finally {
      inlining.remove(target);
    }
  }

  private static boolean isPageOrTree(COSDictionary dictionary) {
    COSName type = dictionary.getCOSName(COSName.TYPE);
    return COSName.PAGE.equals(type) || COSName.PAGES.equals(type);
  }

  /** The number of an object written on its own: streams that refer to nothing are shared across parts. */
  private int reference(COSBase target) throws IOException {
    Integer known = numbers.get(target);
    if (known != null) {
      return known;
    }
    if (target instanceof COSStream stream && !refersToObjects(stream)) {
      byte[] raw = raw(stream);
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      writeStream(stream, raw, body);
      String hash = sha256(body.toByteArray());
      Integer shared = sharedStreams.get(hash);
      if (shared != null) {
        numbers.put(target, shared);
        return shared;
      }
      int number = nextNumber++;
      numbers.put(target, number);
      sharedStreams.put(hash, number);
      offset(number);
      out.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
      body.writeTo(out);
      out.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
      return number;
    }
    int number = nextNumber++;
    numbers.put(target, number);
    pending.add(target);
    return number;
  }

  private static boolean refersToObjects(COSBase value) {
    if (value instanceof COSObject) {
      return true;
    }
    if (value instanceof COSDictionary dictionary) {
      for (COSBase inner : dictionary.getValues()) {
        if (inner instanceof COSStream || refersToObjects(inner)) {
          return true;
        }
      }
    } else if (value instanceof COSArray array) {
      for (COSBase inner : array) {
        if (inner instanceof COSStream || refersToObjects(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] raw(COSStream stream) throws IOException {
    try (InputStream in = stream.createRawInputStream()) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class CountingStream extends FilterOutputStream {
    private long count;

    CountingStream(OutputStream target) {
      super(target);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
