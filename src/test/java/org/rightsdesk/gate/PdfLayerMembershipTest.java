package org.rightsdesk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightsdesk.gate.GateAssertions.pdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentMembershipDictionary;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.rightsdesk.redact.ReasonCodes;
import org.rightsdesk.redact.RedactionService;

/**
 * Optional content controlled by membership dictionaries (OCMD): hidden or shown by their policy or visibility
 * expression over the default configuration's groups, found with a page location and removed by cleaning.
 */
class PdfLayerMembershipTest {

  private static final String SECRET = "MembershipSecret";

  private final DisclosureGate gate = new DisclosureGate();

  @Test
  void anyOnWithAllItsGroupsOffHidesTheContent() throws Exception {
    byte[] pdf = pdfWithMembership("AnyOn", false, false);

    assertHiddenOnPageOneAndCleanedAway(pdf);
  }

  @Test
  void allOnWithOneGroupOffHidesTheContent() throws Exception {
    assertHiddenOnPageOneAndCleanedAway(pdfWithMembership("AllOn", true, false));
  }

  @Test
  void allOffOverAGroupThatIsOnHidesTheContent() throws Exception {
    assertHiddenOnPageOneAndCleanedAway(pdfWithMembership("AllOff", true, true));
  }

  @Test
  void anyOffWithOneGroupOffShowsTheContentSoNothingIsFoundAndCleaningKeepsIt() throws Exception {
    byte[] pdf = pdfWithMembership("AnyOff", true, false);

    assertThat(gate.inspect("plan.pdf", pdf).findings()).isEmpty();
    // the gate passes a PDF without findings through; cleaned all the same, it still shows the content
    byte[] cleaned = new PdfGate(new RedactionService(ReasonCodes.fromCatalogue())).clean(pdf, "plan.pdf");
    assertThat(pdftotext(cleaned)).contains(SECRET);
  }

  @Test
  void aVisibilityExpressionNotOfAGroupThatIsOnHidesTheContent() throws Exception {
    byte[] pdf = pdfWithExpression();

    assertHiddenOnPageOneAndCleanedAway(pdf);
  }

  @Test
  void anOrdinaryPdfWithAVisibleLayerRaisesNoFinding() throws Exception {
    byte[] pdf = pdfWithVisibleLayer();

    assertThat(gate.inspect("map.pdf", pdf).findings()).isEmpty();
  }

  @Test
  void aLinkAndAFormXObjectHiddenByAMembershipAreFoundAndRemoved() throws Exception {
    byte[] pdf = pdfWithHiddenLinkAndForm();
    Inspection inspection = gate.inspect("plan.pdf", pdf);

    assertThat(inspection.findings()).extracting(Finding::kind, Finding::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.HIDDEN_LAYER, "page 1"));
    assertThat(decompressed(pdf)).contains("FormSecret", "LinkSecret");
    Cleaned cleaned = gate.clean("plan.pdf", pdf);
    assertThat(pdftotext(cleaned.content())).contains("Visible page text").doesNotContain("FormSecret");
    assertThat(decompressed(cleaned.content())).doesNotContain("FormSecret", "LinkSecret");
    assertThat(gate.inspect("plan.pdf", cleaned.content()).findings()).isEmpty();
  }

  @Test
  void hiddenContentInsideAVisibleFormXObjectIsFoundAndRemoved() throws Exception {
    assertHiddenOnPageOneAndCleanedAway(pdfWithHiddenContentInVisibleForm());
  }

  @Test
  void aGroupOffByDefaultThatAViewerMaySwitchOnForViewingCountsAsHidden() throws Exception {
    byte[] pdf = pdfWithViewUsageGroup();
    Inspection inspection = gate.inspect("plan.pdf", pdf);

    Finding layer = GateAssertions.finding(inspection, FindingKind.HIDDEN_LAYER);
    assertThat(layer.location()).isEqualTo("layer 'Draft'");
    assertThat(layer.detail()).contains("a viewer applying the layer's usage settings may show it");
    assertThat(layer.isBlocking()).isTrue();
    Cleaned cleaned = gate.clean("plan.pdf", pdf);
    assertThat(decompressed(cleaned.content())).doesNotContain(SECRET);
  }

  private void assertHiddenOnPageOneAndCleanedAway(byte[] pdf) throws Exception {
    Inspection inspection = gate.inspect("plan.pdf", pdf);
    assertThat(inspection.findings()).extracting(Finding::kind, Finding::location, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.HIDDEN_LAYER, "page 1", Severity.BLOCKING));
    // the hidden text is in the file: every extractor reads it
    assertThat(pdfText(pdf)).contains(SECRET);
    assertThat(decompressed(pdf)).contains(SECRET);

    Cleaned cleaned = gate.clean("plan.pdf", pdf);
    assertThat(pdfText(cleaned.content())).contains("Visible page text").doesNotContain(SECRET);
    assertThat(pdftotext(cleaned.content())).contains("Visible page text").doesNotContain(SECRET);
    assertThat(decompressed(cleaned.content())).doesNotContain(SECRET);
    assertThat(gate.inspect("plan.pdf", cleaned.content()).findings()).isEmpty();
  }

  /** Groups A and B, switched on or off by default, and text under a membership of both with the policy. */
  private static byte[] pdfWithMembership(String policy, boolean aOn, boolean bOn) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup a = group(layers, "A", aOn);
      PDOptionalContentGroup b = group(layers, "B", bOn);
      doc.getDocumentCatalog().setOCProperties(layers);
      PDOptionalContentMembershipDictionary membership = new PDOptionalContentMembershipDictionary();
      membership.setOCGs(List.of(a, b));
      membership.setVisibilityPolicy(COSName.getPDFName(policy));
      page(doc, membership);
      return bytes(doc);
    }
  }

  /** Group A is on; the text's membership has the expression [/Not A]. */
  private static byte[] pdfWithExpression() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup a = group(layers, "A", true);
      doc.getDocumentCatalog().setOCProperties(layers);
      PDOptionalContentMembershipDictionary membership = new PDOptionalContentMembershipDictionary();
      membership.setOCGs(List.of(a));
      COSArray not = new COSArray();
      not.add(COSName.getPDFName("Not"));
      not.add(a);
      membership.getCOSObject().setItem(COSName.getPDFName("VE"), not);
      page(doc, membership);
      return bytes(doc);
    }
  }

  private static byte[] pdfWithVisibleLayer() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup roads = group(layers, "Roads", true);
      doc.getDocumentCatalog().setOCProperties(layers);
      page(doc, roads);
      return bytes(doc);
    }
  }

  /**
   * Group A off by default; a link annotation and a drawn form XObject, each with /OC a membership AllOn of A.
   */
  private static byte[] pdfWithHiddenLinkAndForm() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup a = group(layers, "A", false);
      doc.getDocumentCatalog().setOCProperties(layers);
      PDOptionalContentMembershipDictionary membership = new PDOptionalContentMembershipDictionary();
      membership.setOCGs(List.of(a));
      membership.setVisibilityPolicy(COSName.getPDFName("AllOn"));

      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      page.setResources(new PDResources());
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(new PDRectangle(0, 0, 300, 50));
      form.setResources(new PDResources());
      form.getCOSObject().setItem(COSName.getPDFName("OC"), membership);
      try (PDFormContentStream content = new PDFormContentStream(form)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(10, 10);
        content.showText("FormSecret");
        content.endText();
      }
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        text(content, 72, 720, "Visible page text");
        content.saveGraphicsState();
        content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(72, 600));
        content.drawForm(form);
        content.restoreGraphicsState();
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 500, 100, 20));
      PDActionURI uri = new PDActionURI();
      uri.setURI("https://example.org/LinkSecret");
      link.setAction(uri);
      link.getCOSObject().setItem(COSName.getPDFName("OC"), membership);
      page.getAnnotations().add(link);
      return bytes(doc);
    }
  }

  /** A visible form XObject drawn on the page, holding text under a membership AnyOn of a group switched off. */
  private static byte[] pdfWithHiddenContentInVisibleForm() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup a = group(layers, "A", false);
      doc.getDocumentCatalog().setOCProperties(layers);
      PDOptionalContentMembershipDictionary membership = new PDOptionalContentMembershipDictionary();
      membership.setOCGs(List.of(a));

      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      page.setResources(new PDResources());
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(new PDRectangle(0, 0, 300, 50));
      form.setResources(new PDResources());
      try (PDFormContentStream content = new PDFormContentStream(form)) {
        content.beginMarkedContent(COSName.getPDFName("OC"), membership);
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(10, 10);
        content.showText(SECRET);
        content.endText();
        content.endMarkedContent();
      }
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        text(content, 72, 720, "Visible page text");
        content.drawForm(form);
      }
      return bytes(doc);
    }
  }

  /** Group "Draft" off in /D, but its usage asks to be on for viewing and /D /AS applies that on the View event. */
  private static byte[] pdfWithViewUsageGroup() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup draft = group(layers, "Draft", false);
      COSDictionary viewState = new COSDictionary();
      viewState.setName("ViewState", "ON");
      COSDictionary usage = new COSDictionary();
      usage.setItem("View", viewState);
      draft.getCOSObject().setItem("Usage", usage);
      COSDictionary event = new COSDictionary();
      event.setName("Event", "View");
      COSArray category = new COSArray();
      category.add(COSName.getPDFName("View"));
      event.setItem("Category", category);
      COSArray groups = new COSArray();
      groups.add(draft);
      event.setItem("OCGs", groups);
      COSArray events = new COSArray();
      events.add(event);
      layers.getCOSObject().getCOSDictionary(COSName.D).setItem("AS", events);
      doc.getDocumentCatalog().setOCProperties(layers);
      page(doc, draft);
      return bytes(doc);
    }
  }

  private static PDOptionalContentGroup group(PDOptionalContentProperties layers, String name, boolean on) {
    PDOptionalContentGroup group = new PDOptionalContentGroup(name);
    layers.addGroup(group);
    layers.setGroupEnabled(group, on);
    return group;
  }

  /** One page: visible text, then the secret under the optional-content property list. */
  private static void page(PDDocument doc, PDPropertyList optional) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    page.setResources(new PDResources());
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      text(content, 72, 720, "Visible page text");
      content.beginMarkedContent(COSName.getPDFName("OC"), optional);
      text(content, 72, 700, SECRET);
      content.endMarkedContent();
    }
  }

  private static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** The file's bytes followed by every stream decoded, so compression cannot hide a string from the test. */
  private static String decompressed(byte[] pdf) throws IOException {
    StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (var key : document.getDocument().getXrefTable().keySet()) {
        COSBase object = document.getDocument().getObjectFromPool(key).getObject();
        if (object instanceof COSStream stream) {
          try (InputStream in = stream.createInputStream()) {
            text.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
          }
        }
        if (object != null) {
          text.append(object);
        }
      }
    }
    return text.toString();
  }

  /** Poppler's text extraction: a reader that shares no code with PDFBox. */
  private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("layer-check", ".pdf");
    try {
      Files.write(file, pdf);
      Process process = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", file.toString(), "-").start();
      byte[] text = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("pdftotext failed");
      }
      return new String(text, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
