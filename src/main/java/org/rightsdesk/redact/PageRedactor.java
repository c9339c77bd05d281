package org.rightsdesk.redact;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.rightsdesk.redact.BoxPainter.LabelledBox;
import org.rightsdesk.redact.PageScanner.Glyph;
import org.rightsdesk.redact.PageScanner.ImageUse;
import org.rightsdesk.redact.PageScanner.StreamScan;
import org.rightsdesk.redact.RedactionLogEntry.Action;

/**
 * Redacts one page at a time: finds what the request selects, cuts those glyphs, image pixels and annotations
 * out, draws the labelled boxes, and falls back to rasterising the page, with the reason in the log, whenever it
 * cannot be sure the cut is complete.
 */
final class PageRedactor {

  /** Removed text shorter than this, cut only because it lay under an area, is too common to verify against. */
  private static final int SHORTEST_AREA_TEXT_TO_VERIFY = 6;
  private static final float BOX_PADDING = 1;
  /** Annotation and field entries that hold text a reader can see or copy. */
  private static final COSName[] HELD_TEXT = {
      COSName.CONTENTS, COSName.T, COSName.RC, COSName.SUBJ, COSName.V, COSName.TU, COSName.DV};

  private record Hit(DataKind kind, String reason, String text, List<Rectangle2D> boxes, Action action, String note) {}

  private final PDDocument document;
  private final TextRules rules;
  private final List<RedactionRequest.Area> areas;
  private final boolean searchesText;
  private final String documentName;
  private final ContentRewriter rewriter;
  private final BoxPainter painter = new BoxPainter();

  private final Consumer<RedactionLogEntry> log;
  private final Map<String, String> removedText;
  private final Map<String, String> hashes = new HashMap<>();
  private final Set<String> secrets;
  private int undrawnForms;

  /**
   * @param secrets every removed item in {@link #key} form, added to as text is found
   * @param log receives each redaction as it is made
   * @param removedText receives the text behind each log entry's hash
   */
  PageRedactor(PDDocument document, TextRules rules, RedactionRequest request, String documentName,
      Set<String> secrets, Consumer<RedactionLogEntry> log, Map<String, String> removedText) {
    this.document = document;
    this.rules = rules;
    this.areas = request.areas();
    this.searchesText = request.searchesText();
    this.documentName = documentName;
    this.rewriter = new ContentRewriter(document);
    this.secrets = secrets;
    this.log = log;
    this.removedText = removedText;
  }

  /** The form in which verification compares text: compatibility forms folded, no whitespace, lower case. */
  static String key(String text) {
    return TextRules.normalise(text).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /** @param page the page at {@code pageIndex} (counted from 0) */
  void redact(int pageIndex, PDPage page) throws IOException {
    PageScanner scanner = new PageScanner(page);
    StreamScan root = scanner.scanPage();
    dropUndrawnForms(page, root);
    List<Glyph> glyphs = scanner.pageGlyphs();
    List<Hit> hits = new ArrayList<>();
    String raster = scanner.trouble();
    if (raster == null && searchesText && scanner.unmappedGlyphs() > 0) {
      raster = scanner.unmappedGlyphs() + " glyphs have no Unicode mapping, so text search cannot read them";
    }

    if (!rules.isEmpty()) {
      PageText text = PageText.of(glyphs);
      for (TextRules.Match match : rules.find(text.text())) {
        List<Glyph> cut = text.glyphs(match.start(), match.end());
        if (cut.isEmpty()) {
          continue;
        }
        cut.forEach(g -> g.remove = true);
        String found = text.text().substring(match.start(), match.end());
        secrets.add(key(found));
        hits.add(new Hit(match.kind(), match.reason(), found, lineBoxes(cut), Action.TEXT_REMOVED, null));
        if (raster == null && cut.stream().anyMatch(g -> g.type3)) {
          raster = "redacted text is drawn with a Type3 font";
        }
      }
    }

    List<Rectangle2D> pageAreas = new ArrayList<>();
    for (RedactionRequest.Area area : areas) {
      if (area.page() == pageIndex + 1) {
        Rectangle2D r = new Rectangle2D.Float(area.x(), area.y(), area.width(), area.height());
        pageAreas.add(r);
        boolean image = anyImageUnder(root, r);
        boolean text = cutUnder(r, glyphs, hits, area, image);
        if (raster == null && !image && !text
            && scanner.paintedPaths().stream().anyMatch(p -> p.intersects(r) && !p.contains(r))) {
          raster = "vector graphics lie under an area, and only text and images can be cut out";
        }
      }
    }
    // text laid over a picture (an OCR layer over its scan) is in the pixels too
    for (Hit hit : hits) {
      if (hit.action() == Action.TEXT_REMOVED && hit.kind() != DataKind.AREA) {
        hit.boxes().stream().map(PageRedactor::padded).filter(box -> anyImageUnder(root, box)).forEach(pageAreas::add);
      }
    }
    if (raster == null && !pageAreas.isEmpty()) {
      try {
        redactImages(root, pageAreas);
      } catch (UnsafeImage e) {
        raster = e.getMessage();
      }
    }
    if (raster == null && glyphs.stream().anyMatch(g -> g.remove && Float.isNaN(g.advance))) {
      raster = "redacted text is drawn at font size 0, so the remaining text cannot be kept in place";
    }
    removeAnnotations(page, scanner, pageIndex, hits);
    if (hits.isEmpty() && raster == null) {
      return;
    }

    List<LabelledBox> boxes = new ArrayList<>();
    for (Hit hit : hits) {
      if (hit.action() != Action.ANNOTATION_REMOVED) {
        for (Rectangle2D box : hit.boxes()) {
          boxes.add(new LabelledBox(padded(box), hit.reason()));
        }
      }
    }
    if (raster == null) {
      try {
        rewriter.rewritePage(page, root, resources -> painter.draw(document, resources, boxes));
      } catch (IOException | RuntimeException e) {
        raster = "the page's content could not be rewritten (" + e.getClass().getSimpleName() + ")";
      }
    }
    if (raster != null) {
      PageRasteriser.rasterise(document, page, pageIndex, boxes);
    }
    for (Hit hit : hits) {
      boolean rasterised = raster != null && hit.action() != Action.ANNOTATION_REMOVED;
      logHit(pageIndex, hit, rasterised ? Action.PAGE_RASTERISED : hit.action(), rasterised ? raster : hit.note());
    }
    if (raster != null && hits.isEmpty()) {
      log.accept(new RedactionLogEntry(documentName, pageIndex + 1, null, null, Action.PAGE_RASTERISED, null, null,
          raster));
    }
  }

  /**
   * Removes form XObjects the page lists but never draws: nothing shows them, so redaction by what is shown
   * would never look inside, yet anyone can extract their text from the file.
   */
  private void dropUndrawnForms(PDPage page, StreamScan root) {
    PDResources resources = page.getResources();
    COSDictionary xobjects = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
    if (xobjects == null) {
      return;
    }
    List<COSName> undrawn = new ArrayList<>();
    for (COSName name : xobjects.keySet()) {
      if (!root.forms.containsKey(name) && xobjects.getDictionaryObject(name) instanceof COSStream stream
          && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
        undrawn.add(name);
      }
    }
    if (undrawn.isEmpty()) {
      return;
    }
    COSDictionary copy = new COSDictionary();
    copy.addAll(resources.getCOSObject());
    COSDictionary drawn = new COSDictionary();
    drawn.addAll(xobjects);
    undrawn.forEach(drawn::removeItem);
    copy.setItem(COSName.XOBJECT, drawn);
    page.setResources(new PDResources(copy));
    undrawnForms += undrawn.size();
  }

  int undrawnForms() {
    return undrawnForms;
  }

  /** Marks the glyphs under the area for removal and records the area as a hit; true if there were any. */
  private boolean cutUnder(Rectangle2D r, List<Glyph> glyphs, List<Hit> hits, RedactionRequest.Area area,
      boolean image) {
    StringBuilder removed = new StringBuilder();
    boolean text = false;
    for (Glyph glyph : glyphs) {
      if (glyph.box.intersects(r)) {
        glyph.remove = true;
        text = true;
        removed.append(glyph.text == null ? " " : glyph.text);
      } else if (removed.length() > 0 && removed.charAt(removed.length() - 1) != ' ') {
        removed.append(' ');
      }
    }
    for (String run : removed.toString().trim().split(" +")) {
      if (key(run).length() >= SHORTEST_AREA_TEXT_TO_VERIFY) {
        secrets.add(key(run));
      }
    }
    Action action = image ? Action.IMAGE_PIXELS_REPLACED : text ? Action.TEXT_REMOVED : Action.AREA_COVERED;
    hits.add(new Hit(DataKind.AREA, area.reason(), removed.toString().trim(), List.of(r), action, null));
    return text;
  }

  private static boolean anyImageUnder(StreamScan scan, Rectangle2D area) {
    return scan.images.stream().anyMatch(use -> use.box().intersects(area))
        || scan.forms.values().stream().flatMap(List::stream).anyMatch(form -> anyImageUnder(form, area));
  }

  private static final class UnsafeImage extends Exception {
    UnsafeImage(String reason) {
      super(reason);
    }
  }

  /** Paints the areas into every image under them, in this stream and the forms it draws. */
  private void redactImages(StreamScan scan, List<Rectangle2D> pageAreas) throws UnsafeImage {
    for (ImageUse use : scan.images) {
      List<Rectangle2D> over = pageAreas.stream().filter(a -> use.box().intersects(a)).toList();
      if (over.isEmpty()) {
        continue;
      }
      if (use.name() == null) {
        throw new UnsafeImage("an inline image lies under an area");
      }
      if (!(use.image() instanceof PDImageXObject image) || image.isStencil()) {
        throw new UnsafeImage("an image mask lies under an area");
      }
      if (scan.images.stream().filter(u -> use.name().equals(u.name())).count() > 1) {
        throw new UnsafeImage("an image drawn more than once on the page lies under an area");
      }
      try {
        scan.replacedImages.put(use.name(), ImageRedactor.redact(document, image, use.ctm(), over).getCOSObject());
      } catch (IOException | RuntimeException e) {
        throw new UnsafeImage("an image under an area could not be decoded (" + e.getClass().getSimpleName() + ")");
      }
    }
    for (List<StreamScan> placements : scan.forms.values()) {
      for (StreamScan form : placements) {
        redactImages(form, pageAreas);
      }
    }
  }

  /**
   * Deletes annotations that show or hold redacted data (in their appearance, contents, rich text or title) or
   * lie under an area, with their pop-ups. An appearance whose text cannot be read is deleted too.
   */
  private void removeAnnotations(PDPage page, PageScanner scanner, int pageIndex, List<Hit> hits) throws IOException {
    List<PDAnnotation> annotations = page.getAnnotations();
    if (annotations.isEmpty()) {
      return;
    }
    List<COSDictionary> removed = new ArrayList<>();
    for (PDAnnotation annotation : annotations) {
      Hit hit = annotationHit(annotation, scanner, pageIndex);
      if (hit != null) {
        hits.add(hit);
        removed.add(annotation.getCOSObject());
      }
    }
    if (removed.isEmpty()) {
      return;
    }
    List<PDAnnotation> kept = new ArrayList<>();
    for (PDAnnotation annotation : annotations) {
      COSDictionary a = annotation.getCOSObject();
      boolean popupOfRemoved = removed.contains(a.getCOSDictionary(COSName.PARENT));
      if (!removed.contains(a) && !popupOfRemoved) {
        kept.add(annotation);
      }
    }
    page.setAnnotations(kept);
  }

  private Hit annotationHit(PDAnnotation annotation, PageScanner scanner, int pageIndex) throws IOException {
    PDRectangle rect = annotation.getRectangle();
    List<Rectangle2D> where = rect == null ? List.of() : List.of(rect.toGeneralPath().getBounds2D());
    if (rect != null) {
      Rectangle2D r = where.get(0);
      for (RedactionRequest.Area area : areas) {
        if (area.page() == pageIndex + 1 && r.intersects(area.x(), area.y(), area.width(), area.height())) {
          return new Hit(DataKind.AREA, area.reason(), "", List.of(r), Action.ANNOTATION_REMOVED,
              "the annotation lay under an area");
        }
      }
    }
    if (rules.isEmpty()) {
      return null;
    }
    List<Glyph> glyphs = scanner.scanAnnotation(annotation);
    if (glyphs.stream().anyMatch(g -> g.text == null)) {
      return new Hit(rules.firstKind(), rules.firstReason(), "", where, Action.ANNOTATION_REMOVED,
          "the annotation's appearance has glyphs without Unicode mapping, so it could not be searched");
    }
    COSDictionary a = annotation.getCOSObject();
    StringBuilder held = new StringBuilder(PageText.of(glyphs).text());
    // a widget's field value and name may sit on the widget or on its parent field
    for (COSDictionary d = a; d != null; d = d == a ? a.getCOSDictionary(COSName.PARENT) : null) {
      for (COSName key : HELD_TEXT) {
        held.append('\n').append(TextRules.normalise(nonNull(d.getString(key))));
      }
    }
    String text = held.toString();
    List<TextRules.Match> matches = rules.find(text);
    if (matches.isEmpty()) {
      return null;
    }
    TextRules.Match first = matches.get(0);
    for (TextRules.Match match : matches) {
      secrets.add(key(text.substring(match.start(), match.end())));
    }
    return new Hit(first.kind(), first.reason(), text.substring(first.start(), first.end()), where,
        Action.ANNOTATION_REMOVED, matches.size() + " matches in the annotation");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static Rectangle2D padded(Rectangle2D box) {
    return new Rectangle2D.Double(box.getX() - BOX_PADDING, box.getY() - BOX_PADDING,
        box.getWidth() + 2 * BOX_PADDING, box.getHeight() + 2 * BOX_PADDING);
  }

  /** The boxes of a run of glyphs, one per line of text it spans. */
  static List<Rectangle2D> lineBoxes(List<Glyph> glyphs) {
    List<Rectangle2D> lines = new ArrayList<>();
    Rectangle2D current = null;
    for (Glyph glyph : glyphs) {
      double reach = glyph.size / 2;
      if (current != null && new Rectangle2D.Double(current.getX() - reach, current.getY() - reach,
          current.getWidth() + 2 * reach, current.getHeight() + 2 * reach).intersects(glyph.box)) {
        current.add(glyph.box);
      } else {
        current = (Rectangle2D) glyph.box.clone();
        lines.add(current);
      }
    }
    return lines;
  }

  private void logHit(int pageIndex, Hit hit, Action action, String note) {
    String hash = null;
    if (!hit.text().isEmpty()) {
      // the same text recurs on many pages: one hash, computed once, shared by its entries
      hash = hashes.computeIfAbsent(hit.text(), PageRedactor::sha256);
      removedText.put(hash, hit.text());
    }
    Rectangle2D union = null;
    for (Rectangle2D box : hit.boxes()) {
      if (union == null) {
        union = (Rectangle2D) box.clone();
      } else {
        union.add(box);
      }
    }
    RedactionLogEntry.Box box = union == null ? null : new RedactionLogEntry.Box((float) union.getX(),
        (float) union.getY(), (float) union.getWidth(), (float) union.getHeight());
    log.accept(new RedactionLogEntry(documentName, pageIndex + 1, hit.kind(), hit.reason(), action, box, hash, note));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
