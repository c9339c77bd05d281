package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  @TempDir
  Path directory;

  private final StringWriter out = new StringWriter();

  private int inspect(String... args) {
    return InspectCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\\R")) {
      if (!line.isBlank()) {
        lines.add(new ObjectMapper().readTree(line));
      }
    }
    return lines;
  }

  @Test
  void cleanFilesExitZero() throws Exception {
    Path table = Files.write(directory.resolve("requests.xlsx"), Corpus.plainTable());
    Path letter = Files.write(directory.resolve("reply.docx"), Corpus.plainLetter());

    assertThat(inspect(table.toString(), letter.toString())).isZero();
    assertThat(lines()).allSatisfy(line -> assertThat(line.get("severity").asText()).isEqualTo("ADVISORY"));
  }

  @Test
  void aHiddenSheetExitsThreeWithOneJsonLinePerFinding() throws Exception {
    Path workbook = Files.write(directory.resolve("officers.xlsx"), Corpus.summaryWithHiddenStaffSheet());
    Path table = Files.write(directory.resolve("requests.xlsx"), Corpus.plainTable());

    assertThat(inspect(table.toString(), workbook.toString())).isEqualTo(3);
    JsonNode hidden = lines().stream().filter(l -> l.get("kind").asText().equals("HIDDEN_SHEET")).findFirst()
        .orElseThrow();
    assertThat(hidden.get("file").asText()).isEqualTo(workbook.toString());
    assertThat(hidden.get("location").asText()).isEqualTo("sheet 'Staff'");
    assertThat(hidden.get("severity").asText()).isEqualTo("BLOCKING");
  }

  @Test
  void anOpenDocumentTextWithHiddenTextExitsThreeAndItsCleanedCopyIsAPdfThatExitsZero() throws Exception {
    Path letter = Files.write(directory.resolve("letter.odt"), OdtGateTest.letterWithEverything());
    Path cleaned = directory.resolve("cleaned");

    assertThat(inspect(letter.toString())).isEqualTo(3);
    assertThat(lines()).anyMatch(l -> l.get("kind").asText().equals("HIDDEN_TEXT")
        && l.get("location").asText().startsWith("content.xml paragraph"));
    assertThat(inspect("--clean", cleaned.toString(), letter.toString())).isZero();
    assertThat(cleaned.resolve("letter.pdf")).exists();
  }

  @Test
  void aFileThatCannotBeReadExitsTwo() throws Exception {
    Path table = Files.write(directory.resolve("requests.xlsx"), Corpus.plainTable());
    Path workbook = Files.write(directory.resolve("officers.xlsx"), Corpus.summaryWithHiddenStaffSheet());

    assertThat(inspect(table.toString(), workbook.toString(), directory.resolve("missing.xlsx").toString()))
        .isEqualTo(2);
    assertThat(lines()).anyMatch(l -> l.get("kind").asText().equals("UNREADABLE")
        && l.get("file").asText().endsWith("missing.xlsx"));
  }

  @Test
  void cleaningWritesSafeCopiesAndTheExitCodeDescribesThem() throws Exception {
    Path workbook = Files.write(directory.resolve("officers.xlsx"), Corpus.summaryWithHiddenStaffSheet());
    Path letter = Files.write(directory.resolve("letter.docx"), Corpus.letterWithEverything());
    Path cleaned = directory.resolve("cleaned");

    assertThat(inspect("--clean", cleaned.toString(), workbook.toString(), letter.toString())).isZero();
    assertThat(Files.readString(cleaned.resolve("officers.csv"), StandardCharsets.UTF_8))
        .contains("North,12").doesNotContain("Hiddensheet");
    assertThat(cleaned.resolve("letter.pdf")).exists();
    assertThat(lines()).filteredOn(l -> l.get("kind").asText().equals("HIDDEN_SHEET"))
        .singleElement().satisfies(l -> assertThat(l.get("fix").asText()).contains("visible cells"));
  }

  @Test
  void twoFilesCleanedToTheSameNameBothKeepTheirCopy() throws Exception {
    Path docx = Files.write(directory.resolve("report.docx"), Corpus.plainLetter());
    Path pdf = Files.write(directory.resolve("report.pdf"), Corpus.plainPdf("The report"));
    Path cleaned = directory.resolve("cleaned");

    assertThat(inspect("--clean", cleaned.toString(), docx.toString(), pdf.toString())).isZero();
    assertThat(GateAssertions.pdfText(Files.readAllBytes(cleaned.resolve("report.pdf")))).contains("Dear requester");
    assertThat(GateAssertions.pdfText(Files.readAllBytes(cleaned.resolve("report-2.pdf")))).contains("The report");
  }

  @Test
  void aFileThatCannotBeCleanedKeepsTheExitCodeAtThree() throws Exception {
    Path bomb = Files.write(directory.resolve("bomb.zip"), Corpus.zipBomb());

    assertThat(inspect("--clean", directory.resolve("cleaned").toString(), bomb.toString())).isEqualTo(3);
    assertThat(directory.resolve("cleaned").resolve("bomb.zip")).doesNotExist();
  }
}
