package org.rightsdesk.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Word 2007+ documents (DOCX, DOCM), read part by part as XML: tracked changes, comments, hidden text, alt text
 * and headers in the parts, properties and embeddings in the package. The visible text is the body and its
 * footnotes and endnotes, with insertions accepted and deletions, hidden runs, comments, headers and footers
 * dropped.
 */
final class DocxGate {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** Text this small (in half-points: 1 pt) cannot be read on the page, yet is all there for a copy. */
  private static final int TINY_HALF_POINTS = 2;
  private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** @param visibleContent paragraphs, tables and pictures a reader sees, in order */
  record Result(List<Finding> findings, List<SafePdf.Block> visibleContent) {}

  private DocxGate() {}

  static Result read(OPCPackage pkg) throws IOException {
    List<Finding> findings = new ArrayList<>(OoxmlParts.inspect(pkg));
    List<SafePdf.Block> body = new ArrayList<>();
    List<SafePdf.Block> notes = new ArrayList<>();
    try {
      WordStyles styles = WordStyles.read(pkg);
      for (PackagePart part : pkg.getParts()) {
        String name = part.getPartName().getName();
        if (!name.startsWith("/word/") || !name.endsWith(".xml") || name.contains("/_rels/")) {
          continue;
        }
        String file = name.substring("/word/".length());
        if (file.startsWith("comments")) {
          int count = count(part, "comment");
          if (count > 0) {
            findings.add(Finding.blocking(FindingKind.COMMENT, name, count + " comments"));
          }
        } else if (file.equals("document.xml") || file.startsWith("header") || file.startsWith("footer")
            || file.startsWith("footnotes") || file.startsWith("endnotes")) {
          PartScan scan = new PartScan(name, styles);
          List<SafePdf.Block> content = scan.read(part);
          findings.addAll(scan.findings);
          if (file.equals("document.xml")) {
            body.addAll(content);
          } else if (file.startsWith("footnotes") || file.startsWith("endnotes")) {
            content.stream().filter(block -> !isBlank(block)).forEach(notes::add);
          } else if ((file.startsWith("header") || file.startsWith("footer"))
              && content.stream().anyMatch(block -> !isBlank(block))) {
            findings.add(Finding.advisory(FindingKind.HEADER_FOOTER, name,
                "a header or footer with text; the cleaned copy leaves it out"));
          }
        }
      }
    } catch (InvalidFormatException | XMLStreamException e) {
      throw new IOException("Not a readable Word document (" + e.getClass().getSimpleName() + ")", e);
    }
    // footnotes and endnotes are part of what a reader sees, so they follow the body in the cleaned copy
    if (!notes.isEmpty()) {
      body.add(new SafePdf.Paragraph(""));
      body.add(new SafePdf.Paragraph("Notes"));
      body.addAll(notes);
    }
    return new Result(findings, body);
  }

  private static boolean isBlank(SafePdf.Block block) {
    return block instanceof SafePdf.Paragraph paragraph && paragraph.text().isBlank();
  }

  private static int count(PackagePart part, String element) throws IOException, XMLStreamException {
    int count = 0;
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && element.equals(xml.getLocalName())
            && W.equals(xml.getNamespaceURI())) {
          count++;
        }
      }
    }
    return count;
  }

  /** One story (body, header, footnotes) read once for its findings and its visible paragraphs. */
  private static final class PartScan {
    private final String part;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Integer> insertions = new ArrayList<>();
    private final List<Integer> deletions = new ArrayList<>();
    private final List<Integer> hiddenText = new ArrayList<>();
    private final List<Integer> whiteText = new ArrayList<>();
    private final List<Integer> tinyText = new ArrayList<>();
    private final List<Integer> altText = new ArrayList<>();
    private final WordStyles styles;

    PartScan(String part, WordStyles styles) {
      this.part = part;
      this.styles = styles;
    }

    List<SafePdf.Block> read(PackagePart source) throws IOException, XMLStreamException {
      VisibleContent visible = new VisibleContent();
      StringBuilder paragraph = new StringBuilder();
      StringBuilder run = new StringBuilder();
      int paragraphNumber = 0;
      int deleted = 0; // inside w:del or w:moveFrom: text the author removed
      int inProperties = 0; // inside w:pPr or a *PrChange: formatting, not the run's own properties
      boolean inCellProperties = false;
      boolean pageBackground = false;
      String paragraphStyle = null;
      boolean paragraphShaded = false;
      boolean cellShaded = false; // white text in a shaded cell is a design, not a hiding place
      // the run's own formatting; null where it says nothing and its styles decide
      Boolean runHidden = null;
      String runStyle = null;
      String runColor = null;
      Integer runHalfPoints = null;
      boolean runShaded = false;
      try (InputStream in = source.getInputStream()) {
        XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(in);
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT && DRAWING.equals(xml.getNamespaceURI())
              && "docPr".equals(xml.getLocalName())) {
            String descr = xml.getAttributeValue(null, "descr");
            String title = xml.getAttributeValue(null, "title");
            if (descr != null && !descr.isBlank() || title != null && !title.isBlank()) {
              altText.add(paragraphNumber);
            }
            continue;
          }
          if (event == XMLStreamConstants.START_ELEMENT && PICTURE.equals(xml.getNamespaceURI())
              && "blip".equals(xml.getLocalName())) {
            boolean hidden = runHidden != null ? runHidden : styles.hidden(runStyle, paragraphStyle);
            String id = xml.getAttributeValue(RELATIONSHIPS, "embed");
            if (deleted == 0 && !hidden && id != null) {
              picture(source, id).ifPresent(visible::picture);
            }
            continue;
          }
          if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
              || !W.equals(xml.getNamespaceURI())) {
            continue; // text is taken from w:t elements whole, below
          }
          String local = xml.getLocalName();
          if (event == XMLStreamConstants.START_ELEMENT) {
            switch (local) {
              case "p" -> {
                paragraphNumber++;
                paragraphStyle = null;
                paragraphShaded = false;
              }
              case "background" -> pageBackground = true;
              case "tbl" -> visible.startTable();
              case "tr" -> visible.startRow();
              case "tc" -> {
                visible.startCell();
                cellShaded = false;
              }
              case "tcPr" -> inCellProperties = true;
              case "pStyle" -> paragraphStyle = xml.getAttributeValue(W, "val");
              case "rStyle" -> runStyle = inProperties == 0 ? xml.getAttributeValue(W, "val") : runStyle;
              case "shd", "highlight" -> {
                String fill = xml.getAttributeValue(W, "shd".equals(local) ? "fill" : "val");
                boolean shaded = fill != null && !"auto".equalsIgnoreCase(fill) && !"FFFFFF".equalsIgnoreCase(fill)
                    && !"none".equals(fill) && !"white".equals(fill);
                if (inCellProperties) {
                  cellShaded |= shaded;
                } else if (inProperties > 0) {
                  paragraphShaded |= shaded;
                } else {
                  runShaded |= shaded;
                }
              }
              case "color" -> runColor = inProperties == 0 ? xml.getAttributeValue(W, "val") : runColor;
              case "sz" -> {
                if (inProperties == 0) {
                  try {
                    runHalfPoints = Integer.valueOf(xml.getAttributeValue(W, "val").trim());
                  } catch (RuntimeException unreadable) {
                    runHalfPoints = null;
                  }
                }
              }
              case "ins", "moveTo" -> insertions.add(paragraphNumber);
              case "del", "moveFrom" -> {
                deletions.add(paragraphNumber);
                deleted++;
              }
              case "pPr", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange"
                  -> inProperties++;
              case "r" -> {
                runHidden = null;
                runStyle = null;
                runColor = null;
                runHalfPoints = null;
                runShaded = false;
                run.setLength(0);
              }
              case "vanish", "specVanish" -> {
                if (inProperties == 0) {
                  runHidden = WordStyles.on(xml.getAttributeValue(W, "val"));
                }
              }
              case "t" -> {
                String text = xml.getElementText();
                if (deleted == 0) {
                  run.append(text);
                }
              }
              case "delText" -> xml.getElementText();
              case "tab" -> run.append(inProperties == 0 ? " " : "");
              case "br", "cr" -> run.append(inProperties == 0 ? "\n" : "");
              default -> { }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            switch (local) {
              case "r" -> {
                boolean hidden = runHidden != null ? runHidden : styles.hidden(runStyle, paragraphStyle);
                String color = runColor != null ? runColor : styles.color(runStyle, paragraphStyle);
                Integer size = runHalfPoints != null ? runHalfPoints : styles.halfPoints(runStyle, paragraphStyle);
                // white on a white page; a shaded run, paragraph or cell, or a page colour, shows it
                boolean white = "FFFFFF".equalsIgnoreCase(color) && !runShaded && !paragraphShaded && !cellShaded
                    && !pageBackground;
                boolean tiny = size != null && size <= TINY_HALF_POINTS;
                boolean text = !run.toString().isBlank();
                if (hidden && text) {
                  hiddenText.add(paragraphNumber);
                } else if (white && text) {
                  whiteText.add(paragraphNumber);
                } else if (tiny && text) {
                  tinyText.add(paragraphNumber);
                }
                if (!hidden && !white && !tiny && deleted == 0) {
                  paragraph.append(run);
                }
                run.setLength(0);
              }
              case "tcPr" -> inCellProperties = false;
              case "del", "moveFrom" -> deleted--;
              case "pPr", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange"
                  -> inProperties--;
              case "p" -> {
                visible.paragraph(paragraph.toString());
                paragraph.setLength(0);
              }
              case "tc" -> visible.endCell();
              case "tr" -> visible.endRow();
              case "tbl" -> visible.endTable();
              default -> { }
            }
          }
        }
      }
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, deletions,
          "tracked deletions: the deleted text is still in the file");
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, insertions, "tracked insertions not yet accepted");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, hiddenText,
          "runs of text formatted as hidden, by their own formatting or their style");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, whiteText, "runs of white text on a white page");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, tinyText, "runs of text 1 point or smaller");
      add(FindingKind.ALT_TEXT, Severity.ADVISORY, altText, "alternative text on pictures or shapes");
      return visible.blocks();
    }

    /** The picture a relationship of this part names, when it is an image stored in the package. */
    private static Optional<SafePdf.Picture> picture(PackagePart source, String id) {
      try {
        PackageRelationship relationship = source.getRelationship(id);
        if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
          return Optional.empty();
        }
        PackagePart image = source.getRelatedPart(relationship);
        try (InputStream in = image.getInputStream()) {
          return Optional.of(new SafePdf.Picture(in.readAllBytes(), image.getContentType()));
        }
      } catch (InvalidFormatException | IOException | RuntimeException unreadable) {
        return Optional.empty();
      }
    }

    private void add(FindingKind kind, Severity severity, List<Integer> paragraphs, String detail) {
      if (!paragraphs.isEmpty()) {
        findings.add(Finding.atParagraphs(kind, severity, part, paragraphs, detail));
      }
    }
  }
}
