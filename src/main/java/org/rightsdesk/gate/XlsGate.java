package org.rightsdesk.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFName;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.formula.EvaluationWorkbook.ExternalSheet;
import org.apache.poi.ss.formula.ExternSheetReferenceToken;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.AreaI;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPtg;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Excel 97-2003 workbooks (XLS). The format caps a sheet at 65,536 rows, so POI's user model, which loads the
 * workbook whole, stays small enough. External links and defined names are read from the workbook's own
 * records (SUPBOOK, NAME), which the user model loads but does not list.
 */
final class XlsGate {

  record Result(List<Finding> findings, Map<String, byte[]> visibleCsv) {}

  /** A visible sheet's hidden rows and columns that hold data (0-based). */
  private record HiddenCells(TreeSet<Integer> rows, TreeSet<Integer> columns) {}

  private XlsGate() {}

  static Result read(POIFSFileSystem fs, boolean withCsv) throws IOException {
    List<Finding> findings = new ArrayList<>();
    if (fs.getRoot().hasEntry("_VBA_PROJECT_CUR")) {
      findings.add(Finding.blocking(FindingKind.MACRO, "_VBA_PROJECT_CUR", "a VBA macro project"));
    }
    if (fs.getRoot().hasEntry("_SX_DB_CUR")) {
      findings.add(Finding.blocking(FindingKind.PIVOT_CACHE, "_SX_DB_CUR",
          "pivot caches: copies of pivot tables' source data, stored in the file"));
    }
    Map<String, byte[]> csv = new LinkedHashMap<>();
    try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
      if (workbook.getSummaryInformation() != null && notBlank(workbook.getSummaryInformation().getAuthor(),
          workbook.getSummaryInformation().getLastAuthor())) {
        findings.add(Finding.advisory(FindingKind.DOCUMENT_PROPERTIES, "document properties",
            "names in the document properties: author or last saved by"));
      }
      DataFormatter formatter = new DataFormatter(Locale.UK);
      // a formula's last result, as the reader saw it; the formula itself can hold another workbook's path
      formatter.setUseCachedValuesForFormulaCells(true);
      HSSFPalette palette = workbook.getCustomPalette();
      InternalWorkbook records = workbook.getInternalWorkbook();
      HSSFEvaluationWorkbook formulas = HSSFEvaluationWorkbook.create(workbook);
      Map<String, List<String>> externalUses = new LinkedHashMap<>();
      Map<Integer, HiddenCells> hiddenBySheet = new HashMap<>();
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        HSSFSheet sheet = workbook.getSheetAt(s);
        String where = CellRanges.sheet(sheet.getSheetName());
        SheetVisibility visibility = workbook.getSheetVisibility(s);
        if (visibility == SheetVisibility.HIDDEN) {
          findings.add(Finding.blocking(FindingKind.HIDDEN_SHEET, where, "a hidden sheet"));
          continue;
        }
        if (visibility == SheetVisibility.VERY_HIDDEN) {
          findings.add(Finding.blocking(FindingKind.VERY_HIDDEN_SHEET, where,
              "a very hidden sheet (only code can show it)"));
          continue;
        }
        boolean filtered = hasAutoFilter(workbook, s);
        TreeSet<Integer> hiddenRows = new TreeSet<>();
        TreeSet<Integer> hiddenColumns = new TreeSet<>();
        List<String> formatHidden = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        List<String> commented = new ArrayList<>();
        Map<String, List<String>> externalCells = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.RFC4180)) {
          for (var r : sheet) {
            HSSFRow row = (HSSFRow) r;
            List<String> record = new ArrayList<>();
            for (var c : row) {
              HSSFCell cell = (HSSFCell) c;
              if (cell.getCellComment() != null) {
                commented.add(cell.getAddress().formatAsString());
              }
              if (cell.getCellType() == CellType.FORMULA) {
                for (Ptg ptg : formulas.getFormulaTokens(
                    formulas.getSheet(s).getCell(cell.getRowIndex(), cell.getColumnIndex()))) {
                  String book = externalBook(records, ptg);
                  if (book != null) {
                    externalCells.computeIfAbsent(book, b -> new ArrayList<>()).add(cell.getAddress().formatAsString());
                  }
                }
              }
              String value = cell.getCellType() == CellType.BLANK ? "" : formatter.formatCellValue(cell);
              boolean hasValue = cell.getCellType() != CellType.BLANK && !rawText(cell).isBlank();
              String hiddenBy = reason(workbook, palette, cell.getCellStyle());
              boolean columnHidden = sheet.isColumnHidden(cell.getColumnIndex());
              if (hasValue && row.getZeroHeight()) {
                hiddenRows.add(row.getRowNum());
              } else if (hasValue && columnHidden) {
                hiddenColumns.add(cell.getColumnIndex());
              } else if (hasValue && hiddenBy != null) {
                formatHidden.add(cell.getAddress().formatAsString());
                reasons.add(hiddenBy);
              }
              if (!row.getZeroHeight() && !columnHidden) {
                while (record.size() < visibleIndex(sheet, cell.getColumnIndex())) {
                  record.add("");
                }
                record.add(hiddenBy == null ? CsvCells.safe(value) : "");
              }
            }
            if (!row.getZeroHeight() && record.stream().anyMatch(v -> !v.isEmpty())) {
              printer.printRecord(record);
            }
          }
        }
        if (!hiddenRows.isEmpty()) {
          findings.add(filtered
              ? Finding.blocking(FindingKind.FILTERED_ROWS, where + " " + CellRanges.rows(hiddenRows),
                  hiddenRows.size() + " rows with data filtered out of view")
              : Finding.blocking(FindingKind.HIDDEN_ROWS, where + " " + CellRanges.rows(hiddenRows),
                  hiddenRows.size() + " hidden rows with data"));
        }
        if (!hiddenColumns.isEmpty()) {
          findings.add(Finding.blocking(FindingKind.HIDDEN_COLUMNS, where + " " + CellRanges.columns(hiddenColumns),
              hiddenColumns.size() + " hidden columns with data"));
        }
        if (!formatHidden.isEmpty()) {
          findings.add(Finding.blocking(FindingKind.HIDDEN_BY_FORMAT, where + " " + CellRanges.cells(formatHidden),
              formatHidden.size() + " cells hidden by their format: " + String.join("; ", reasons)));
        }
        if (!commented.isEmpty()) {
          findings.add(Finding.blocking(FindingKind.COMMENT, where + " " + CellRanges.cells(commented),
              commented.size() + " comments or notes"));
        }
        if (withCsv) {
          csv.put(sheet.getSheetName(), out.toByteArray());
        }
        hiddenBySheet.put(s, new HiddenCells(hiddenRows, hiddenColumns));
        externalCells.forEach((book, cells) -> externalUses.computeIfAbsent(book, b -> new ArrayList<>())
            .add(where + " " + CellRanges.cells(cells)));
      }
      findings.addAll(names(workbook, hiddenBySheet, externalUses));
      findings.addAll(externalLinks(records, externalUses));
    }
    return new Result(findings, csv);
  }

  /**
   * Each SUPBOOK record naming another workbook: the file keeps that workbook's path and a cached copy of every
   * value its formulas used, whether or not a formula still uses them.
   *
   * @param uses for each linked workbook's path, the places that refer to it
   */
  private static List<Finding> externalLinks(InternalWorkbook records, Map<String, List<String>> uses) {
    List<Finding> findings = new ArrayList<>();
    for (var record : records.getRecords()) {
      if (record instanceof SupBookRecord book && book.isExternalReferences()) {
        List<String> usedBy = uses.getOrDefault(book.getURL(), List.of());
        findings.add(Finding.blocking(FindingKind.EXTERNAL_LINK, "external workbook '" + book.getURL() + "'"
            + (usedBy.isEmpty() ? "" : ", used by " + String.join("; ", usedBy)),
            "a link to another workbook, with its path and a cached copy of the values used"));
      }
    }
    return findings;
  }

  /** The path of the other workbook a formula token refers to, or null for this workbook's own cells. */
  private static String externalBook(InternalWorkbook records, Ptg ptg) {
    int sheetReference;
    if (ptg instanceof ExternSheetReferenceToken reference) {
      sheetReference = reference.getExternSheetIndex();
    } else if (ptg instanceof NameXPtg externalName) {
      sheetReference = externalName.getSheetRefIndex();
    } else {
      return null;
    }
    ExternalSheet external = records.getExternalSheet(sheetReference);
    return external == null ? null : external.getWorkbookName();
  }

  /**
   * Defined names a reader would not come across: hidden names, and names whose range lies on a hidden sheet or
   * over hidden rows or columns that hold data. Built-in names (print areas, the autofilter's _FilterDatabase)
   * and the "_xl" prefixes Excel reserves for its own use are bookkeeping, not data.
   */
  private static List<Finding> names(HSSFWorkbook workbook, Map<Integer, HiddenCells> hiddenBySheet,
      Map<String, List<String>> externalUses) {
    InternalWorkbook records = workbook.getInternalWorkbook();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < records.getNumNames(); i++) {
      NameRecord name = records.getNameRecord(i);
      String text = name.getNameText();
      if (name.isBuiltInName() || name.isFunctionName() || name.isCommandName() || text.startsWith("_xl")) {
        continue;
      }
      String where = "defined name '" + text + "'";
      String reason = name.isHiddenName() ? "a hidden defined name" : null;
      String target = null;
      for (Ptg ptg : name.getNameDefinition()) {
        String book = externalBook(records, ptg);
        if (book != null) {
          externalUses.computeIfAbsent(book, b -> new ArrayList<>()).add(where);
          continue;
        }
        if (reason != null && target != null || !(ptg instanceof ExternSheetReferenceToken reference)) {
          continue;
        }
        CellRangeAddress range = ptg instanceof AreaI area
            ? new CellRangeAddress(area.getFirstRow(), area.getLastRow(), area.getFirstColumn(), area.getLastColumn())
            : ptg instanceof Ref3DPtg cell ? new CellRangeAddress(cell.getRow(), cell.getRow(), cell.getColumn(),
                cell.getColumn()) : null;
        int first = records.getFirstSheetIndexFromExternSheetIndex(reference.getExternSheetIndex());
        int last = records.getLastSheetIndexFromExternSheetIndex(reference.getExternSheetIndex());
        for (int s = Math.max(0, first); range != null && s <= last && s < workbook.getNumberOfSheets(); s++) {
          String hiddenPart = hiddenPart(workbook, s, range, hiddenBySheet.get(s));
          if (hiddenPart != null) {
            reason = reason != null ? reason : "a defined name pointing at " + hiddenPart;
            target = range.formatAsString(workbook.getSheetName(s), true);
            break;
          }
        }
      }
      if (reason != null) {
        findings.add(Finding.blocking(FindingKind.HIDDEN_NAME, target == null ? where : where + " (" + target + ")",
            reason));
      }
    }
    return findings;
  }

  /** What part of the range a reader cannot see: its sheet, or hidden rows or columns holding data in it. */
  private static String hiddenPart(HSSFWorkbook workbook, int sheetIndex, CellRangeAddress range, HiddenCells hidden) {
    if (workbook.getSheetVisibility(sheetIndex) != SheetVisibility.VISIBLE) {
      return "a hidden sheet";
    }
    if (hidden == null) {
      return null;
    }
    boolean rows = !hidden.rows().subSet(range.getFirstRow(), true, range.getLastRow(), true).isEmpty();
    boolean columns = !hidden.columns().subSet(range.getFirstColumn(), true, range.getLastColumn(), true).isEmpty();
    if (rows && columns) {
      return "hidden rows and columns with data";
    }
    return rows ? "hidden rows with data" : columns ? "hidden columns with data" : null;
  }

  private static boolean notBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static String rawText(HSSFCell cell) {
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue() : "0";
      default -> "0";
    };
  }

  private static int visibleIndex(HSSFSheet sheet, int column) {
    int index = column;
    for (int c = 0; c < column; c++) {
      if (sheet.isColumnHidden(c)) {
        index--;
      }
    }
    return index;
  }

  /** Excel marks an autofilter with the built-in name _FilterDatabase on the filtered sheet. */
  private static boolean hasAutoFilter(HSSFWorkbook workbook, int sheetIndex) {
    for (HSSFName name : workbook.getAllNames()) {
      if (name.getSheetIndex() == sheetIndex && "_FilterDatabase".equals(name.getNameName())) {
        return true;
      }
    }
    return false;
  }

  private static String reason(HSSFWorkbook workbook, HSSFPalette palette, HSSFCellStyle style) {
    HSSFFont font = style.getFont(workbook);
    return HiddenFormat.reason(style.getDataFormatString(), font.getFontHeight() / 20.0,
        rgb(palette, font.getColor()), style.getFillPattern(), rgb(palette, style.getFillForegroundColor()));
  }

  private static byte[] rgb(HSSFPalette palette, short index) {
    if (index == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex() || index == HSSFFont.COLOR_NORMAL) {
      return null;
    }
    HSSFColor color = palette.getColor(index);
    if (color == null) {
      return null;
    }
    short[] triplet = color.getTriplet();
    return new byte[] {(byte) triplet[0], (byte) triplet[1], (byte) triplet[2]};
  }
}
