package org.rightsdesk.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFName;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.SheetVisibility;

/**
 * Excel 97-2003 workbooks (XLS). The format caps a sheet at 65,536 rows, so POI's user model, which loads the
 * workbook whole, stays small enough.
 */
final class XlsGate {

  record Result(List<Finding> findings, Map<String, byte[]> visibleCsv) {}

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
      HSSFPalette palette = workbook.getCustomPalette();
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
      }
      for (HSSFName name : workbook.getAllNames()) {
        if (name.isFunctionName() || name.getNameName().startsWith("_")) {
          continue;
        }
        String formula = name.getRefersToFormula();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
          String sheetName = workbook.getSheetName(s);
          if (workbook.getSheetVisibility(s) != SheetVisibility.VISIBLE && formula != null
              && (formula.contains("'" + sheetName + "'!") || formula.contains(sheetName + "!"))) {
            findings.add(Finding.blocking(FindingKind.HIDDEN_NAME, "defined name '" + name.getNameName() + "'",
                "a defined name pointing at a hidden sheet"));
            break;
          }
        }
      }
    }
    return new Result(findings, csv);
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
