package org.rightsdesk.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of a word-processing document sees, gathered in document order as its parts are read:
 * paragraphs, tables (a table inside a cell adds its text to that cell) and pictures, which follow the
 * paragraph or table they sit in.
 */
final class VisibleContent {

  private final List<SafePdf.Block> blocks = new ArrayList<>();
  private final List<SafePdf.Block> pictures = new ArrayList<>();
  private final List<List<String>> table = new ArrayList<>();
  private final List<String> row = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private int tableDepth;

  void startTable() {
    tableDepth++;
  }

  void startRow() {
    if (tableDepth == 1) {
      row.clear();
    }
  }

  void startCell() {
    if (tableDepth == 1) {
      cell.setLength(0);
    }
  }

  /** A finished paragraph: a block of its own, or more text for the table cell it sits in. */
  void paragraph(String text) {
    if (tableDepth > 0) {
      cell.append(cell.isEmpty() ? "" : " ").append(text);
    } else {
      blocks.add(new SafePdf.Paragraph(text));
      placePictures();
    }
  }

  void picture(SafePdf.Picture picture) {
    pictures.add(picture);
  }

  void endCell() {
    if (tableDepth == 1) {
      row.add(cell.toString().strip());
    }
  }

  void endRow() {
    if (tableDepth == 1) {
      table.add(List.copyOf(row));
    }
  }

  void endTable() {
    if (--tableDepth == 0) {
      blocks.add(new SafePdf.Table(List.copyOf(table)));
      table.clear();
      placePictures();
    }
  }

  List<SafePdf.Block> blocks() {
    placePictures();
    return blocks;
  }

  private void placePictures() {
    blocks.addAll(pictures);
    pictures.clear();
  }
}
