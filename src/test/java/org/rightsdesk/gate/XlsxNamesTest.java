package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Names in a workbook that lead to cells its reader never sees: over hidden rows or hidden columns that hold
 * data, on a visible sheet. The print area and the autofilter's own range are Excel's bookkeeping, not alarms.
 */
class XlsxNamesTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void names_over_hidden_rows_or_columns_with_data_are_reported_with_their_range() throws IOException {
    byte[] xlsx = workbook(true);

    Inspection inspection = gate.inspect("staff.xlsx", xlsx);

    assertThat(inspection.findings()).filteredOn(f -> f.kind() == FindingKind.HIDDEN_NAME)
        .extracting(Finding::location, Finding::severity, Finding::detail)
        .containsExactlyInAnyOrder(
            tuple("defined name 'Salaries' (Summary!$A$2:$B$4)", Severity.BLOCKING,
                "a defined name pointing at hidden rows with data"),
            tuple("defined name 'Notes' (Summary!$D$1:$D$2)", Severity.BLOCKING,
                "a defined name pointing at hidden columns with data"));
    assertThat(inspection.findings()).extracting(Finding::kind)
        .contains(FindingKind.FILTERED_ROWS, FindingKind.HIDDEN_COLUMNS);
  }

  @Test
  void a_print_area_an_autofilter_and_a_name_over_visible_cells_raise_no_name_finding() throws IOException {
    byte[] xlsx = workbook(false);

    assertThat(gate.inspect("staff.xlsx", xlsx).findings()).noneMatch(f -> f.kind() == FindingKind.HIDDEN_NAME);
  }

  /** Summary: a header and three rows, columns A-D; with hidden rows 3-4 and hidden column D when asked. */
  private static byte[] workbook(boolean hide) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Summary");
      String[][] cells = {{"Name", "Pay", "Team", "Note"}, {"A. Smith", "31000", "North", "on leave"},
          {"B. Jones", "29000", "South", "disciplinary"}, {"C. Brown", "30500", "North", "none"}};
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
        if (hide && r >= 2) {
          row.setZeroHeight(true);
        }
      }
      sheet.setColumnHidden(3, hide);
      name(workbook, "Salaries", "Summary!$A$2:$B$4");
      name(workbook, "Notes", "Summary!$D$1:$D$2");
      name(workbook, "Teams", "Summary!$C$1:$C$2");
      workbook.setPrintArea(0, "$A$1:$D$4");
      sheet.setAutoFilter(CellRangeAddress.valueOf("A1:D4"));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void name(XSSFWorkbook workbook, String name, String range) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(range);
  }
}
