package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument text (ODT), read from content.xml, styles.xml and meta.xml as StAX events: tracked changes (a
 * deletion keeps its text in the file), annotations, hidden text and paragraphs, text a style hides, colours
 * white or shrinks to nothing, embedded objects, macros, alt text, headers and footers, properties and the
 * saved thumbnail of page one. The visible content is the body's paragraphs, tables and pictures with
 * insertions accepted and everything else left out, laid out by {@link SafePdf}.
 */
final class OdtGate {

  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";
  /** Text this small cannot be read on the page, yet is all there for a copy. */
  private static final double TINY_POINTS = 1;

  record Result(List<Finding> findings, List<SafePdf.Block> visibleContent) {}

  /** What a style says of its text; null where it says nothing and its parent decides. */
  private record TextFormat(Boolean hidden, String color, Double points, String background, String parent) {}

  private OdtGate() {}

  static Result read(List<ArchiveGate.Entry> entries) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Map<String, byte[]> parts = new HashMap<>();
    boolean macros = false;
    Set<String> objects = new TreeSet<>();
    for (ArchiveGate.Entry entry : entries) {
      String name = entry.name();
      parts.put(name, entry.content());
      if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
        macros = true;
      } else if (name.startsWith("Object ") && name.indexOf('/') > 0) {
        objects.add(name.substring(0, name.indexOf('/') + 1));
      } else if (name.equals("Thumbnails/thumbnail.png")) {
        findings.add(Finding.advisory(FindingKind.THUMBNAIL, name,
            "a picture of page one as it was last saved, which can show text hidden or deleted since"));
      }
    }
    if (macros) {
      findings.add(Finding.blocking(FindingKind.MACRO, "Basic/ or Scripts/", "macros"));
    }
    objects.forEach(folder -> findings.add(Finding.blocking(FindingKind.EMBEDDED_OBJECT, folder,
        "an embedded object (a chart, spreadsheet or drawing with its own data)")));
    byte[] content = parts.get("content.xml");
    if (content == null) {
      throw new IOException("An OpenDocument text without content.xml");
    }
    try {
      Map<String, TextFormat> styles = new HashMap<>();
      if (parts.containsKey("styles.xml")) {
        readStyles(parts.get("styles.xml"), styles, findings);
      }
      if (parts.containsKey("meta.xml")) {
        meta(parts.get("meta.xml"), findings);
      }
      Scan scan = new Scan(styles, parts);
      List<SafePdf.Block> blocks = scan.read(content);
      findings.addAll(scan.findings);
      return new Result(findings, blocks);
    } catch (XMLStreamException e) {
      throw new IOException("Not a readable OpenDocument text (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Common styles and the master pages' headers and footers. */
  private static void readStyles(byte[] xml, Map<String, TextFormat> styles, List<Finding> findings)
      throws XMLStreamException {
    XMLStreamReader reader = OoxmlParts.xmlInput().createXMLStreamReader(new ByteArrayInputStream(xml));
    int inHeader = 0;
    boolean headerText = false;
    String style = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = reader.getLocalName();
        if (STYLE.equals(reader.getNamespaceURI()) && ("header".equals(local) || "footer".equals(local)
            || "header-left".equals(local) || "footer-left".equals(local) || "header-first".equals(local)
            || "footer-first".equals(local))) {
          inHeader++;
        }
        style = styleEvent(reader, styles, style);
      } else if (event == XMLStreamConstants.END_ELEMENT && STYLE.equals(reader.getNamespaceURI())
          && reader.getLocalName().startsWith("header") || event == XMLStreamConstants.END_ELEMENT
          && STYLE.equals(reader.getNamespaceURI()) && reader.getLocalName().startsWith("footer")) {
        inHeader--;
      } else if (event == XMLStreamConstants.CHARACTERS && inHeader > 0 && !reader.getText().isBlank()) {
        headerText = true;
      }
    }
    if (headerText) {
      findings.add(Finding.advisory(FindingKind.HEADER_FOOTER, "styles.xml",
          "a header or footer with text; the cleaned copy leaves it out"));
    }
  }

  /** Records a style:style and its text properties; returns the style being read. */
  private static String styleEvent(XMLStreamReader reader, Map<String, TextFormat> styles, String current) {
    if (STYLE.equals(reader.getNamespaceURI()) && "style".equals(reader.getLocalName())) {
      String name = reader.getAttributeValue(STYLE, "name");
      if (name != null) {
        styles.put(name, new TextFormat(null, null, null, null, reader.getAttributeValue(STYLE, "parent-style-name")));
      }
      return name;
    }
    if (current != null && STYLE.equals(reader.getNamespaceURI()) && "text-properties".equals(reader.getLocalName())) {
      TextFormat before = styles.get(current);
      String display = reader.getAttributeValue(TEXT, "display");
      String size = reader.getAttributeValue(FO, "font-size");
      styles.put(current, new TextFormat(display == null ? null : "none".equals(display),
          reader.getAttributeValue(FO, "color"), points(size), reader.getAttributeValue(FO, "background-color"),
          before.parent()));
    }
    return current;
  }

  private static Double points(String size) {
    if (size == null || !size.endsWith("pt")) {
      return null; // percentages are relative to a parent and not read here
    }
    try {
      return Double.valueOf(size.substring(0, size.length() - 2));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void meta(byte[] xml, List<Finding> findings) {
    String meta = new String(xml, StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    if (meta.contains("initial-creator>")) {
      names.add("author");
    }
    if (meta.contains("creator>")) {
      names.add("last modified by");
    }
    if (meta.contains("printed-by>")) {
      names.add("printed by");
    }
    if (meta.contains("user-defined")) {
      names.add("custom properties");
    }
    if (meta.contains("template")) {
      names.add("template");
    }
    if (!names.isEmpty()) {
      findings.add(Finding.advisory(FindingKind.DOCUMENT_PROPERTIES, "meta.xml",
          "names in the document properties: " + String.join(", ", new java.util.LinkedHashSet<>(names))));
    }
  }

  /** content.xml read once for its findings and its visible blocks. */
  private static final class Scan {
    private final Map<String, TextFormat> styles;
    private final Map<String, byte[]> parts;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> changeKinds = new HashMap<>();
    private final List<Integer> deletions = new ArrayList<>();
    private final List<Integer> insertions = new ArrayList<>();
    private final List<Integer> annotations = new ArrayList<>();
    private final List<Integer> hidden = new ArrayList<>();
    private final List<Integer> white = new ArrayList<>();
    private final List<Integer> tiny = new ArrayList<>();
    private final List<Integer> altText = new ArrayList<>();
    private boolean scripts;

    Scan(Map<String, TextFormat> styles, Map<String, byte[]> parts) {
      this.styles = styles;
      this.parts = parts;
    }

    List<SafePdf.Block> read(byte[] content) throws XMLStreamException {
      VisibleContent visible = new VisibleContent();
      XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(new ByteArrayInputStream(content));
      StringBuilder paragraph = new StringBuilder();
      int paragraphNumber = 0;
      int skipped = 0; // inside tracked changes, an annotation or hidden text: none of it is visible
      boolean inBody = false;
      String region = null; // the tracked-change region being read
      String style = null;
      // the style of each open paragraph and span, innermost last
      Deque<String> textStyles = new ArrayDeque<>();
      boolean paragraphHidden = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          style = styleEvent(xml, styles, style);
          if (OFFICE.equals(ns) && "text".equals(local)) {
            inBody = true;
          } else if (OFFICE.equals(ns) && "annotation".equals(local)) {
            annotations.add(paragraphNumber);
            skipped++;
          } else if (OFFICE.equals(ns) && "event-listeners".equals(local) || SCRIPT.equals(ns)
              && "event-listener".equals(local)) {
            scripts = true;
          } else if (TEXT.equals(ns)) {
            switch (local) {
              case "tracked-changes" -> skipped++;
              // both are empty fields: hidden-text keeps its text in an attribute, hidden-paragraph hides the
              // paragraph it sits in
              case "hidden-text" -> hidden.add(paragraphNumber);
              case "hidden-paragraph" -> paragraphHidden = true;
              case "changed-region" -> region = xml.getAttributeValue(TEXT, "id");
              case "deletion", "insertion" -> {
                if (region != null) {
                  changeKinds.put(region, local);
                }
              }
              case "change", "change-start" -> {
                String kind = changeKinds.get(xml.getAttributeValue(TEXT, "change-id"));
                if ("deletion".equals(kind)) {
                  deletions.add(Math.max(paragraphNumber, 1));
                } else if ("insertion".equals(kind)) {
                  insertions.add(Math.max(paragraphNumber, 1));
                }
              }
              case "p", "h", "span", "a" -> {
                if (!"span".equals(local) && !"a".equals(local) && skipped == 0 && inBody) {
                  paragraphNumber++;
                }
                String name = xml.getAttributeValue(TEXT, "style-name");
                textStyles.addLast(name == null ? "" : name);
              }
              case "s" -> append(paragraph, skipped, textStyles, " ".repeat(count(xml)));
              case "tab" -> append(paragraph, skipped, textStyles, " ");
              case "line-break" -> append(paragraph, skipped, textStyles, "\n");
              default -> { }
            }
          } else if (TABLE.equals(ns)) {
            switch (local) {
              case "table" -> visible.startTable();
              case "table-row" -> visible.startRow();
              case "table-cell" -> visible.startCell();
              default -> { }
            }
          } else if (DRAW.equals(ns) && "image".equals(local)) {
            String href = xml.getAttributeValue(XLINK, "href");
            if (skipped == 0 && href != null && parts.containsKey(href)) {
              visible.picture(new SafePdf.Picture(parts.get(href), mediaType(href)));
            }
          } else if (SVG.equals(ns) && ("title".equals(local) || "desc".equals(local))) {
            if (!xml.getElementText().isBlank()) {
              altText.add(paragraphNumber);
            }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inBody && !textStyles.isEmpty()) {
            String text = xml.getText();
            if (!text.isBlank() && skipped == 0) {
              Hiding hiding = hiding(textStyles);
              if (hiding == Hiding.HIDDEN) {
                hidden.add(paragraphNumber);
              } else if (hiding == Hiding.WHITE) {
                white.add(paragraphNumber);
              } else if (hiding == Hiding.TINY) {
                tiny.add(paragraphNumber);
              }
              if (hiding != Hiding.NONE) {
                continue;
              }
            }
            append(paragraph, skipped, textStyles, text);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String local = xml.getLocalName();
          if (OFFICE.equals(ns) && "annotation".equals(local)) {
            skipped--;
          } else if (TEXT.equals(ns)) {
            switch (local) {
              case "tracked-changes" -> skipped--;
              case "changed-region" -> region = null;
              case "p", "h", "span", "a" -> {
                textStyles.pollLast();
                if (("p".equals(local) || "h".equals(local)) && skipped == 0 && inBody) {
                  if (paragraphHidden) {
                    if (!paragraph.toString().isBlank()) {
                      hidden.add(paragraphNumber);
                    }
                    paragraphHidden = false;
                  } else {
                    visible.paragraph(paragraph.toString());
                  }
                  paragraph.setLength(0);
                }
              }
              default -> { }
            }
          } else if (TABLE.equals(ns)) {
            switch (local) {
              case "table-cell" -> visible.endCell();
              case "table-row" -> visible.endRow();
              case "table" -> visible.endTable();
              default -> { }
            }
          } else if (STYLE.equals(ns) && "style".equals(local)) {
            style = null;
          }
        }
      }
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, deletions,
          "tracked deletions: the deleted text is still in the file");
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, insertions, "tracked insertions not yet accepted");
      add(FindingKind.COMMENT, Severity.BLOCKING, annotations, "comments");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, hidden,
          "runs of hidden text or hidden paragraphs, by their own markup or their style");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, white, "runs of white text on a white page");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, tiny, "runs of text 1 point or smaller");
      add(FindingKind.ALT_TEXT, Severity.ADVISORY, altText, "alternative text on pictures or shapes");
      if (scripts) {
        findings.add(Finding.blocking(FindingKind.MACRO, "content.xml", "scripts run by document events"));
      }
      return visible.blocks();
    }

    private enum Hiding { NONE, HIDDEN, WHITE, TINY }

    /** How the open paragraph and span styles hide text: the innermost style that says something decides. */
    private Hiding hiding(Deque<String> textStyles) {
      Boolean hiddenByStyle = null;
      String color = null;
      Double points = null;
      String background = null;
      var inward = textStyles.descendingIterator();
      while (inward.hasNext()) {
        String name = inward.next();
        Set<String> seen = new HashSet<>();
        for (String s = name; s != null && !s.isEmpty() && seen.add(s) && styles.containsKey(s);
            s = styles.get(s).parent()) {
          TextFormat format = styles.get(s);
          hiddenByStyle = hiddenByStyle != null ? hiddenByStyle : format.hidden();
          color = color != null ? color : format.color();
          points = points != null ? points : format.points();
          background = background != null ? background : format.background();
        }
      }
      if (Boolean.TRUE.equals(hiddenByStyle)) {
        return Hiding.HIDDEN;
      }
      boolean shaded = background != null && !"transparent".equals(background)
          && !"#ffffff".equals(background.toLowerCase(Locale.ROOT));
      if (color != null && "#ffffff".equals(color.toLowerCase(Locale.ROOT)) && !shaded) {
        return Hiding.WHITE;
      }
      if (points != null && points <= TINY_POINTS) {
        return Hiding.TINY;
      }
      return Hiding.NONE;
    }

    private static void append(StringBuilder paragraph, int skipped, Deque<String> textStyles, String text) {
      if (skipped == 0 && !textStyles.isEmpty()) {
        paragraph.append(text);
      }
    }

    private static int count(XMLStreamReader xml) {
      String c = xml.getAttributeValue(TEXT, "c");
      try {
        return c == null ? 1 : Math.max(1, Math.min(Integer.parseInt(c), 1000));
      } catch (NumberFormatException e) {
        return 1;
      }
    }

    private static String mediaType(String href) {
      String name = href.toLowerCase(Locale.ROOT);
      if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
        return "image/jpeg";
      }
      if (name.endsWith(".png")) {
        return "image/png";
      }
      if (name.endsWith(".gif")) {
        return "image/gif";
      }
      return "image/" + name.substring(name.lastIndexOf('.') + 1);
    }

    private void add(FindingKind kind, Severity severity, List<Integer> paragraphs, String detail) {
      if (!paragraphs.isEmpty()) {
        findings.add(Finding.atParagraphs(kind, severity, "content.xml", paragraphs, detail));
      }
    }
  }
}
