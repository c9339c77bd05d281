package org.rightsdesk.portal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Files are judged by their content; each refusal says what was found. All files are made here. */
class UploadInspectorTest {

  final UploadInspector inspector = new UploadInspector(10 * 1024 * 1024, 5);

  // accepted

  @Test
  void a_plain_pdf_is_accepted_as_pdf() throws Exception {
    assertThat(inspector.inspect("application/pdf", pdf("/Type /Catalog /Pages 2 0 R"))).isEqualTo(UploadInspector.PDF);
  }

  @Test
  void a_pdf_that_opens_at_its_first_page_is_accepted() throws Exception {
    assertThat(inspector.inspect(null, pdf("/Type /Catalog /OpenAction [3 0 R /Fit]"))).isEqualTo(UploadInspector.PDF);
  }

  @Test
  void a_jpeg_photo_is_accepted_as_jpeg_whatever_alias_the_phone_declares() throws Exception {
    byte[] jpeg = image("jpg");
    assertThat(inspector.inspect("image/jpeg", jpeg)).isEqualTo(UploadInspector.JPEG);
    assertThat(inspector.inspect("image/jpg", jpeg)).isEqualTo(UploadInspector.JPEG);
  }

  @Test
  void a_png_is_accepted_as_png_even_when_the_browser_does_not_know_the_type() throws Exception {
    byte[] png = image("png");
    assertThat(inspector.inspect("image/png", png)).isEqualTo(UploadInspector.PNG);
    assertThat(inspector.inspect("application/octet-stream", png)).isEqualTo(UploadInspector.PNG);
  }

  // refused: shape and size

  @Test
  void an_empty_file_is_refused() {
    assertRejected(null, new byte[0], "The file is empty.");
  }

  @Test
  void a_file_over_the_limit_is_refused_with_the_limit() {
    UploadInspector small = new UploadInspector(1024, 5);
    assertThatThrownBy(() -> small.inspect("application/pdf", Arrays.copyOf(pdf("/Type /Catalog"), 1025)))
        .isInstanceOf(UploadRejectedException.class)
        .hasMessage("The file is larger than 1 KB.");
  }

  @Test
  void more_than_five_files_are_refused() throws Exception {
    inspector.checkCount(5);
    assertThatThrownBy(() -> inspector.checkCount(6)).hasMessage("You can upload up to 5 files at a time.");
  }

  // refused: not a document

  @ParameterizedTest
  @ValueSource(strings = {"MZ\u0090\u0000\u0003", "\u007FELF\u0002\u0001", "\u00CF\u00FA\u00ED\u00FE\u0007"})
  void programs_are_refused(String start) {
    assertRejected("application/pdf", bytes(start + "rest of the program"), "The file is a program, not a document.");
  }

  @Test
  void scripts_are_refused() {
    assertRejected("image/png", bytes("#!/bin/sh\nrm -rf /\n"), "The file is a script, not a document.");
  }

  @Test
  void zip_archives_and_office_documents_are_refused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(bytes("<w:document/>"));
    }
    assertRejected(null, out.toByteArray(), "The file is a ZIP archive or a Word, Excel or similar document.");
  }

  @Test
  void web_pages_are_refused() {
    assertRejected("application/pdf", bytes("  <!DOCTYPE html><html><script>alert(1)</script></html>"),
        "The file is a web page, which can contain scripts.");
  }

  @Test
  void svg_drawings_are_refused() {
    assertRejected("image/png", bytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
        "The file is an SVG drawing, which can contain scripts.");
  }

  @Test
  void plain_text_is_refused() {
    assertRejected(null, bytes("Dear Sir or Madam"), "The file is not a PDF, JPEG or PNG.");
  }

  // refused: active PDFs

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>|contains JavaScript",
      "/AA << /O << /S /J#61vaScript /J#53 (app.alert(1)) >> >>|contains JavaScript",
      "/OpenAction << /S /Launch /F (cmd.exe) >>|contains an action that starts another program",
      "/Names << /EmbeddedFiles 5 0 R >>|has other files attached inside it",
      "/Annots [<< /Subtype /RichMedia >>]|contains Flash or other rich media",
      "/AcroForm << /XFA 7 0 R >>|contains an interactive form that can run scripts"})
  void pdfs_with_active_content_are_refused(String catalog, String finding) {
    assertRejected("application/pdf", pdf("/Type /Catalog " + catalog), "The PDF " + finding);
  }

  @Test
  void javascript_hidden_in_a_compressed_object_stream_is_found() {
    byte[] objects = bytes("5 0 6 40 << /Type /Action /S /JavaScript /JS (app.alert(1)) >> << /Type /Page >>");
    byte[] pdf = concat(
        bytes("%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 5 0 R >> endobj\n"
            + "4 0 obj << /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode >>\nstream\n"),
        deflate(objects),
        bytes("\nendstream\nendobj\n%%EOF\n"));

    assertRejected("application/pdf", pdf, "The PDF contains JavaScript");
  }

  @Test
  void an_encrypted_pdf_is_refused() {
    byte[] pdf = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 9 0 R >>\n%%EOF\n");
    assertRejected(null, pdf, "The PDF is password-protected or encrypted");
  }

  @Test
  void compressed_page_content_and_binary_streams_do_not_cause_false_alarms() throws Exception {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[100] = '/';
    binary[101] = 'J';
    binary[102] = 'S';
    binary[103] = ' ';
    byte[] pdf = concat(
        bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n3 0 obj << /Length 20 /Filter /FlateDecode >>\nstream\n"),
        deflate(bytes("BT /F1 12 Tf (Hello) Tj ET")),
        bytes("\nendstream\nendobj\n4 0 obj << /Subtype /Image /Length 4096 >>\nstream\n"),
        binary,
        bytes("\nendstream\nendobj\n%%EOF\n"));

    assertThat(inspector.inspect("application/pdf", pdf)).isEqualTo(UploadInspector.PDF);
  }

  // refused: lies and damage

  @Test
  void a_declared_type_that_contradicts_the_content_is_refused() {
    assertRejected("image/png", pdf("/Type /Catalog"), "The file was sent as image/png but its content is a PDF.");
  }

  @Test
  void a_png_that_does_not_decode_is_refused() throws IOException {
    byte[] png = image("png");
    byte[] damaged = Arrays.copyOf(png, 40); // the signature and header survive, the pixels do not
    assertRejected("image/png", damaged, "The image could not be read; it may be damaged");
  }

  @Test
  void a_jpeg_that_does_not_decode_is_refused() {
    byte[] jpeg = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, bytes("not really a photo"));
    assertRejected("image/jpeg", jpeg, "The image could not be read; it may be damaged");
  }

  private void assertRejected(String declared, byte[] content, String message) {
    assertThatThrownBy(() -> inspector.inspect(declared, content))
        .isInstanceOf(UploadRejectedException.class)
        .hasMessageStartingWith(message);
  }

  static byte[] pdf(String catalog) {
    return bytes("%PDF-1.7\n1 0 obj << " + catalog + " >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n");
  }

  static byte[] image(String format) throws IOException {
    BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    var g = picture.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(8, 8, 40, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, format, out);
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(ISO_8859_1);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    byte[] buffer = new byte[data.length + 64];
    int n = deflater.deflate(buffer);
    deflater.end();
    return Arrays.copyOf(buffer, n);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
