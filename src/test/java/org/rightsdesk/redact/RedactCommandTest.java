package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.redact.Extraction.key;

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
import picocli.CommandLine;

/** The one-off command a DPO runs: redact IN.pdf OUT.pdf with terms, patterns, detection and areas. */
class RedactCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new RedactCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void redacts_terms_patterns_and_detected_data_and_prints_the_log_without_the_text() throws Exception {
    Path in = dir.resolve("letter.pdf");
    Files.write(in, TrickyPdfs.pdf(d -> TrickyPdfs.rawPage(d, """
        BT /F1 11 Tf 72 700 Td (Dear Jonathan Smithers, case RD-2024-0117.) Tj ET
        BT /F1 11 Tf 72 680 Td (Write to jonathan.smithers@example.org or call 020 7946 0958.) Tj ET
        BT /F1 11 Tf 72 660 Td (NI number JG 10 37 59 A, born 14/03/1987, lives at SW1A 2AA.) Tj ET
        BT /F1 11 Tf 72 640 Td (In short: the decision letter is attached.) Tj ET
        """)));
    Path outFile = dir.resolve("letter-redacted.pdf");

    int exit = run(in.toString(), outFile.toString(), "--term", "jonathan smithers", "--pattern", "RD-\\d{4}-\\d{4}",
        "--detect", "--reason", "DPA-Sch2-third-party");

    assertThat(exit).as(err.toString()).isZero();
    String text = key(Extraction.pdftotext(Files.readAllBytes(outFile)));
    assertThat(text).contains(key("In short: the decision letter is attached."))
        .doesNotContain("smithers", "rd-2024-0117", "example.org", "02079460958", "jg103759a", "14/03/1987",
            "sw1a2aa");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\\R")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertThat(lines).filteredOn(l -> l.has("kind")).extracting(l -> l.get("kind").asText())
        .contains("TERM", "PATTERN", "EMAIL", "PHONE", "NINO", "DOB", "POSTCODE");
    assertThat(lines).filteredOn(l -> l.has("kind"))
        .allSatisfy(l -> assertThat(l.get("reason").asText()).isEqualTo("DPA-Sch2-third-party"));
    assertThat(lines.get(lines.size() - 1).get("verified").asBoolean()).isTrue();
    assertThat(out.toString().toLowerCase()).doesNotContain("smithers", "0958", "sw1a");
  }

  @Test
  void an_unreadable_input_writes_nothing_and_exits_non_zero() throws Exception {
    Path in = Files.writeString(dir.resolve("not-a.pdf"), "Dear Jonathan Smithers", StandardCharsets.UTF_8);
    Path outFile = dir.resolve("out.pdf");

    assertThat(run(in.toString(), outFile.toString(), "--term", "Smithers")).isEqualTo(RedactCommand.NOT_REDACTED);
    assertThat(outFile).doesNotExist();
    assertThat(err.toString()).contains("Not a readable PDF");
  }

  @Test
  void a_leak_found_by_verification_writes_nothing_and_exits_non_zero() throws Exception {
    // the name is only the ActualText of a span showing initials: search by what is shown misses it, and the
    // independent verification, which reads every string a content stream holds, finds it
    Path in = Files.write(dir.resolve("tagged.pdf"), TrickyPdfs.actualText());
    Path outFile = dir.resolve("out.pdf");

    assertThat(run(in.toString(), outFile.toString(), "--term", TrickyPdfs.NAME))
        .isEqualTo(RedactCommand.NOT_REDACTED);
    assertThat(outFile).doesNotExist();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("tagged.pdf");
    assertThat(err.toString()).contains("still present").doesNotContain(TrickyPdfs.NAME);
  }

  @Test
  void a_reason_that_is_not_an_exemption_code_is_refused() {
    int exit = run("in.pdf", dir.resolve("out.pdf").toString(), "--term", "x", "--reason", "because");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("because");
  }
}
