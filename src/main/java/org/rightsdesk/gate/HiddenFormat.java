package org.rightsdesk.gate;

import org.apache.poi.ss.usermodel.FillPatternType;

/**
 * Cell formatting that hides a value from a reader while keeping it in the file: text the colour of its
 * background, the ";;;" number format (every section empty), or a font too small to read.
 */
final class HiddenFormat {

  /** Below this a value cannot be read on screen or paper; Excel's smallest offered size is 8 pt. */
  static final double TINY_FONT_POINTS = 4;
  private static final byte[] WHITE = {(byte) 255, (byte) 255, (byte) 255};

  private HiddenFormat() {}

  /**
   * @param fontRgb the font colour, or null for automatic (black)
   * @param fillRgb the solid fill colour, or null when there is no fill (white paper)
   * @return why a value in this style is hidden, or null when it is not
   */
  static String reason(String numberFormat, double fontPoints, byte[] fontRgb, FillPatternType fill, byte[] fillRgb) {
    if (numberFormat != null && numberFormat.replace(" ", "").matches(";{2,3}")) {
      return "the ';;;' number format shows nothing";
    }
    if (fontPoints > 0 && fontPoints < TINY_FONT_POINTS) {
      return "a font under " + (int) TINY_FONT_POINTS + " pt";
    }
    byte[] background = fill == FillPatternType.SOLID_FOREGROUND && fillRgb != null ? fillRgb : WHITE;
    if (fill != FillPatternType.SOLID_FOREGROUND && fill != FillPatternType.NO_FILL && fill != null) {
      return null; // a patterned fill: the text shows over part of it
    }
    if (fontRgb != null && close(fontRgb, background)) {
      return "text the same colour as its background";
    }
    return null;
  }

  private static boolean close(byte[] a, byte[] b) {
    int offsetA = a.length - 3;
    int offsetB = b.length - 3;
    for (int i = 0; i < 3; i++) {
      if (Math.abs((a[offsetA + i] & 0xff) - (b[offsetB + i] & 0xff)) > 16) {
        return false;
      }
    }
    return true;
  }
}
