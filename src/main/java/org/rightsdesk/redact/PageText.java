package org.rightsdesk.redact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rightsdesk.redact.PageScanner.Glyph;

/**
 * The text of a run of glyphs in painting order, with a space where the pen jumps forward and a line break where
 * it goes back or leaves the line, and for every character the glyph it came from. Positions are compared along
 * each glyph's own direction, so rotated pages and vertical text read the same way.
 */
final class PageText {

  /** A forward gap wider than this share of the font size reads as a word space (TeX kerns spaces in TJ). */
  private static final double WORD_GAP = 0.15;
  /** A step off the line or back along it by more than this share of the font size starts a new line. */
  private static final double LINE_BREAK = 0.5;

  private final List<Glyph> glyphs;
  private final String text;
  private final int[] owner;

  private PageText(List<Glyph> glyphs, String text, int[] owner) {
    this.glyphs = glyphs;
    this.text = text;
    this.owner = owner;
  }

  static PageText of(List<Glyph> glyphs) {
    StringBuilder text = new StringBuilder();
    List<Integer> owners = new ArrayList<>();
    Glyph previous = null;
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph glyph = glyphs.get(i);
      if (glyph.text == null) {
        previous = null;
        text.append('\n');
        owners.add(-1);
        continue;
      }
      String gap = previous == null ? "" : gap(previous, glyph);
      if (!gap.isEmpty()) {
        text.append(gap);
        owners.add(-1);
      }
      text.append(glyph.text);
      for (int k = 0; k < glyph.text.length(); k++) {
        owners.add(i);
      }
      previous = glyph;
    }
    return new PageText(glyphs, text.toString(), owners.stream().mapToInt(Integer::intValue).toArray());
  }

  private static String gap(Glyph previous, Glyph glyph) {
    double dx = previous.end.getX() - previous.start.getX();
    double dy = previous.end.getY() - previous.start.getY();
    double length = Math.hypot(dx, dy);
    if (length < 1e-6) {
      dx = 1;
      dy = 0;
    } else {
      dx /= length;
      dy /= length;
    }
    double gx = glyph.start.getX() - previous.end.getX();
    double gy = glyph.start.getY() - previous.end.getY();
    double along = gx * dx + gy * dy;
    double across = Math.abs(gx * dy - gy * dx);
    double size = Math.max(Math.max(previous.size, glyph.size), 1e-3);
    if (across > LINE_BREAK * size || along < -LINE_BREAK * size) {
      return "\n";
    }
    return along > WORD_GAP * size ? " " : "";
  }

  String text() {
    return text;
  }

  /** The glyphs behind characters [start, end), in painting order. */
  List<Glyph> glyphs(int start, int end) {
    Set<Glyph> found = new LinkedHashSet<>();
    for (int i = start; i < end; i++) {
      if (owner[i] >= 0) {
        found.add(glyphs.get(owner[i]));
      }
    }
    return new ArrayList<>(found);
  }
}
