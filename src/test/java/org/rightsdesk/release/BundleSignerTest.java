package org.rightsdesk.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/** The organisation's signature on a bundle: valid for PDFBox and pdfsig, and broken by one changed byte. */
class BundleSignerTest {

  final BundleSigner signer =
      new BundleSigner("", "", "", "Westshire Academy Trust", Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void a_signed_bundle_verifies_and_a_changed_byte_breaks_it() throws Exception {
    byte[] signed = signer.sign(pdf(), "IR-2026-000001");

    assertThat(valid(signed)).isTrue();
    assertThat(pdfsig(signed)).contains("Signature is Valid").contains("ETSI.CAdES.detached");
    byte[] altered = signed.clone();
    altered[200] ^= 0x01;
    assertThat(valid(altered)).isFalse();
    assertThat(pdfsig(altered)).doesNotContain("Signature is Valid");
  }

  static boolean valid(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = document.getLastSignatureDictionary();
      // the /Contents hex string is padded with zeros after the DER object; read just the object
      org.bouncycastle.asn1.cms.ContentInfo info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(
          new org.bouncycastle.asn1.ASN1InputStream(signature.getContents()).readObject());
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
      SignerInformation information = cms.getSignerInfos().getSigners().iterator().next();
      org.bouncycastle.cert.X509CertificateHolder holder =
          (org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates().getMatches(information.getSID()).iterator().next();
      return information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
    } catch (org.bouncycastle.cms.CMSException e) {
      return false;
    }
  }

  static String pdfsig(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("bundle", ".pdf");
    try {
      Files.write(file, pdf);
      Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return output;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static byte[] pdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
