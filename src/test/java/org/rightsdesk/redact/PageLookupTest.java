package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The page lookup used in parts must find the same page as PDFBox's own, in flat and nested trees alike. */
class PageLookupTest {

  @Test
  void a_flat_tree_gives_every_page_in_order_across_separate_openings_of_the_file() throws IOException {
    byte[] pdf = pages(12, false);
    PageLookup lookup = new PageLookup();
    for (int from = 0; from < 12; from += 5) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        for (int i = from; i < Math.min(from + 5, 12); i++) {
          assertThat(text(lookup.page(document, i))).isEqualTo("page " + (i + 1));
        }
      }
    }
  }

  @Test
  void a_nested_tree_with_an_empty_node_gives_the_same_pages_as_pdfbox() throws IOException {
    byte[] pdf = pages(10, true);
    PageLookup lookup = new PageLookup();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int i = 0; i < 10; i++) {
        assertThat(text(lookup.page(document, i))).isEqualTo("page " + (i + 1));
        assertThat(lookup.page(document, i).getCOSObject()).isSameAs(document.getPage(i).getCOSObject());
      }
      assertThatThrownBy(() -> lookup.page(document, 10)).isInstanceOf(IOException.class)
          .hasMessageContaining("no page 11");
    }
  }

  /** Each page's content names it; nested puts an empty node, three pages, one page and the rest under the root. */
  private static byte[] pages(int count, boolean nested) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i <= count; i++) {
        PDPage page = new PDPage(PDRectangle.A6);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          TrickyPdfs.text(content, TrickyPdfs.helvetica(), 20, 300, "page " + i);
        }
      }
      if (nested) {
        COSDictionary root = document.getPages().getCOSObject();
        List<COSDictionary> all = new java.util.ArrayList<>();
        document.getPages().forEach(page -> all.add(page.getCOSObject()));
        COSArray kids = new COSArray();
        kids.add(node(root, List.of()));
        kids.add(node(root, all.subList(0, 3)));
        all.get(3).setItem(COSName.PARENT, root);
        kids.add(all.get(3));
        kids.add(node(root, all.subList(4, count)));
        root.setItem(COSName.KIDS, kids);
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static COSDictionary node(COSDictionary parent, List<COSDictionary> pages) {
    COSDictionary node = new COSDictionary();
    node.setItem(COSName.TYPE, COSName.PAGES);
    node.setItem(COSName.PARENT, parent);
    COSArray kids = new COSArray();
    pages.forEach(page -> {
      page.setItem(COSName.PARENT, node);
      kids.add(page);
    });
    node.setItem(COSName.KIDS, kids);
    node.setInt(COSName.COUNT, pages.size());
    return node;
  }

  private static String text(PDPage page) throws IOException {
    try (PDDocument single = new PDDocument()) {
      single.importPage(page);
      return new org.apache.pdfbox.text.PDFTextStripper().getText(single).trim();
    }
  }
}
