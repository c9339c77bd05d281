package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void aFormulaLikeTextIsDefusedAndNumbersAreLeftAlone() {
    assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.safe("-5")).isEqualTo("-5");
    assertThat(CsvCells.safe("-1,234.5")).isEqualTo("-1,234.5");
    assertThat(CsvCells.safe("North")).isEqualTo("North");
    assertThat(CsvCells.safe("")).isEmpty();
  }
}
