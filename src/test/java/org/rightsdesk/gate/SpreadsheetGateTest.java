package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.expanded;
import static org.rightsdesk.gate.GateAssertions.finding;
import static org.rightsdesk.gate.GateAssertions.kinds;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetGateTest {

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void hiddenStaffSheetBlocksAndTheCsvKeepsOnlyTheVisibleSummary() {
    byte[] workbook = Corpus.summaryWithHiddenStaffSheet();

    Inspection inspection = gate.inspect("officers.xlsx", workbook);
    assertThat(inspection.type()).isEqualTo(FileType.XLSX);
    assertThat(inspection.blocked()).isTrue();
    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location()).isEqualTo("sheet 'Staff'");

    Cleaned cleaned = gate.clean("officers.xlsx", workbook);
    assertThat(cleaned.fileName()).isEqualTo("officers.csv");
    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(csv).contains("Area,Officers", "North,12", "South,9");
    assertThat(csv).doesNotContain(Corpus.HIDDEN_SHEET_NAME, "Hiddensheet", "4711");
    assertThat(cleaned.fixes()).allSatisfy(f -> assertThat(f.fix()).isNotBlank());
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).blocked()).isFalse();
  }

  @Test
  void everySpreadsheetHidingPlaceIsFoundWhereItIs() {
    Inspection inspection = gate.inspect("everything.xlsx", Corpus.workbookWithEverything());

    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location()).isEqualTo("sheet 'Staff'");
    assertThat(finding(inspection, FindingKind.VERY_HIDDEN_SHEET).location()).isEqualTo("sheet 'Vault'");
    assertThat(finding(inspection, FindingKind.HIDDEN_ROWS).location()).isEqualTo("sheet 'Summary' rows 5");
    assertThat(finding(inspection, FindingKind.HIDDEN_COLUMNS).location()).isEqualTo("sheet 'Summary' columns D");
    assertThat(finding(inspection, FindingKind.FILTERED_ROWS).location()).isEqualTo("sheet 'Filtered' rows 3");
    assertThat(finding(inspection, FindingKind.HIDDEN_BY_FORMAT).location())
        .isEqualTo("sheet 'Summary' cells F2, F3, F4");
    assertThat(finding(inspection, FindingKind.HIDDEN_BY_FORMAT).detail())
        .contains("same colour as its background", ";;;", "under 4 pt");
    assertThat(finding(inspection, FindingKind.COMMENT).location()).isEqualTo("sheet 'Summary' cells B2");
    assertThat(finding(inspection, FindingKind.HIDDEN_NAME).location()).isEqualTo("defined name 'StaffList'");
    assertThat(finding(inspection, FindingKind.PIVOT_CACHE).location()).startsWith("/xl/pivotCache/");
    assertThat(finding(inspection, FindingKind.EXTERNAL_LINK).location()).startsWith("/xl/externalLinks/");
    assertThat(inspection.findings()).filteredOn(f -> f.kind() != FindingKind.DOCUMENT_PROPERTIES)
        .allMatch(Finding::isBlocking);
  }

  @Test
  void cleanedWorkbookHasOneCsvPerVisibleSheetAndNoneOfTheHiddenValues() throws Exception {
    Cleaned cleaned = gate.clean("everything.xlsx", Corpus.workbookWithEverything());

    assertThat(cleaned.type()).isEqualTo(FileType.ZIP);
    assertThat(cleaned.fileName()).isEqualTo("everything.zip");
    var sheets = GateAssertions.unzip(cleaned.content());
    assertThat(sheets).containsOnlyKeys("Summary.csv", "Filtered.csv", "Pivot.csv");
    assertThat(sheets.get("Summary.csv")).contains("Area,Officers", "North,12", "South,9");
    assertThat(sheets.get("Filtered.csv")).contains("Team,Count", "C,3");
    assertThat(expanded(cleaned.content())).doesNotContain("Secret", Corpus.HIDDEN_SHEET_NAME);
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void macrosInAnXlsmBlock() {
    Inspection inspection = gate.inspect("tool.xlsm", Corpus.macroWorkbook());

    assertThat(inspection.type()).isEqualTo(FileType.XLSM);
    assertThat(finding(inspection, FindingKind.MACRO).location()).isEqualTo("/xl/vbaProject.bin");
    Cleaned cleaned = gate.clean("tool.xlsm", Corpus.macroWorkbook());
    assertThat(new String(cleaned.content(), StandardCharsets.UTF_8)).contains("Macro,host");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).blocked()).isFalse();
  }

  @Test
  void legacyXlsHidingPlacesAreFoundAndCleaned() {
    byte[] xls = Corpus.legacyWorkbook();
    Inspection inspection = gate.inspect("old.xls", xls);

    assertThat(inspection.type()).isEqualTo(FileType.XLS);
    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location()).isEqualTo("sheet 'Staff'");
    assertThat(finding(inspection, FindingKind.HIDDEN_ROWS).location()).isEqualTo("sheet 'Summary' rows 4");
    assertThat(finding(inspection, FindingKind.HIDDEN_BY_FORMAT).location()).isEqualTo("sheet 'Summary' cells D2");
    assertThat(finding(inspection, FindingKind.COMMENT).location()).isEqualTo("sheet 'Summary' cells B2");

    Cleaned cleaned = gate.clean("old.xls", xls);
    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(cleaned.fileName()).isEqualTo("old.csv");
    assertThat(csv).contains("Area,Officers", "North,12").doesNotContain("Secret", "Hiddensheet");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).blocked()).isFalse();
  }

  @Test
  void aPlainTableRaisesNoBlockingFinding() {
    Inspection inspection = gate.inspect("requests.xlsx", Corpus.plainTable());

    assertThat(inspection.type()).isEqualTo(FileType.XLSX);
    assertThat(inspection.findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void anEncryptedWorkbookIsBlockingNotAPass() throws Exception {
    Inspection inspection = gate.inspect("locked.xlsx", Corpus.encryptedWorkbook());

    assertThat(finding(inspection, FindingKind.ENCRYPTED).isBlocking()).isTrue();
    assertThat(gate.clean("locked.xlsx", Corpus.encryptedWorkbook()).produced()).isFalse();
  }

  @Test
  void aTruncatedWorkbookIsUnreadableAndBlocking() {
    byte[] workbook = Corpus.plainTable();
    byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);

    Inspection inspection = gate.inspect("broken.xlsx", truncated);

    assertThat(inspection.blocked()).isTrue();
    assertThat(kinds(inspection)).containsAnyOf(FindingKind.UNREADABLE, FindingKind.UNSUPPORTED_TYPE);
  }

  @Test
  void aHundredThousandRowWorkbookIsStreamedAndItsHiddenRowFound() throws Exception {
    byte[] large = Corpus.largeWorkbook(100_000, 99_990);

    Inspection inspection = gate.inspect("cases.xlsx", large);
    assertThat(finding(inspection, FindingKind.HIDDEN_ROWS).location()).isEqualTo("sheet 'Cases' rows 99991");

    Cleaned cleaned = gate.clean("cases.xlsx", large);
    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(99_999);
    assertThat(csv).contains("FOI/100000,0,Answered,Department 0", "FOI/199999,19,Answered,Department 5")
        .doesNotContain("FOI/199990");
  }

  @Test
  void openDocumentSpreadsheetHidingPlacesAreFoundAndCleaned() throws Exception {
    byte[] ods = Corpus.openDocumentSpreadsheet();
    Inspection inspection = gate.inspect("figures.ods", ods);

    assertThat(inspection.type()).isEqualTo(FileType.ODS);
    assertThat(finding(inspection, FindingKind.HIDDEN_SHEET).location()).isEqualTo("sheet 'Staff'");
    assertThat(finding(inspection, FindingKind.HIDDEN_ROWS).location()).isEqualTo("sheet 'Summary' rows 3");
    assertThat(finding(inspection, FindingKind.FILTERED_ROWS).location()).isEqualTo("sheet 'Summary' rows 4");
    assertThat(finding(inspection, FindingKind.HIDDEN_COLUMNS).location()).isEqualTo("sheet 'Summary' columns C");
    assertThat(finding(inspection, FindingKind.COMMENT).location()).isEqualTo("sheet 'Summary' cells A2");

    Cleaned cleaned = gate.clean("figures.ods", ods);
    assertThat(cleaned.fileName()).isEqualTo("figures.csv");
    String csv = new String(cleaned.content(), StandardCharsets.UTF_8);
    assertThat(csv).isEqualToNormalizingNewlines("Area,Officers\nNorth,12\nSouth,9\n");
    assertThat(gate.inspect(cleaned.fileName(), cleaned.content()).findings()).noneMatch(Finding::isBlocking);
  }

  @Test
  void anOpenDocumentPresentationIsNotPassedUninspected() throws Exception {
    Inspection inspection = gate.inspect("slides.odp", Corpus.openDocumentPresentation());

    assertThat(finding(inspection, FindingKind.UNSUPPORTED_TYPE).location()).isEqualTo("file");
  }

  @Test
  void theTypeComesFromTheContentNotTheName() {
    Inspection inspection = gate.inspect("harmless.pdf", Corpus.summaryWithHiddenStaffSheet());

    assertThat(inspection.type()).isEqualTo(FileType.XLSX);
    assertThat(kinds(inspection)).contains(FindingKind.HIDDEN_SHEET);
  }
}
