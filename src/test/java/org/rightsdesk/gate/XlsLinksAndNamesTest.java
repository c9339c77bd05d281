package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.finding;
import static org.rightsdesk.gate.GateAssertions.kinds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFName;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** External links and defined names in Excel 97-2003 workbooks, built here with HSSF. */
class XlsLinksAndNamesTest {

  private static final String LINKED_BOOK = "LinkedSecret.xls";

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void aLinkToAnotherWorkbookIsFoundWithItsPathAndTheCellsUsingIt() throws IOException {
    Inspection inspection = gate.inspect("budget.xls", linkedWorkbook());

    Finding link = finding(inspection, FindingKind.EXTERNAL_LINK);
    assertThat(link.location()).isEqualTo("external workbook '" + LINKED_BOOK + "', used by sheet 'Summary' cells B2");
    assertThat(link.isBlocking()).isTrue();
  }

  @Test
  void theCleanedCopyKeepsALinkedFormulasValueButNotThePath() throws IOException {
    Cleaned cleaned = gate.clean("budget.xls", linkedWorkbook());

    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(cleaned.fileName()).isEqualTo("budget.csv");
    assertThat(csv).contains("Linked total,42", "Doubled,84").doesNotContain("LinkedSecret", "[", "B2*2");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).blocked()).isFalse();
  }

  @Test
  void namesPointingAtHiddenPlacesAndHiddenNamesAreFound() throws IOException {
    Inspection inspection = gate.inspect("staff.xls", workbookWithNames());

    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.HIDDEN_NAME)
        .extracting(Finding::location, Finding::detail, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("defined name 'StaffList' (Staff!$A$1:$B$2)",
                "a defined name pointing at a hidden sheet", Severity.BLOCKING),
            org.assertj.core.groups.Tuple.tuple("defined name 'Leavers' (Summary!$A$4:$B$4)",
                "a defined name pointing at hidden rows with data", Severity.BLOCKING),
            org.assertj.core.groups.Tuple.tuple("defined name 'Salaries' (Summary!$D$1:$D$65536)",
                "a defined name pointing at hidden rows and columns with data", Severity.BLOCKING),
            org.assertj.core.groups.Tuple.tuple("defined name 'Tidy'", "a hidden defined name", Severity.BLOCKING));
  }

  @Test
  void theCleanedCopyOfAWorkbookWithNamesHasOnlyTheVisibleCells() throws IOException {
    Cleaned cleaned = gate.clean("staff.xls", workbookWithNames());

    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(csv).contains("Area,Officers", "North,12").doesNotContain("Secret", "Hiddensheet");
    Inspection again = gate.inspect(cleaned.fileName(), cleaned.content());
    assertThat(again.findings()).isEmpty();
  }

  @Test
  void aPlainTableWithAPrintAreaAndAnOrdinaryNameRaisesNoFinding() throws IOException {
    Inspection inspection = gate.inspect("requests.xls", plainTableWithPrintArea());

    assertThat(inspection.type()).isEqualTo(FileType.XLS);
    assertThat(inspection.findings()).isEmpty();
  }

  @Test
  void anAutofilterIsNotTakenForAHiddenName() throws IOException {
    Inspection inspection = gate.inspect("filtered.xls", filteredTable());

    assertThat(finding(inspection, FindingKind.FILTERED_ROWS).location()).isEqualTo("sheet 'Cases' rows 3");
    assertThat(kinds(inspection)).doesNotContain(FindingKind.HIDDEN_NAME, FindingKind.HIDDEN_ROWS);
  }

  /** A summary whose B2 reads a cell of another workbook, and whose B3 doubles it. */
  private static byte[] linkedWorkbook() throws IOException {
    try (HSSFWorkbook other = new HSSFWorkbook(); HSSFWorkbook wb = new HSSFWorkbook()) {
      row(other.createSheet("Sheet1"), 0, 42);
      HSSFSheet summary = wb.createSheet("Summary");
      row(summary, 0, "Item", "Amount");
      row(summary, 1, "Linked total");
      row(summary, 2, "Doubled");
      wb.linkExternalWorkbook(LINKED_BOOK, other);
      summary.getRow(1).createCell(1).setCellFormula("[" + LINKED_BOOK + "]Sheet1!A1");
      summary.getRow(2).createCell(1).setCellFormula("B2*2");
      // the values Excel would have cached when it last calculated, with the linked workbook open
      HSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      evaluator.setupReferencedWorkbooks(
          Map.of("budget.xls", evaluator, LINKED_BOOK, other.getCreationHelper().createFormulaEvaluator()));
      evaluator.evaluateAll();
      return bytes(wb);
    }
  }

  /**
   * A visible summary with a hidden row and a hidden column of data, a hidden sheet, and names pointing at each,
   * a hidden name pointing at a visible cell, and an ordinary name that must not be reported.
   */
  private static byte[] workbookWithNames() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      HSSFSheet summary = wb.createSheet("Summary");
      row(summary, 0, "Area", "Officers", "", "SalarySecret");
      row(summary, 1, "North", 12);
      row(summary, 2, "South", 9);
      row(summary, 3, "LeaverSecret", 1);
      summary.getRow(3).setZeroHeight(true);
      summary.setColumnHidden(3, true);
      Sheet staff = wb.createSheet("Staff");
      row(staff, 0, Corpus.HIDDEN_SHEET_NAME, 4711);
      row(staff, 1, "John Hiddensheet", 4712);
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      name(wb, "StaffList", "Staff!$A$1:$B$2");
      name(wb, "Leavers", "Summary!$A$4:$B$4");
      name(wb, "Salaries", "Summary!$D:$D");
      name(wb, "Officers", "Summary!$B$2:$B$3");
      name(wb, "Tidy", "Summary!$A$1");
      // POI's user model cannot hide a name; its NAME record can, as Excel's VBA (Name.Visible = False) does
      for (int i = 0; i < wb.getInternalWorkbook().getNumNames(); i++) {
        if ("Tidy".equals(wb.getInternalWorkbook().getNameRecord(i).getNameText())) {
          wb.getInternalWorkbook().getNameRecord(i).setHidden(true);
        }
      }
      return bytes(wb);
    }
  }

  private static byte[] plainTableWithPrintArea() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      HSSFSheet requests = wb.createSheet("Requests");
      row(requests, 0, "Month", "Requests");
      row(requests, 1, "January", 31);
      row(requests, 2, "February", 28);
      wb.setPrintArea(0, "$A$1:$B$3");
      requests.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
      name(wb, "Counts", "Requests!$B$2:$B$3");
      return bytes(wb);
    }
  }

  /** A table with an autofilter (Excel's built-in, hidden _FilterDatabase name) and one row filtered out. */
  private static byte[] filteredTable() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      HSSFSheet cases = wb.createSheet("Cases");
      row(cases, 0, "Case", "Status");
      row(cases, 1, "A-1", "Open");
      row(cases, 2, "FilteredSecret", "Closed");
      cases.setAutoFilter(CellRangeAddress.valueOf("A1:B3"));
      cases.getRow(2).setZeroHeight(true);
      return bytes(wb);
    }
  }

  private static void name(HSSFWorkbook wb, String text, String formula) {
    HSSFName name = wb.createName();
    name.setNameName(text);
    name.setRefersToFormula(formula);
  }

  private static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (!"".equals(values[c])) {
        row.createCell(c).setCellValue((String) values[c]);
      }
    }
  }

  private static byte[] bytes(HSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
