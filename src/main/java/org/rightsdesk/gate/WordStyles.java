package org.rightsdesk.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/**
 * The run formatting a Word document's styles give (styles.xml): hidden, colour and size, through each style's
 * {@code basedOn} chain and the document defaults. Text can be hidden by a style as well as by its own
 * formatting, and a reader sees neither.
 */
final class WordStyles {

  /** What a style (or the document defaults) says of a run; null where it says nothing. */
  private record RunFormat(Boolean hidden, String color, Integer halfPoints, String basedOn) {}

  /** A chain of basedOn longer than this is a loop in a damaged file. */
  private static final int MAX_CHAIN = 32;

  private final Map<String, RunFormat> styles;
  private final RunFormat defaults;
  private final String defaultParagraphStyle;

  private WordStyles(Map<String, RunFormat> styles, RunFormat defaults, String defaultParagraphStyle) {
    this.styles = styles;
    this.defaults = defaults;
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  static WordStyles read(OPCPackage pkg) throws IOException, XMLStreamException {
    PackagePart part;
    try {
      part = pkg.getPart(PackagingURIHelper.createPartName("/word/styles.xml"));
    } catch (InvalidFormatException e) {
      part = null;
    }
    Map<String, RunFormat> styles = new HashMap<>();
    if (part == null) {
      return new WordStyles(styles, new RunFormat(null, null, null, null), null);
    }
    RunFormat defaults = new RunFormat(null, null, null, null);
    String defaultParagraphStyle = null;
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(in);
      String styleId = null;
      boolean inRunProperties = false;
      int paragraphProperties = 0;
      Boolean hidden = null;
      String color = null;
      Integer halfPoints = null;
      String basedOn = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
            || !DocxGate.W.equals(xml.getNamespaceURI())) {
          continue;
        }
        String local = xml.getLocalName();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (local) {
            case "style" -> {
              styleId = xml.getAttributeValue(DocxGate.W, "styleId");
              String isDefault = xml.getAttributeValue(DocxGate.W, "default");
              if ("paragraph".equals(xml.getAttributeValue(DocxGate.W, "type")) && isDefault != null
                  && on(isDefault)) {
                defaultParagraphStyle = styleId;
              }
              hidden = null;
              color = null;
              halfPoints = null;
              basedOn = null;
            }
            case "basedOn" -> basedOn = xml.getAttributeValue(DocxGate.W, "val");
            case "pPr" -> paragraphProperties++;
            case "rPr" -> inRunProperties = paragraphProperties == 0;
            case "vanish" -> {
              if (inRunProperties) {
                hidden = on(xml.getAttributeValue(DocxGate.W, "val"));
              }
            }
            case "color" -> {
              if (inRunProperties) {
                color = xml.getAttributeValue(DocxGate.W, "val");
              }
            }
            case "sz" -> {
              if (inRunProperties) {
                halfPoints = halfPoints(xml.getAttributeValue(DocxGate.W, "val"));
              }
            }
            default -> { }
          }
        } else {
          switch (local) {
            case "pPr" -> paragraphProperties--;
            case "rPr" -> inRunProperties = false;
            case "rPrDefault" -> {
              defaults = new RunFormat(hidden, color, halfPoints, null);
              hidden = null;
              color = null;
              halfPoints = null;
            }
            case "style" -> {
              if (styleId != null) {
                styles.put(styleId, new RunFormat(hidden, color, halfPoints, basedOn));
              }
              styleId = null;
            }
            default -> { }
          }
        }
      }
    }
    return new WordStyles(styles, defaults, defaultParagraphStyle);
  }

  /** Whether the styles hide a run: its character style first, then its paragraph's style, then the defaults. */
  boolean hidden(String runStyle, String paragraphStyle) {
    Boolean value = find(runStyle, paragraphStyle, RunFormat::hidden);
    return value != null && value;
  }

  String color(String runStyle, String paragraphStyle) {
    return find(runStyle, paragraphStyle, RunFormat::color);
  }

  Integer halfPoints(String runStyle, String paragraphStyle) {
    return find(runStyle, paragraphStyle, RunFormat::halfPoints);
  }

  private <T> T find(String runStyle, String paragraphStyle, Function<RunFormat, T> property) {
    T value = chain(runStyle, property);
    if (value == null) {
      value = chain(paragraphStyle != null ? paragraphStyle : defaultParagraphStyle, property);
    }
    return value != null ? value : property.apply(defaults);
  }

  private <T> T chain(String styleId, Function<RunFormat, T> property) {
    Set<String> seen = new HashSet<>();
    String id = styleId;
    while (id != null && seen.add(id) && seen.size() <= MAX_CHAIN) {
      RunFormat style = styles.get(id);
      if (style == null) {
        return null;
      }
      T value = property.apply(style);
      if (value != null) {
        return value;
      }
      id = style.basedOn();
    }
    return null;
  }

  /** An OOXML on/off value: absent or anything but false, 0 and off means on. */
  static boolean on(String value) {
    return value == null || !("false".equals(value) || "0".equals(value) || "off".equals(value));
  }

  private static Integer halfPoints(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
