package org.rightsdesk.gate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The test corpus, written by POI, PDFBox, Jakarta Mail and Commons Imaging as the tests run, so every hidden
 * item is in plain sight in this file. Secrets are words ending in "Secret" so a test can search for them.
 */
final class Corpus {

  static final String HIDDEN_SHEET_NAME = "Jane Hiddensheet";

  private Corpus() {}

  /** A workbook with one visible summary and one hidden sheet of staff names: the 2023 FOI breach. */
  static byte[] summaryWithHiddenStaffSheet() {
    try {
      return summaryWithHiddenStaffSheetChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] summaryWithHiddenStaffSheetChecked() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet summary = wb.createSheet("Summary");
      row(summary, 0, "Area", "Officers");
      row(summary, 1, "North", 12);
      row(summary, 2, "South", 9);
      Sheet staff = wb.createSheet("Staff");
      row(staff, 0, "Name", "Collar number");
      row(staff, 1, HIDDEN_SHEET_NAME, 4711);
      row(staff, 2, "John Hiddensheet", 4712);
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      return bytes(wb);
    }
  }

  /** Every spreadsheet hiding place in one XLSX. */
  static byte[] workbookWithEverything() {
    try {
      return workbookWithEverythingChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] workbookWithEverythingChecked() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet summary = wb.createSheet("Summary");
      row(summary, 0, "Area", "Officers", "", "Notes");
      row(summary, 1, "North", 12, "", "ColumnSecret");
      row(summary, 2, "South", 9);
      row(summary, 4, "RowSecret");
      summary.getRow(4).setZeroHeight(true);
      summary.setColumnHidden(3, true);
      Font white = wb.createFont();
      white.setColor(IndexedColors.WHITE.getIndex());
      var whiteStyle = wb.createCellStyle();
      whiteStyle.setFont(white);
      summary.getRow(1).createCell(5).setCellValue("WhiteSecret");
      summary.getRow(1).getCell(5).setCellStyle(whiteStyle);
      var semicolons = wb.createCellStyle();
      semicolons.setDataFormat(wb.createDataFormat().getFormat(";;;"));
      summary.getRow(2).createCell(5).setCellValue("FormatSecret");
      summary.getRow(2).getCell(5).setCellStyle(semicolons);
      Font tiny = wb.createFont();
      tiny.setFontHeightInPoints((short) 1);
      var tinyStyle = wb.createCellStyle();
      tinyStyle.setFont(tiny);
      summary.createRow(3).createCell(5).setCellValue("TinySecret");
      summary.getRow(3).getCell(5).setCellStyle(tinyStyle);
      comment(wb, summary, 1, 1, "CommentSecret");

      XSSFSheet filtered = wb.createSheet("Filtered");
      row(filtered, 0, "Team", "Count");
      row(filtered, 1, "A", 1);
      row(filtered, 2, "FilterSecret", 2);
      row(filtered, 3, "C", 3);
      filtered.setAutoFilter(CellRangeAddress.valueOf("A1:B4"));
      filtered.getRow(2).setZeroHeight(true);

      XSSFSheet pivot = wb.createSheet("Pivot");
      pivot.createPivotTable(new AreaReference("Summary!A1:B3", SpreadsheetVersion.EXCEL2007),
          new CellReference("A1"), summary).addRowLabel(0);

      Sheet staff = wb.createSheet("Staff");
      row(staff, 0, HIDDEN_SHEET_NAME);
      wb.setSheetVisibility(wb.getSheetIndex(staff), SheetVisibility.HIDDEN);
      Sheet vault = wb.createSheet("Vault");
      row(vault, 0, "VeryHiddenSecret");
      wb.setSheetVisibility(wb.getSheetIndex(vault), SheetVisibility.VERY_HIDDEN);

      var name = wb.createName();
      name.setNameName("StaffList");
      name.setRefersToFormula("Staff!$A$1:$A$3");

      try (XSSFWorkbook other = new XSSFWorkbook()) {
        other.createSheet("Sheet1");
        wb.linkExternalWorkbook("payroll.xlsx", other);
      }
      return bytes(wb);
    }
  }

  /** An ordinary table: nothing hidden. */
  static byte[] plainTable() {
    try {
      return plainTableChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] plainTableChecked() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Requests");
      row(sheet, 0, "Month", "Requests", "Answered on time");
      row(sheet, 1, "January", 120, 111);
      row(sheet, 2, "February", 98, 95);
      return bytes(wb);
    }
  }

  /** A macro-enabled workbook carrying a VBA project part. */
  static byte[] macroWorkbook() {
    try {
      return macroWorkbookChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] macroWorkbookChecked() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      row(wb.createSheet("Data"), 0, "Macro", "host");
      OPCPackage pkg = wb.getPackage();
      try {
        PackagePart vba = pkg.createPart(PackagingURIHelper.createPartName("/xl/vbaProject.bin"),
            "application/vnd.ms-office.vbaProject");
        try (OutputStream out = vba.getOutputStream()) {
          out.write("not really VBA".getBytes(StandardCharsets.US_ASCII));
        }
        wb.getPackagePart().addRelationship(vba.getPartName(), TargetMode.INTERNAL,
            "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new IOException(e);
      }
      return bytes(wb);
    }
  }

  /** A 97-2003 workbook with a hidden sheet, a hidden row, white text and a note. */
  static byte[] legacyWorkbook() {
    try {
      return legacyWorkbookChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] legacyWorkbookChecked() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet summary = wb.createSheet("Summary");
      row(summary, 0, "Area", "Officers");
      row(summary, 1, "North", 12);
      row(summary, 3, "RowSecret");
      summary.getRow(3).setZeroHeight(true);
      Font white = wb.createFont();
      white.setColor(IndexedColors.WHITE.getIndex());
      var whiteStyle = wb.createCellStyle();
      whiteStyle.setFont(white);
      summary.getRow(1).createCell(3).setCellValue("WhiteSecret");
      summary.getRow(1).getCell(3).setCellStyle(whiteStyle);
      comment(wb, summary, 1, 1, "CommentSecret");
      Sheet staff = wb.createSheet("Staff");
      row(staff, 0, HIDDEN_SHEET_NAME);
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook of {@code rows} rows written through SXSSF, so building it does not hold it whole either. */
  static byte[] largeWorkbook(int rows) throws IOException {
    return largeWorkbook(rows, -1);
  }

  /** The same, with row {@code hiddenRow} (0-based) hidden, or none when negative. */
  static byte[] largeWorkbook(int rows, int hiddenRow) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = wb.createSheet("Cases");
      for (int r = 0; r < rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("FOI/" + (100000 + r));
        row.createCell(1).setCellValue(r % 20);
        row.createCell(2).setCellValue(r % 3 == 0 ? "Answered" : "Open");
        row.createCell(3).setCellValue("Department " + (r % 17));
        row.setZeroHeight(r == hiddenRow);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    }
  }

  /**
   * An OpenDocument spreadsheet written as its XML (no ODF library is on the classpath): a visible summary with
   * a hidden row, a filtered row, a hidden column and a note, and a sheet hidden through its table style.
   */
  static byte[] openDocumentSpreadsheet() throws IOException {
    String content = "<office:document-content"
        + " xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'"
        + " xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0'"
        + " xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0'"
        + " xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'>"
        + "<office:automatic-styles>"
        + "<style:style style:name='ta1' style:family='table'><style:table-properties table:display='true'/></style:style>"
        + "<style:style style:name='ta2' style:family='table'><style:table-properties table:display='false'/></style:style>"
        + "</office:automatic-styles><office:body><office:spreadsheet>"
        + "<table:table table:name='Summary' table:style-name='ta1'>"
        + "<table:table-column table:number-columns-repeated='2'/>"
        + "<table:table-column table:visibility='collapse'/>"
        + "<table:table-row>" + cells("Area", "Officers") + "</table:table-row>"
        + "<table:table-row><table:table-cell><text:p>North</text:p>"
        + "<office:annotation><text:p>CommentSecret</text:p></office:annotation></table:table-cell>"
        + cells("12", "ColumnSecret") + "</table:table-row>"
        + "<table:table-row table:visibility='collapse'>" + cells("RowSecret") + "</table:table-row>"
        + "<table:table-row table:visibility='filter'>" + cells("FilterSecret") + "</table:table-row>"
        + "<table:table-row>" + cells("South", "9") + "</table:table-row>"
        + "<table:table-row table:number-rows-repeated='1048570'><table:table-cell/></table:table-row>"
        + "</table:table>"
        + "<table:table table:name='Staff' table:style-name='ta2'><table:table-row>" + cells(HIDDEN_SHEET_NAME)
        + "</table:table-row></table:table>"
        + "</office:spreadsheet></office:body></office:document-content>";
    return openDocument("application/vnd.oasis.opendocument.spreadsheet", content);
  }

  /** An OpenDocument presentation: a type the gate does not read, so it must not pass. */
  static byte[] openDocumentPresentation() throws IOException {
    return openDocument("application/vnd.oasis.opendocument.presentation",
        "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'/>");
  }

  private static String cells(String... values) {
    StringBuilder xml = new StringBuilder();
    for (String value : values) {
      xml.append("<table:table-cell><text:p>").append(value).append("</text:p></table:table-cell>");
    }
    return xml.toString();
  }

  /** The mimetype entry first and stored, as the format requires, then content.xml. */
  private static byte[] openDocument(String mediaType, String content) throws IOException {
    return openDocument(mediaType, java.util.Map.of("content.xml", content.getBytes(StandardCharsets.UTF_8)));
  }

  /** The mimetype entry first and stored, as the format requires, then the given parts. */
  static byte[] openDocument(String mediaType, java.util.Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      for (var part : new java.util.TreeMap<>(parts).entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] encryptedWorkbook() throws Exception {
    byte[] plain = plainTable();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("password");
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain));
          OutputStream out = encryptor.getDataStream(fs)) {
        pkg.save(out);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A Word document with every hiding place a letter can have. */
  static byte[] letterWithEverything() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setCreator("Alice Author");
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Example Council");
      doc.createParagraph().createRun().setText("Dear requester,");
      XWPFParagraph changed = doc.createParagraph();
      changed.getCTP().set(CTP.Factory.parse("<xml-fragment xmlns:w='" + DocxGate.W + "'>"
          + "<w:r><w:t xml:space='preserve'>We hold </w:t></w:r>"
          + "<w:del w:id='1' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'><w:r>"
          + "<w:delText>DeletedSecret </w:delText></w:r></w:del>"
          + "<w:ins w:id='2' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'><w:r>"
          + "<w:t xml:space='preserve'>the inserted words </w:t></w:r></w:ins>"
          + "<w:r><w:t>you asked for.</w:t></w:r></xml-fragment>"));
      XWPFParagraph hidden = doc.createParagraph();
      hidden.createRun().setText("Visible sentence. ");
      XWPFRun vanish = hidden.createRun();
      vanish.setText("HiddenSecret");
      vanish.setVanish(true);
      XWPFRun picture = doc.createParagraph().createRun();
      picture.addPicture(new ByteArrayInputStream(png(false)), Document.PICTURE_TYPE_PNG, "AltSecret.png",
          10000, 10000);
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("HeaderSecret");
      XWPFComments comments = doc.createComments();
      XWPFComment comment = comments.createComment(BigInteger.ONE);
      comment.setAuthor("Reviewer");
      comment.createParagraph().createRun().setText("CommentSecret");
      OPCPackage pkg = doc.getPackage();
      PackagePart embedded = pkg.createPart(
          PackagingURIHelper.createPartName("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      try (OutputStream out = embedded.getOutputStream()) {
        out.write(summaryWithHiddenStaffSheet());
      }
      doc.getPackagePart().addRelationship(embedded.getPartName(), TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package");
      PackagePart custom = pkg.createPart(PackagingURIHelper.createPartName("/customXml/item1.xml"),
          "application/xml");
      try (OutputStream out = custom.getOutputStream()) {
        out.write("<case><officer>CustomSecret</officer></case>".getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(custom.getPartName(), TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml");
      doc.createParagraph().createRun().setText("Yours sincerely");
      doc.createFootnote().createParagraph().createRun().setText("Section 40(2) applies to staff names.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** An ordinary letter: nothing hidden. */
  static byte[] plainLetter() {
    try {
      return plainLetterChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] plainLetterChecked() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Dear requester,");
      doc.createParagraph().createRun().setText("Thank you for your request of 3 March.");
      doc.createParagraph().createRun().setText("Yours sincerely");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** A PDF with metadata, XMP, an attachment, a script, a form field, a note and a layer switched off. */
  static byte[] pdfWithEverything() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      doc.getDocumentInformation().setAuthor("Alice Author");
      PDMetadata xmp = new PDMetadata(doc);
      try (OutputStream out = xmp.createOutputStream()) {
        out.write("<x:xmpmeta xmlns:x='adobe:ns:meta/'>XmpSecret</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
      }
      doc.getDocumentCatalog().setMetadata(xmp);

      PDOptionalContentProperties layers = new PDOptionalContentProperties();
      PDOptionalContentGroup secretLayer = new PDOptionalContentGroup("Secret layer");
      layers.addGroup(secretLayer);
      layers.setGroupEnabled(secretLayer, false);
      doc.getDocumentCatalog().setOCProperties(layers);
      page.setResources(new PDResources());
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText("Visible PDF text");
        content.endText();
        content.beginMarkedContent(COSName.getPDFName("OC"), secretLayer);
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("LayerSecret");
        content.endText();
        content.endMarkedContent();
      }

      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("AttachedSecret.txt");
      PDEmbeddedFile file = new PDEmbeddedFile(doc,
          new ByteArrayInputStream("AttachedSecret".getBytes(StandardCharsets.US_ASCII)));
      spec.setEmbeddedFile(file);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("AttachedSecret.txt", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('ScriptSecret')"));

      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDTextField field = new PDTextField(form);
      field.setPartialName("officer");
      form.getFields().add(field);

      PDAnnotationText note = new PDAnnotationText();
      note.setContents("NoteSecret");
      note.setRectangle(new PDRectangle(72, 600, 20, 20));
      page.getAnnotations().add(note);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF saved once, then changed and saved again incrementally: the first version is still in the file. */
  static byte[] pdfWithEarlierRevision() throws IOException {
    byte[] first = plainPdf("RevisionSecret");
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(first)) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream content = new PDPageContentStream(doc, page,
          PDPageContentStream.AppendMode.OVERWRITE, true)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText("Second version");
        content.endText();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.saveIncremental(out);
      return out.toByteArray();
    }
  }

  static byte[] plainPdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] passwordPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A photo whose EXIF holds a GPS position, an artist and a body serial number. */
  static byte[] jpegWithGps() throws Exception {
    byte[] plain = jpeg();
    TiffOutputSet exif = new TiffOutputSet();
    exif.setGpsInDegrees(-1.2577, 51.7520);
    TiffOutputDirectory root = exif.getOrCreateRootDirectory();
    root.add(TiffTagConstants.TIFF_TAG_ARTIST, "ArtistSecret");
    exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-Secret-42");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
    return out.toByteArray();
  }

  static byte[] jpeg() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(BufferedImage.TYPE_INT_RGB), "jpeg", out);
    return out.toByteArray();
  }

  /** A PNG, with an Author text chunk when asked. */
  static byte[] png(boolean withAuthor) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(BufferedImage.TYPE_INT_ARGB), "png", out);
    byte[] plain = out.toByteArray();
    if (!withAuthor) {
      return plain;
    }
    // a tEXt chunk goes after IHDR (8-byte signature + 25-byte IHDR chunk)
    byte[] data = "Author\0AuthorSecret".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
    crc.update(data);
    chunk.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    chunk.write("tEXt".getBytes(StandardCharsets.US_ASCII));
    chunk.write(data);
    chunk.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    ByteArrayOutputStream withChunk = new ByteArrayOutputStream();
    withChunk.write(plain, 0, 33);
    withChunk.write(chunk.toByteArray());
    withChunk.write(plain, 33, plain.length - 33);
    return withChunk.toByteArray();
  }

  private static BufferedImage picture(int type) {
    BufferedImage image = new BufferedImage(64, 48, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.BLUE);
    g.fillOval(10, 10, 30, 20);
    g.dispose();
    return image;
  }

  /** An email to several people, with its Received chain, the sender's IP and a workbook attached. */
  static byte[] emailWithEverything(byte[] attachment, String attachmentName) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.addHeader("Received", "from laptop-42.example.org ([192.0.2.10]) by mx.example.org");
    message.addHeader("Received", "from mx.example.org by mail.council.example");
    message.addHeader("X-Originating-IP", "[192.0.2.10]");
    message.setFrom(new InternetAddress("officer@council.example"));
    message.setRecipients(Message.RecipientType.TO, "requester@example.com, colleague@council.example");
    message.setRecipients(Message.RecipientType.CC, "manager@council.example");
    message.setSubject("Figures you asked for");
    message.setSentDate(new java.util.Date(1_780_000_000_000L));
    MimeMultipart body = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Please find the figures attached.", "UTF-8");
    body.addBodyPart(text);
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/octet-stream")));
    file.setFileName(attachmentName);
    body.addBodyPart(file);
    message.setContent(body);
    message.saveChanges();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new ZipEntry(names.get(i)));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** 64 MiB of zeros, deflated to a few dozen kilobytes. */
  static byte[] zipBomb() {
    try {
      return zipBombChecked();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] zipBombChecked() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
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

  private static void comment(Workbook wb, Sheet sheet, int row, int col, String text) {
    CreationHelper factory = wb.getCreationHelper();
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = factory.createClientAnchor();
    anchor.setRow1(row);
    anchor.setCol1(col);
    anchor.setRow2(row + 3);
    anchor.setCol2(col + 3);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(factory.createRichTextString(text));
    comment.setAuthor("Reviewer");
    sheet.getRow(row).getCell(col).setCellComment(comment);
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
