package org.rightsdesk.gate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97-2003 documents (.doc), read with POI's HWPF story by story: revision marks, hidden runs and comment
 * anchors in the text, properties and embeddings in the OLE2 container. The visible text is the main text,
 * its text boxes and its footnotes and endnotes, with insertions accepted and deletions, hidden runs, field
 * codes, comments, headers and footers dropped, as the DOCX gate does.
 */
final class DocGate {

  // characters Word keeps in the text stream for things that are not text (MS-DOC 2.8.25)
  private static final char FOOTNOTE_REFERENCE = '\u0002';
  private static final char COMMENT_REFERENCE = '\u0005';
  private static final char CELL_END = '\u0007';
  private static final char FIELD_BEGIN = '\u0013';
  private static final char FIELD_SEPARATOR = '\u0014';
  private static final char FIELD_END = '\u0015';

  record Result(List<Finding> findings, List<String> visibleParagraphs) {}

  private DocGate() {}

  static Result read(POIFSFileSystem fs) throws IOException {
    List<Finding> findings = new ArrayList<>(container(fs));
    HWPFDocument doc = new HWPFDocument(fs.getRoot());
    findings.addAll(properties(doc));
    StoryScan main = new StoryScan("main text");
    List<String> visible = new ArrayList<>(main.read(doc.getRange()));
    findings.addAll(main.findings);
    if (!main.comments.isEmpty()) {
      findings.add(main.located(FindingKind.COMMENT, Severity.BLOCKING, main.comments, "comments"));
    } else if (!StoryScan.plain(doc.getCommentsRange().text()).isBlank()) {
      findings.add(Finding.blocking(FindingKind.COMMENT, "comments", "comments"));
    }
    StoryScan boxes = new StoryScan("text boxes");
    boxes.read(doc.getMainTextboxRange()).stream().filter(p -> !p.isBlank()).forEach(visible::add);
    findings.addAll(boxes.findings);
    List<String> notes = new ArrayList<>();
    for (StoryScan story : List.of(new StoryScan("footnotes"), new StoryScan("endnotes"))) {
      Range range = story.name.equals("footnotes") ? doc.getFootnoteRange() : doc.getEndnoteRange();
      story.read(range).stream().filter(p -> !p.isBlank()).forEach(notes::add);
      findings.addAll(story.findings);
    }
    StoryScan headers = new StoryScan("headers and footers");
    List<String> headerText = headers.read(doc.getHeaderStoryRange());
    findings.addAll(headers.findings);
    if (headerText.stream().anyMatch(p -> !p.isBlank())) {
      findings.add(Finding.advisory(FindingKind.HEADER_FOOTER, "headers and footers",
          "a header or footer with text; the cleaned copy leaves it out"));
    }
    // footnotes and endnotes are part of what a reader sees, so they follow the body in the cleaned copy
    if (!notes.isEmpty()) {
      visible.add("");
      visible.add("Notes");
      visible.addAll(notes);
    }
    return new Result(findings, visible);
  }

  /** Macros and embedded objects live in storages beside the WordDocument stream. */
  private static List<Finding> container(POIFSFileSystem fs) {
    List<Finding> findings = new ArrayList<>();
    DirectoryEntry root = fs.getRoot();
    if (root.hasEntry("Macros")) {
      findings.add(Finding.blocking(FindingKind.MACRO, "Macros", "a VBA macro project"));
    }
    if (root.hasEntry("ObjectPool")) {
      try {
        if (root.getEntry("ObjectPool") instanceof DirectoryEntry pool) {
          for (Entry object : pool) {
            if (object.isDirectoryEntry()) {
              findings.add(Finding.blocking(FindingKind.EMBEDDED_OBJECT, "ObjectPool/" + object.getName(),
                  "an embedded object (another document inside this one)"));
            }
          }
        }
      } catch (java.io.FileNotFoundException e) {
        throw new IllegalStateException("ObjectPool listed but not found", e);
      }
    }
    return findings;
  }

  /** Which names the properties carry: labels only, the values may be personal data. */
  private static List<Finding> properties(HWPFDocument doc) {
    List<String> found = new ArrayList<>();
    SummaryInformation summary = doc.getSummaryInformation();
    if (summary != null) {
      addIfSet(found, "author", summary.getAuthor());
      addIfSet(found, "last modified by", summary.getLastAuthor());
      addIfSet(found, "template", summary.getTemplate());
    }
    DocumentSummaryInformation extended = doc.getDocumentSummaryInformation();
    if (extended != null) {
      addIfSet(found, "company", extended.getCompany());
      addIfSet(found, "manager", extended.getManager());
    }
    if (found.isEmpty()) {
      return List.of();
    }
    return List.of(Finding.advisory(FindingKind.DOCUMENT_PROPERTIES, "document properties",
        "names in the document properties: " + String.join(", ", found)));
  }

  private static void addIfSet(List<String> found, String label, String value) {
    // Word's own default template says nothing about anyone
    if (value != null && !value.isBlank() && !value.equalsIgnoreCase("Normal.dot")
        && !value.equalsIgnoreCase("Normal.dotm")) {
      found.add(label);
    }
  }

  /** One story read once for its findings and its visible paragraphs. */
  private static final class StoryScan {
    private final String name;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Integer> insertions = new ArrayList<>();
    private final List<Integer> deletions = new ArrayList<>();
    private final List<Integer> hiddenText = new ArrayList<>();
    private final List<Integer> comments = new ArrayList<>();

    StoryScan(String name) {
      this.name = name;
    }

    List<String> read(Range range) {
      List<String> paragraphs = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      // each open field: true while in its code (before the separator), which Word never shows
      List<Boolean> fields = new ArrayList<>();
      for (int p = 0; p < range.numParagraphs(); p++) {
        Paragraph paragraph = range.getParagraph(p);
        int number = p + 1;
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
          CharacterRun run = paragraph.getCharacterRun(r);
          String raw = run.text();
          if (raw.indexOf(COMMENT_REFERENCE) >= 0 && run.isSpecialCharacter()) {
            comments.add(number);
          }
          StringBuilder shown = new StringBuilder();
          for (char c : raw.toCharArray()) {
            if (c == FIELD_BEGIN) {
              fields.add(true);
            } else if (c == FIELD_SEPARATOR && !fields.isEmpty()) {
              fields.set(fields.size() - 1, false);
            } else if (c == FIELD_END && !fields.isEmpty()) {
              fields.remove(fields.size() - 1);
            } else if (!fields.contains(true)) {
              shown.append(c);
            }
          }
          String runText = plain(shown.toString());
          if (run.isMarkedDeleted()) {
            if (!runText.isBlank()) {
              deletions.add(number);
            }
            continue;
          }
          if (run.isMarkedInserted() && !runText.isBlank()) {
            insertions.add(number);
          }
          if (run.isVanished()) {
            if (!runText.isBlank()) {
              hiddenText.add(number);
            }
            continue;
          }
          text.append(runText);
        }
        String line = text.toString().strip();
        if (paragraph.isInTable()) {
          if (paragraph.isTableRowEnd()) {
            paragraphs.add(String.join(" | ", row));
            row.clear();
          } else {
            cell.append(cell.isEmpty() || line.isEmpty() ? "" : " ").append(line);
            if (paragraph.text().indexOf(CELL_END) >= 0) {
              row.add(cell.toString());
              cell.setLength(0);
            }
          }
        } else {
          paragraphs.add(line);
        }
      }
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, deletions,
          "tracked deletions: the deleted text is still in the file");
      add(FindingKind.TRACKED_CHANGE, Severity.BLOCKING, insertions, "tracked insertions not yet accepted");
      add(FindingKind.HIDDEN_TEXT, Severity.BLOCKING, hiddenText, "runs of text formatted as hidden");
      return paragraphs;
    }

    /** Text without Word's marks for paragraphs, cells, pictures, notes and comments; tabs and breaks kept. */
    static String plain(String raw) {
      StringBuilder text = new StringBuilder();
      for (char c : raw.toCharArray()) {
        switch (c) {
          case '\t' -> text.append(' ');
          case '\u000B' -> text.append('\n');
          case '\u001E' -> text.append('-');
          case FOOTNOTE_REFERENCE, COMMENT_REFERENCE, CELL_END -> { }
          default -> {
            if (c >= ' ' && c != '\u00AD') {
              text.append(c);
            }
          }
        }
      }
      return text.toString();
    }

    private void add(FindingKind kind, Severity severity, List<Integer> paragraphs, String detail) {
      if (!paragraphs.isEmpty()) {
        findings.add(located(kind, severity, paragraphs, detail));
      }
    }

    Finding located(FindingKind kind, Severity severity, List<Integer> paragraphs, String detail) {
      return Finding.atParagraphs(kind, severity, name, paragraphs, detail);
    }
  }
}
