package org.rightsdesk.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.rightsdesk.redact.PageScanner.Glyph;
import org.rightsdesk.redact.PageScanner.StreamScan;

/**
 * Writes new content streams without the glyphs marked for removal. Each text-showing operator that loses glyphs
 * becomes a TJ array whose numbers move the pen as far as the removed glyphs did, so the text that remains stays
 * where it was. A form XObject that changes is copied, never edited in place, because another page or another
 * placement may share it; the copy replaces it only in this page's (or the parent form's) resources.
 */
final class ContentRewriter {

  private static final COSName[] STREAM_KEYS_NOT_COPIED = {
      COSName.LENGTH, COSName.FILTER, COSName.DECODE_PARMS, COSName.DL, COSName.RESOURCES};
  /** Marked-content properties that may repeat the removed text for assistive technology. */
  private static final COSName[] TEXT_PROPERTIES = {COSName.ACTUAL_TEXT, COSName.ALT, COSName.E};

  private static final byte[] SAVE = "q\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RESTORE = "\nQ\n".getBytes(StandardCharsets.US_ASCII);

  private final PDDocument document;

  ContentRewriter(PDDocument document) {
    this.document = document;
  }

  /** Draws over a page once its content is final; returns the operators, adding what they use to resources. */
  interface Overlay {
    byte[] draw(PDResources resources) throws IOException;
  }

  /**
   * Rewrites the page's streams that lose glyphs or whose forms or images were replaced, and puts the page's
   * content and the overlay (the boxes) into one new stream: one stream per redacted page keeps the scratch
   * file, and so memory, small.
   */
  void rewritePage(PDPage page, StreamScan root, Overlay overlay) throws IOException {
    Map<COSName, COSBase> replaced = replacedChildren(List.of(root));
    Map<Integer, List<Glyph>> removals = removals(List.of(root));
    if (!replaced.isEmpty()) {
      page.setResources(new PDResources(withXObjects(page.getResources().getCOSObject(), replaced)));
    }
    if (page.getResources() == null) {
      page.setResources(new PDResources());
    }
    byte[] over = overlay.draw(page.getResources());
    if (removals.isEmpty() && over.length == 0) {
      return;
    }
    PDStream stream = new PDStream(document);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      // the page's own content runs in a saved state, so the overlay starts from the default one
      out.write(SAVE);
      if (removals.isEmpty()) {
        for (var contents = page.getContentStreams(); contents.hasNext(); ) {
          try (InputStream in = contents.next().createInputStream()) {
            in.transferTo(out);
          }
          out.write('\n');
        }
      } else {
        new ContentStreamWriter(out).writeTokens(rewrite(parse(page), removals));
      }
      out.write(RESTORE);
      out.write(over);
    }
    page.setContents(stream);
  }

  /** A copy of the form drawn by these scans (one per placement) without their removed glyphs, or null. */
  private COSStream rewriteForm(List<StreamScan> scans) throws IOException {
    Map<COSName, COSBase> replaced = replacedChildren(scans);
    Map<Integer, List<Glyph>> removals = removals(scans);
    if (removals.isEmpty() && replaced.isEmpty()) {
      return null;
    }
    COSStream original = scans.get(0).form.getCOSObject();
    COSStream copy = document.getDocument().createCOSStream();
    for (Map.Entry<COSName, COSBase> entry : original.entrySet()) {
      if (!List.of(STREAM_KEYS_NOT_COPIED).contains(entry.getKey())) {
        copy.setItem(entry.getKey(), entry.getValue());
      }
    }
    COSDictionary resources = original.getCOSDictionary(COSName.RESOURCES);
    if (resources != null) {
      copy.setItem(COSName.RESOURCES, replaced.isEmpty() ? resources : withXObjects(resources, replaced));
    }
    try (OutputStream out = copy.createOutputStream(COSName.FLATE_DECODE)) {
      if (removals.isEmpty()) {
        try (InputStream in = original.createInputStream()) {
          in.transferTo(out);
        }
      } else {
        new ContentStreamWriter(out).writeTokens(rewrite(parse(scans.get(0).form), removals));
      }
    }
    return copy;
  }

  private Map<COSName, COSBase> replacedChildren(List<StreamScan> scans) throws IOException {
    Map<COSName, COSBase> replaced = new LinkedHashMap<>();
    Map<COSName, List<StreamScan>> forms = new LinkedHashMap<>();
    for (StreamScan scan : scans) {
      replaced.putAll(scan.replacedImages);
      scan.forms.forEach((name, placements) -> forms.computeIfAbsent(name, n -> new ArrayList<>()).addAll(placements));
    }
    for (Map.Entry<COSName, List<StreamScan>> form : forms.entrySet()) {
      COSStream copy = rewriteForm(form.getValue());
      if (copy != null) {
        replaced.put(form.getKey(), copy);
      }
    }
    return replaced;
  }

  private static Map<Integer, List<Glyph>> removals(List<StreamScan> scans) {
    Map<Integer, List<Glyph>> byOperator = new HashMap<>();
    for (StreamScan scan : scans) {
      for (Glyph glyph : scan.glyphs) {
        if (glyph.remove) {
          byOperator.computeIfAbsent(glyph.op, op -> new ArrayList<>()).add(glyph);
        }
      }
    }
    return byOperator;
  }

  private static List<Object> parse(PDContentStream stream) throws IOException {
    return new PDFStreamParser(stream).parse();
  }

  private static List<Object> rewrite(List<Object> tokens, Map<Integer, List<Glyph>> removals) {
    List<Object> out = new ArrayList<>(tokens.size());
    List<COSBase> operands = new ArrayList<>();
    int op = 0;
    for (Object token : tokens) {
      if (!(token instanceof Operator operator)) {
        operands.add((COSBase) token);
        continue;
      }
      List<Glyph> gone = removals.get(op++);
      if (gone == null) {
        out.addAll(operands);
        out.add(operator);
      } else {
        replaceTextOperator(operator.getName(), operands, gone, out);
      }
      operands.clear();
    }
    // marked-content text alternatives (ActualText, Alt) around the cut text may spell out what was removed
    stripTextAlternatives(out);
    return out;
  }

  private static void replaceTextOperator(String name, List<COSBase> operands, List<Glyph> gone, List<Object> out) {
    switch (name) {
      case "Tj" -> out.add(stripArray(wrap(operands.get(0)), gone));
      case "TJ" -> out.add(stripArray((COSArray) operands.get(0), gone));
      case "'" -> {
        out.add(Operator.getOperator("T*"));
        out.add(stripArray(wrap(operands.get(0)), gone));
      }
      case "\"" -> {
        out.add(operands.get(0));
        out.add(Operator.getOperator("Tw"));
        out.add(operands.get(1));
        out.add(Operator.getOperator("Tc"));
        out.add(Operator.getOperator("T*"));
        out.add(stripArray(wrap(operands.get(2)), gone));
      }
      default -> throw new IllegalStateException("Glyphs recorded for a non-text operator " + name);
    }
    out.add(Operator.getOperator("TJ"));
  }

  private static COSArray wrap(COSBase string) {
    COSArray array = new COSArray();
    array.add(string);
    return array;
  }

  /** The TJ array with the removed glyphs' bytes replaced by pen movements of the same length. */
  private static COSArray stripArray(COSArray array, List<Glyph> gone) {
    Map<Integer, List<Glyph>> byElement = new HashMap<>();
    for (Glyph glyph : gone) {
      byElement.computeIfAbsent(glyph.element, e -> new ArrayList<>()).add(glyph);
    }
    COSArray out = new COSArray();
    float[] pending = {0};
    for (int i = 0; i < array.size(); i++) {
      COSBase element = array.getObject(i);
      List<Glyph> cut = byElement.get(i);
      if (element instanceof COSNumber number) {
        pending[0] += number.floatValue();
      } else if (element instanceof COSString string && cut != null) {
        cut.sort(Comparator.comparingInt(g -> g.byteStart));
        byte[] bytes = string.getBytes();
        int kept = 0;
        for (Glyph glyph : cut) {
          addString(out, pending, string, bytes, kept, glyph.byteStart);
          pending[0] += glyph.advance;
          kept = glyph.byteStart + glyph.byteLength;
        }
        addString(out, pending, string, bytes, kept, bytes.length);
      } else if (element != null) {
        addString(out, pending, element, null, 0, 0);
      }
    }
    if (pending[0] != 0) {
      out.add(new COSFloat(pending[0]));
    }
    return out;
  }

  private static void addString(COSArray out, float[] pending, COSBase original, byte[] bytes, int from, int to) {
    if (bytes != null && from >= to) {
      return;
    }
    if (pending[0] != 0) {
      out.add(new COSFloat(pending[0]));
      pending[0] = 0;
    }
    if (bytes == null) {
      out.add(original);
      return;
    }
    byte[] part = new byte[to - from];
    System.arraycopy(bytes, from, part, 0, part.length);
    COSString piece = new COSString(part);
    piece.setForceHexForm(((COSString) original).getForceHexForm());
    out.add(piece);
  }

  private static void stripTextAlternatives(List<Object> tokens) {
    for (Object token : tokens) {
      if (token instanceof COSDictionary properties) {
        for (COSName key : TEXT_PROPERTIES) {
          properties.removeItem(key);
        }
      }
    }
  }

  private static COSDictionary withXObjects(COSDictionary resources, Map<COSName, COSBase> replaced) {
    COSDictionary copy = new COSDictionary();
    copy.addAll(resources);
    COSDictionary xobjects = new COSDictionary();
    COSDictionary original = resources.getCOSDictionary(COSName.XOBJECT);
    if (original != null) {
      xobjects.addAll(original);
    }
    replaced.forEach(xobjects::setItem);
    copy.setItem(COSName.XOBJECT, xobjects);
    return copy;
  }
}
