package org.rightsdesk.redact;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's content (and the form XObjects it draws) and records every glyph with the operator, string
 * and bytes that showed it, its Unicode text and where it landed, so a glyph found by text search or by area
 * can be cut out of exactly the operator that drew it. Also records placed images and painted paths.
 */
final class PageScanner extends PDFGraphicsStreamEngine {

  /** One glyph: bytes [byteStart, byteStart + byteLength) of string {@code element} of operator {@code op}. */
  static final class Glyph {
    final StreamScan stream;
    final int op;
    final int element;
    final int byteStart;
    final int byteLength;
    final String text;
    final Rectangle2D box;
    /** TJ number that moves the pen as far as this glyph did, NaN if it cannot be computed. */
    final float advance;
    final boolean type3;
    /** Where the pen was before and after the glyph, and the font's size, all in user space. */
    final Point2D start;
    final Point2D end;
    final float size;
    boolean remove;

    Glyph(StreamScan stream, int op, int element, int byteStart, int byteLength, String text, Rectangle2D box,
        float advance, boolean type3, Point2D start, Point2D end, float size) {
      this.stream = stream;
      this.op = op;
      this.element = element;
      this.byteStart = byteStart;
      this.byteLength = byteLength;
      this.text = text;
      this.box = box;
      this.advance = advance;
      this.type3 = type3;
      this.start = start;
      this.end = end;
      this.size = size;
    }
  }

  /** An image painted by a content stream; name is null for an inline image. */
  record ImageUse(COSName name, PDImage image, Matrix ctm, Rectangle2D box) {}

  /** One content stream as drawn: the page itself, or a form XObject reached by a resource name. */
  static final class StreamScan {
    /** The form drawn, or null for the page or an annotation's appearance. */
    final PDFormXObject form;
    final List<Glyph> glyphs = new ArrayList<>();
    final Map<COSName, List<StreamScan>> forms = new LinkedHashMap<>();
    final List<ImageUse> images = new ArrayList<>();
    /** Images of this stream's resources replaced by redacted copies, by resource name. */
    final Map<COSName, COSBase> replacedImages = new LinkedHashMap<>();
    int operators;

    StreamScan(PDFormXObject form) {
      this.form = form;
    }
  }

  private final Deque<StreamScan> streams = new ArrayDeque<>();
  private List<Glyph> sink = new ArrayList<>();
  private final List<Rectangle2D> paintedPaths = new ArrayList<>();
  private int unmappedGlyphs;
  private String trouble;

  /** Depth of operator calls within the current stream; each new stream starts again at 0. */
  private int nesting;
  private int currentOp;
  private int currentElement;
  private COSArray currentArray;
  private COSName pendingXObject;
  private List<int[]> currentCodes = List.of();
  private int codeIndex;

  private Rectangle2D currentPath;
  private Point2D currentPoint = new Point2D.Float();

  PageScanner(PDPage page) {
    super(page);
  }

  /** Scans the page content; glyphs come back in painting order. */
  StreamScan scanPage() throws IOException {
    StreamScan root = new StreamScan(null);
    streams.push(root);
    try {
      processPage(getPage());
    } finally {
      streams.pop();
    }
    return root;
  }

  List<Glyph> pageGlyphs() {
    return sink;
  }

  /** Glyphs an annotation's normal appearance draws, kept apart from the page text. */
  List<Glyph> scanAnnotation(PDAnnotation annotation) throws IOException {
    List<Glyph> pageSink = sink;
    sink = new ArrayList<>();
    streams.push(new StreamScan(null));
    nesting = 0;
    try {
      showAnnotation(annotation);
      return sink;
    } finally {
      streams.pop();
      sink = pageSink;
    }
  }

  List<Rectangle2D> paintedPaths() {
    return paintedPaths;
  }

  int unmappedGlyphs() {
    return unmappedGlyphs;
  }

  /** Why the page's text could not be followed, or null. */
  String trouble() {
    return trouble;
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    // ' and " run T* and Tj through this method again: those calls belong to the operator already counted
    if (nesting > 0) {
      super.processOperator(operator, operands);
      return;
    }
    StreamScan stream = streams.peek();
    currentOp = stream.operators++;
    currentElement = 0;
    currentArray = null;
    String name = operator.getName();
    if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
      pendingXObject = xobject;
    } else if ("TJ".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSArray array) {
      currentArray = array;
      currentElement = -1;
    }
    nesting++;
    try {
      super.processOperator(operator, operands);
    } finally {
      nesting--;
    }
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    if (currentArray != null) {
      // the base class shows a TJ array's strings in order, so the next string element is this one
      do {
        currentElement++;
      } while (currentElement < currentArray.size() && !(currentArray.getObject(currentElement) instanceof COSString));
    }
    PDFont font = getGraphicsState().getTextState().getFont();
    if (font == null) {
      trouble = "text is shown without a font";
      return;
    }
    // split the string into character codes the way the base class will, so each glyph knows its bytes
    List<int[]> codes = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(string);
    while (in.available() > 0) {
      int before = in.available();
      font.readCode(in);
      codes.add(new int[] {string.length - before, before - in.available()});
    }
    currentCodes = codes;
    codeIndex = 0;
    super.showText(string);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    // not calling super: a Type3 glyph's own content stream must not be counted as this stream's operators
    if (codeIndex >= currentCodes.size()) {
      trouble = "character codes could not be followed";
      return;
    }
    int[] bytes = currentCodes.get(codeIndex++);
    PDTextState state = getGraphicsState().getTextState();
    float fontSize = state.getFontSize();
    float wordSpacing = bytes[1] == 1 && code == 32 ? state.getWordSpacing() : 0;
    float width = font.isVertical() ? displacement.getY() : displacement.getX();
    float advance = fontSize == 0
        ? Float.NaN
        : -(width * 1000 + (state.getCharacterSpacing() + wordSpacing) * 1000 / fontSize);

    String unicode = font.toUnicode(code);
    if ((unicode == null || unicode.isEmpty()) && font instanceof PDSimpleFont) {
      // what PDFBox's and poppler's extractors do with an unmapped code of a simple font (Type3 included): read
      // the code as the character. Only composite fonts have codes that mean nothing without a mapping.
      unicode = String.valueOf((char) code);
    }
    String text = unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0
        ? null
        : TextRules.normalise(unicode);
    if (text == null) {
      unmappedGlyphs++;
    }
    Rectangle2D box = font.isVertical()
        ? bounds(textRenderingMatrix, -0.5f, Math.min(width, -0.5f), 0.5f, 0.1f)
        : bounds(textRenderingMatrix, 0, -0.25f, Math.max(width, 0.2f), 0.95f);
    boolean vertical = font.isVertical();
    Point2D start = textRenderingMatrix.transformPoint(0, 0);
    Point2D end = vertical ? textRenderingMatrix.transformPoint(0, width) : textRenderingMatrix.transformPoint(width, 0);
    float size = (float) start.distance(vertical
        ? textRenderingMatrix.transformPoint(1, 0)
        : textRenderingMatrix.transformPoint(0, 1));
    Glyph glyph = new Glyph(streams.peek(), currentOp, currentElement < 0 ? 0 : currentElement, bytes[0], bytes[1],
        text, box, advance, font instanceof PDType3Font, start, end, size);
    streams.peek().glyphs.add(glyph);
    sink.add(glyph);
  }

  private static Rectangle2D bounds(Matrix m, float x0, float y0, float x1, float y1) {
    Rectangle2D box = null;
    for (float[] corner : new float[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}) {
      Point2D.Float p = m.transformPoint(corner[0], corner[1]);
      if (box == null) {
        box = new Rectangle2D.Float(p.x, p.y, 0, 0);
      } else {
        box.add(p);
      }
    }
    return box;
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    withChild(form, () -> super.showForm(form));
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
    withChild(group, () -> super.showTransparencyGroup(group));
  }

  private interface Body {
    void run() throws IOException;
  }

  private void withChild(PDFormXObject form, Body body) throws IOException {
    COSName name = pendingXObject;
    pendingXObject = null;
    StreamScan parent = streams.peek();
    if (name == null) {
      trouble = "a form is drawn other than by name";
      return;
    }
    StreamScan child = new StreamScan(form);
    parent.forms.computeIfAbsent(name, n -> new ArrayList<>()).add(child);
    streams.push(child);
    int outerNesting = nesting;
    nesting = 0;
    try {
      body.run();
    } finally {
      nesting = outerNesting;
      streams.pop();
    }
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix().clone();
    COSName name = image instanceof PDImageXObject ? pendingXObject : null;
    pendingXObject = null;
    streams.peek().images.add(new ImageUse(name, image, ctm, bounds(ctm, 0, 0, 1, 1)));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
      addToPath(p);
    }
    currentPoint = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    addToPath(new Point2D.Float(x, y));
  }

  @Override
  public void lineTo(float x, float y) {
    addToPath(new Point2D.Float(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    addToPath(new Point2D.Float(x1, y1));
    addToPath(new Point2D.Float(x2, y2));
    addToPath(new Point2D.Float(x3, y3));
  }

  private void addToPath(Point2D p) {
    if (currentPath == null) {
      currentPath = new Rectangle2D.Float((float) p.getX(), (float) p.getY(), 0, 0);
    } else {
      currentPath.add(p);
    }
    currentPoint = p;
  }

  @Override
  public Point2D getCurrentPoint() {
    return currentPoint;
  }

  @Override
  public void clip(int windingRule) {
    // clipping paints nothing; the path is discarded by the n or paint operator that follows
  }

  @Override
  public void closePath() {
    // the closing segment stays inside the path's bounds
  }

  @Override
  public void endPath() {
    currentPath = null;
  }

  @Override
  public void strokePath() {
    painted();
  }

  @Override
  public void fillPath(int windingRule) {
    painted();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    painted();
  }

  private void painted() {
    if (currentPath != null) {
      paintedPaths.add(currentPath);
    }
    currentPath = null;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // a shading fills the clip region: treated like a painted path over the whole page
    paintedPaths.add(getPage().getCropBox().toGeneralPath().getBounds2D());
  }
}
