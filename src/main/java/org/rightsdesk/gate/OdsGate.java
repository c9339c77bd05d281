package org.rightsdesk.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * OpenDocument spreadsheets (ODS), read from content.xml as a stream of StAX events: sheets hidden through their
 * table style (table:display="false"), rows and columns collapsed or filtered out, cell annotations, macros in
 * the package and names in meta.xml. Cells hidden by formatting are not looked for in ODS.
 */
final class OdsGate {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  record Result(List<Finding> findings, Map<String, byte[]> visibleCsv) {}

  private OdsGate() {}

  static Result read(List<ArchiveGate.Entry> entries, boolean withCsv) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Map<String, byte[]> csv = new LinkedHashMap<>();
    byte[] content = null;
    for (ArchiveGate.Entry entry : entries) {
      String name = entry.name();
      if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
        if (findings.stream().noneMatch(f -> f.kind() == FindingKind.MACRO)) {
          findings.add(Finding.blocking(FindingKind.MACRO, name.substring(0, name.indexOf('/') + 1), "macros"));
        }
      } else if (name.startsWith("Object ") || name.startsWith("ObjectReplacements/")) {
        findings.add(Finding.blocking(FindingKind.EMBEDDED_OBJECT, name, "an embedded object"));
      } else if (name.equals("meta.xml")) {
        String meta = new String(entry.content(), StandardCharsets.UTF_8);
        if (meta.contains("<meta:initial-creator>") || meta.contains("<dc:creator>")) {
          findings.add(Finding.advisory(FindingKind.DOCUMENT_PROPERTIES, "meta.xml",
              "names in the document properties: author or last modified by"));
        }
      } else if (name.equals("content.xml")) {
        content = entry.content();
      }
    }
    if (content == null) {
      throw new IOException("An OpenDocument spreadsheet without content.xml");
    }
    try {
      new ContentScan(findings, withCsv ? csv : null).read(content);
    } catch (XMLStreamException e) {
      throw new IOException("Not a readable OpenDocument spreadsheet (" + e.getClass().getSimpleName() + ")", e);
    }
    return new Result(findings, csv);
  }

  private static final class ContentScan {
    private final List<Finding> findings;
    private final Map<String, byte[]> csv;
    private final Set<String> hiddenTableStyles = new HashSet<>();

    ContentScan(List<Finding> findings, Map<String, byte[]> csv) {
      this.findings = findings;
      this.csv = csv;
    }

    void read(byte[] content) throws XMLStreamException, IOException {
      XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(new ByteArrayInputStream(content));
      String styleName = null;
      String sheet = null;
      boolean sheetHidden = false;
      String rowVisibility = null;
      int row = 0;
      int rowRepeat = 1;
      int column = 0;
      int cellRepeat = 1;
      boolean inAnnotation = false;
      int annotationDepth = 0;
      StringBuilder cellText = new StringBuilder();
      boolean inCell = false;
      TreeSet<Integer> hiddenColumns = new TreeSet<>();
      TreeSet<Integer> hiddenRows = new TreeSet<>();
      TreeSet<Integer> filteredRows = new TreeSet<>();
      TreeSet<Integer> hiddenColumnsWithData = new TreeSet<>();
      List<String> annotated = new ArrayList<>();
      TreeMap<Integer, String> rowValues = new TreeMap<>();
      ByteArrayOutputStream out = null;
      CSVPrinter printer = null;
      int columnIndex = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.CHARACTERS && inCell && !inAnnotation) {
          cellText.append(xml.getText());
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
          continue;
        }
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (inAnnotation) {
            annotationDepth++;
          } else if (STYLE.equals(ns) && "style".equals(local)) {
            styleName = xml.getAttributeValue(STYLE, "name");
          } else if (STYLE.equals(ns) && "table-properties".equals(local)
              && "false".equals(xml.getAttributeValue(TABLE, "display"))) {
            hiddenTableStyles.add(styleName);
          } else if (TABLE.equals(ns) && "table".equals(local)) {
            sheet = xml.getAttributeValue(TABLE, "name");
            sheetHidden = hiddenTableStyles.contains(xml.getAttributeValue(TABLE, "style-name"));
            row = 0;
            columnIndex = 0;
            hiddenColumns.clear();
            hiddenRows.clear();
            filteredRows.clear();
            hiddenColumnsWithData.clear();
            annotated.clear();
            if (sheetHidden) {
              findings.add(Finding.blocking(FindingKind.HIDDEN_SHEET, CellRanges.sheet(sheet), "a hidden sheet"));
            } else if (csv != null) {
              out = new ByteArrayOutputStream();
              printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            }
          } else if (TABLE.equals(ns) && "table-column".equals(local)) {
            int repeat = number(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            String visibility = xml.getAttributeValue(TABLE, "visibility");
            if (visibility != null && !"visible".equals(visibility)) {
              // a hidden range repeated to the sheet's last column holds nothing; 1024 covers real data
              for (int c = columnIndex; c < columnIndex + Math.min(repeat, 1024); c++) {
                hiddenColumns.add(c);
              }
            }
            columnIndex += repeat;
          } else if (TABLE.equals(ns) && "table-row".equals(local)) {
            rowVisibility = xml.getAttributeValue(TABLE, "visibility");
            rowRepeat = number(xml.getAttributeValue(TABLE, "number-rows-repeated"));
            column = 0;
            rowValues.clear();
          } else if (TABLE.equals(ns) && ("table-cell".equals(local) || "covered-table-cell".equals(local))) {
            cellRepeat = number(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            cellText.setLength(0);
            inCell = true;
          } else if (OFFICE.equals(ns) && "annotation".equals(local)) {
            inAnnotation = true;
            annotationDepth = 0;
            annotated.add(new org.apache.poi.ss.util.CellReference(row, column).formatAsString());
          } else if (TEXT.equals(ns) && "p".equals(local) && inCell && !cellText.isEmpty()) {
            cellText.append('\n');
          }
        } else {
          if (inAnnotation) {
            if (annotationDepth == 0) {
              inAnnotation = false;
            } else {
              annotationDepth--;
            }
          } else if (TABLE.equals(ns) && ("table-cell".equals(local) || "covered-table-cell".equals(local))) {
            String value = cellText.toString();
            if (!value.isBlank() && !sheetHidden) {
              for (int c = column; c < column + Math.min(cellRepeat, 1024); c++) {
                boolean rowHidden = rowVisibility != null && !"visible".equals(rowVisibility);
                if (rowHidden) {
                  ("filter".equals(rowVisibility) ? filteredRows : hiddenRows).add(row);
                } else if (hiddenColumns.contains(c)) {
                  hiddenColumnsWithData.add(c);
                } else {
                  rowValues.put(c, CsvCells.safe(value));
                }
              }
            }
            column += cellRepeat;
            inCell = false;
          } else if (TABLE.equals(ns) && "table-row".equals(local)) {
            if (printer != null && !rowValues.isEmpty()) {
              List<String> record = new ArrayList<>();
              for (int c = 0; c <= rowValues.lastKey(); c++) {
                if (!hiddenColumns.contains(c)) {
                  record.add(rowValues.getOrDefault(c, ""));
                }
              }
              for (int r = 0; r < Math.min(rowRepeat, 1024); r++) {
                printer.printRecord(record);
              }
            }
            row += rowRepeat;
          } else if (TABLE.equals(ns) && "table".equals(local)) {
            String where = CellRanges.sheet(sheet);
            if (!hiddenRows.isEmpty()) {
              findings.add(Finding.blocking(FindingKind.HIDDEN_ROWS, where + " " + CellRanges.rows(hiddenRows),
                  hiddenRows.size() + " hidden rows with data"));
            }
            if (!filteredRows.isEmpty()) {
              findings.add(Finding.blocking(FindingKind.FILTERED_ROWS, where + " " + CellRanges.rows(filteredRows),
                  filteredRows.size() + " rows with data filtered out of view"));
            }
            if (!hiddenColumnsWithData.isEmpty()) {
              findings.add(Finding.blocking(FindingKind.HIDDEN_COLUMNS,
                  where + " " + CellRanges.columns(hiddenColumnsWithData),
                  hiddenColumnsWithData.size() + " hidden columns with data"));
            }
            if (!annotated.isEmpty() && !sheetHidden) {
              findings.add(Finding.blocking(FindingKind.COMMENT, where + " " + CellRanges.cells(annotated),
                  annotated.size() + " comments"));
            }
            if (printer != null) {
              printer.flush();
              csv.put(sheet, out.toByteArray());
              printer = null;
            }
          }
        }
      }
    }

    private static int number(String value) {
      return value == null ? 1 : Integer.parseInt(value);
    }
  }
}
