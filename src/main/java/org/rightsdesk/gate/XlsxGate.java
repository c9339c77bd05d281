package org.rightsdesk.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Excel 2007+ workbooks (XLSX, XLSM) read as a stream of SAX events sheet by sheet, so a workbook of 100,000
 * rows is never held whole: the workbook part gives sheet states and defined names, each visible sheet is read
 * once for hidden rows, columns and formatting and, when cleaning, for its visible cell values.
 */
final class XlsxGate {

  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private record SheetEntry(String name, String state) {}

  private record DefinedName(String name, boolean hidden, String formula) {}

  /** A visible sheet's hidden rows and columns that hold data (0-based). */
  private record HiddenCells(TreeSet<Integer> rows, TreeSet<Integer> columns) {}

  /** The findings and, when asked for, the visible cells of each visible sheet as CSV. */
  record Result(List<Finding> findings, Map<String, byte[]> visibleCsv) {}

  private XlsxGate() {}

  static Result read(OPCPackage pkg, boolean withCsv) throws IOException {
    try {
      XSSFReader reader = new XSSFReader(pkg);
      List<Finding> findings = new ArrayList<>(OoxmlParts.inspect(pkg));
      findings.addAll(workbookParts(pkg));
      Map<String, SheetEntry> sheets = new LinkedHashMap<>();
      List<DefinedName> names = new ArrayList<>();
      try (InputStream workbook = reader.getWorkbookData()) {
        readWorkbook(workbook, sheets, names);
      }
      List<DefinedName> overVisibleSheets = new ArrayList<>();
      for (DefinedName name : names) {
        String hiddenSheet = sheets.values().stream()
            .filter(s -> !"visible".equals(s.state()) && refersTo(name.formula(), s.name()))
            .map(SheetEntry::name).findFirst().orElse(null);
        if (name.hidden() || hiddenSheet != null) {
          findings.add(Finding.blocking(FindingKind.HIDDEN_NAME, "defined name '" + name.name() + "'",
              name.hidden() ? "a hidden defined name" : "a defined name pointing at a hidden sheet"));
        } else {
          overVisibleSheets.add(name);
        }
      }
      // a visible sheet's hidden rows and columns with data, kept to check the names against once read
      Map<String, HiddenCells> hiddenBySheet = new HashMap<>();
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Map<String, byte[]> csv = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheetXml = it.next()) {
          String sheetName = it.getSheetName();
          SheetEntry entry = sheets.getOrDefault(sheetName, new SheetEntry(sheetName, "visible"));
          String where = CellRanges.sheet(sheetName);
          if ("hidden".equals(entry.state())) {
            findings.add(Finding.blocking(FindingKind.HIDDEN_SHEET, where, "a hidden sheet"));
            continue;
          }
          if ("veryHidden".equals(entry.state())) {
            findings.add(Finding.blocking(FindingKind.VERY_HIDDEN_SHEET, where,
                "a very hidden sheet (only code can show it)"));
            continue;
          }
          Comments comments = it.getSheetComments();
          if (comments != null && comments.getNumberOfComments() > 0) {
            List<String> cells = new ArrayList<>();
            for (Iterator<CellAddress> at = comments.getCellAddresses(); at.hasNext(); ) {
              cells.add(at.next().formatAsString());
            }
            findings.add(Finding.blocking(FindingKind.COMMENT, where + " " + CellRanges.cells(cells),
                cells.size() + " comments or notes"));
          }
          ByteArrayOutputStream out = withCsv ? new ByteArrayOutputStream() : null;
          SheetScan scan = new SheetScan(styles);
          try (CSVPrinter printer = out == null ? null
              : new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            scan.read(sheetXml, strings, printer);
          }
          findings.addAll(scan.findings(where));
          hiddenBySheet.put(sheetName, new HiddenCells(scan.hiddenRowsWithData, scan.hiddenColumnsWithData));
          if (out != null) {
            csv.put(sheetName, out.toByteArray());
          }
        }
      }
      for (DefinedName name : overVisibleSheets) {
        namesOverHiddenCells(name, hiddenBySheet).ifPresent(findings::add);
      }
      return new Result(findings, csv);
    } catch (OpenXML4JException | SAXException | XMLStreamException | ParserConfigurationException e) {
      throw new IOException("Not a readable workbook (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * A name whose range covers hidden rows or columns that hold data on a visible sheet: whoever uses the name
   * reaches cells a reader of the sheet never sees. Formulas that are not plain ranges are not followed.
   */
  private static Optional<Finding> namesOverHiddenCells(DefinedName name, Map<String, HiddenCells> hiddenBySheet) {
    String[] areas;
    try {
      areas = Arrays.stream(AreaReference.generateContiguous(SpreadsheetVersion.EXCEL2007, name.formula()))
          .map(AreaReference::formatAsString).toArray(String[]::new);
    } catch (RuntimeException notARange) {
      return Optional.empty();
    }
    for (String text : areas) {
      AreaReference area = new AreaReference(text, SpreadsheetVersion.EXCEL2007);
      HiddenCells hidden = hiddenBySheet.get(area.getFirstCell().getSheetName());
      if (hidden == null) {
        continue;
      }
      int firstRow = area.getFirstCell().getRow();
      int lastRow = area.getLastCell().getRow();
      int firstColumn = area.getFirstCell().getCol();
      int lastColumn = area.getLastCell().getCol();
      boolean rows = !hidden.rows().subSet(Math.min(firstRow, lastRow), true,
          Math.max(firstRow, lastRow), true).isEmpty();
      boolean columns = !hidden.columns().subSet(Math.min(firstColumn, lastColumn), true,
          Math.max(firstColumn, lastColumn), true).isEmpty();
      if (rows || columns) {
        String part = rows && columns ? "hidden rows and columns with data" : rows ? "hidden rows with data"
            : "hidden columns with data";
        return Optional.of(Finding.blocking(FindingKind.HIDDEN_NAME,
            "defined name '" + name.name() + "' (" + text + ")", "a defined name pointing at " + part));
      }
    }
    return Optional.empty();
  }

  private static boolean refersTo(String formula, String sheetName) {
    return formula.contains("'" + sheetName.replace("'", "''") + "'!") || formula.contains(sheetName + "!");
  }

  /** Pivot caches, data models and external links live in their own parts, whatever sheet uses them. */
  private static List<Finding> workbookParts(OPCPackage pkg) throws InvalidFormatException {
    List<Finding> findings = new ArrayList<>();
    for (PackagePart part : pkg.getParts()) {
      String name = part.getPartName().getName();
      if (name.startsWith("/xl/pivotCache/pivotCacheDefinition")) {
        findings.add(Finding.blocking(FindingKind.PIVOT_CACHE, name,
            "a pivot cache: a copy of the pivot table's source data, stored in the file"));
      } else if (name.startsWith("/xl/model/")) {
        findings.add(Finding.blocking(FindingKind.DATA_MODEL, name, "a data model holding imported tables"));
      } else if (name.startsWith("/xl/externalLinks/externalLink")) {
        findings.add(Finding.blocking(FindingKind.EXTERNAL_LINK, name,
            "a link to another workbook, with its path and a cached copy of the values used"));
      }
    }
    return findings;
  }

  private static void readWorkbook(InputStream in, Map<String, SheetEntry> sheets, List<DefinedName> names)
      throws XMLStreamException {
    XMLStreamReader xml = OoxmlParts.xmlInput().createXMLStreamReader(in);
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if ("sheet".equals(xml.getLocalName())) {
        String name = xml.getAttributeValue(null, "name");
        String state = xml.getAttributeValue(null, "state");
        sheets.put(name, new SheetEntry(name, state == null ? "visible" : state));
      } else if ("definedName".equals(xml.getLocalName())) {
        String name = xml.getAttributeValue(null, "name");
        boolean hidden = truthy(xml.getAttributeValue(null, "hidden"));
        String formula = xml.getElementText();
        // built-in names (print areas, the autofilter's own range) are Excel's bookkeeping, not data
        if (!name.startsWith("_xlnm.")) {
          names.add(new DefinedName(name, hidden, formula));
        }
      }
    }
  }

  static boolean truthy(String value) {
    return "1".equals(value) || "true".equals(value);
  }

  /**
   * One sheet's XML, passed on to POI's {@link XSSFSheetXMLHandler} for cell values while this handler keeps
   * what POI's handler does not report: hidden rows and columns, the autofilter, each cell's style.
   */
  private static final class SheetScan extends DefaultHandler implements SheetContentsHandler {

    private final StylesTable styles;
    private final Map<Integer, String> styleReasons = new HashMap<>();
    private final BitSet hiddenColumns = new BitSet();
    private final TreeSet<Integer> hiddenRowsWithData = new TreeSet<>();
    private final TreeSet<Integer> hiddenColumnsWithData = new TreeSet<>();
    private final List<String> formatHiddenCells = new ArrayList<>();
    private final Set<String> formatReasons = new LinkedHashSet<>();
    private final TreeMap<Integer, String> rowValues = new TreeMap<>();
    private DefaultHandler values;
    private CSVPrinter printer;
    private boolean autoFilter;
    private boolean rowHidden;
    private int rowNumber = -1;
    private String cellRef;
    private int column;
    private String cellHiddenBy;
    private boolean inValue;
    private boolean cellHasValue;
    private IOException writeFailure;

    SheetScan(StylesTable styles) {
      this.styles = styles;
    }

    void read(InputStream sheetXml, ReadOnlySharedStringsTable strings, CSVPrinter printer)
        throws IOException, SAXException, ParserConfigurationException {
      this.printer = printer;
      // inspecting needs no cell values, only where cells are: POI's handler (and its formatting) runs for CSV only
      this.values = printer == null ? new DefaultHandler()
          : new XSSFSheetXMLHandler(styles, null, strings, this, new DataFormatter(Locale.UK), false);
      XMLReader parser = SAXHelper.newXMLReader();
      parser.setContentHandler(this);
      parser.parse(new InputSource(sheetXml));
      if (writeFailure != null) {
        throw writeFailure;
      }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      switch (localName) {
        case "col" -> {
          String width = attributes.getValue("width");
          if (truthy(attributes.getValue("hidden")) || width != null && Double.parseDouble(width) == 0) {
            hiddenColumns.set(Integer.parseInt(attributes.getValue("min")) - 1,
                Integer.parseInt(attributes.getValue("max")));
          }
        }
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r) - 1;
          String height = attributes.getValue("ht");
          rowHidden = truthy(attributes.getValue("hidden")) || height != null && Double.parseDouble(height) == 0;
        }
        case "autoFilter" -> autoFilter = true;
        case "c" -> {
          cellRef = attributes.getValue("r");
          column = cellRef == null ? column + 1 : new CellReference(cellRef).getCol();
          String style = attributes.getValue("s");
          cellHiddenBy = styleReason(style == null ? 0 : Integer.parseInt(style));
          cellHasValue = false;
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
      values.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inValue && !new String(ch, start, length).isBlank()) {
        cellHasValue = true;
      }
      values.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      values.endElement(uri, localName, qName);
      if ("v".equals(localName) || "t".equals(localName)) {
        inValue = false;
      } else if ("c".equals(localName) && cellHasValue) {
        if (rowHidden) {
          hiddenRowsWithData.add(rowNumber);
        } else if (hiddenColumns.get(column)) {
          hiddenColumnsWithData.add(column);
        } else if (cellHiddenBy != null) {
          formatHiddenCells.add(new CellReference(rowNumber, column).formatAsString());
          formatReasons.add(cellHiddenBy);
        }
      }
    }

    private boolean cellVisible() {
      return !rowHidden && !hiddenColumns.get(column) && cellHiddenBy == null;
    }

    private String styleReason(int index) {
      return styleReasons.computeIfAbsent(index, i -> {
        XSSFCellStyle style = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
        if (style == null) {
          return null;
        }
        XSSFFont font = style.getFont();
        XSSFColor fill = style.getFillForegroundXSSFColor();
        return HiddenFormat.reason(style.getDataFormatString(), font.getFontHeight() / 20.0,
            rgb(font.getXSSFColor()), style.getFillPattern(), rgb(fill));
      });
    }

    private static byte[] rgb(XSSFColor color) {
      if (color == null || color.isAuto()) {
        return null;
      }
      byte[] rgb = color.getRGBWithTint();
      return rgb != null ? rgb : color.getRGB();
    }

    List<Finding> findings(String where) {
      List<Finding> findings = new ArrayList<>();
      if (!hiddenRowsWithData.isEmpty()) {
        findings.add(autoFilter
            ? Finding.blocking(FindingKind.FILTERED_ROWS, where + " " + CellRanges.rows(hiddenRowsWithData),
                hiddenRowsWithData.size() + " rows with data filtered out of view")
            : Finding.blocking(FindingKind.HIDDEN_ROWS, where + " " + CellRanges.rows(hiddenRowsWithData),
                hiddenRowsWithData.size() + " hidden rows with data"));
      }
      if (!hiddenColumnsWithData.isEmpty()) {
        findings.add(Finding.blocking(FindingKind.HIDDEN_COLUMNS,
            where + " " + CellRanges.columns(hiddenColumnsWithData),
            hiddenColumnsWithData.size() + " hidden columns with data"));
      }
      if (!formatHiddenCells.isEmpty()) {
        findings.add(Finding.blocking(FindingKind.HIDDEN_BY_FORMAT, where + " " + CellRanges.cells(formatHiddenCells),
            formatHiddenCells.size() + " cells hidden by their format: " + String.join("; ", formatReasons)));
      }
      return findings;
    }

    // the visible cells, row by row, for the CSV

    @Override
    public void startRow(int rowNum) {
      rowValues.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      if (printer != null && cellVisible() && formattedValue != null) {
        rowValues.put(column, CsvCells.safe(formattedValue));
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (printer == null || rowHidden || rowValues.isEmpty() || writeFailure != null) {
        return;
      }
      // a row with nothing visible is left out rather than written empty
      try {
        List<String> record = new ArrayList<>();
        for (int col = 0; col <= rowValues.lastKey(); col++) {
          if (!hiddenColumns.get(col)) {
            record.add(rowValues.getOrDefault(col, ""));
          }
        }
        printer.printRecord(record);
      } catch (IOException e) {
        writeFailure = e;
      }
    }
  }
}
