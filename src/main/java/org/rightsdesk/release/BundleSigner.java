package org.rightsdesk.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs released bundles as the organisation (PAdES baseline: a detached CMS signature with the
 * signing-certificate-v2 attribute, sub-filter ETSI.CAdES.detached), so a requester can check nothing was
 * changed after release. The key and certificate come from a PKCS#12 keystore when one is configured;
 * otherwise a self-signed one is made at start-up, and the log says so: fine for trying the service, not
 * for production, where the signature should chain to a certificate the requester can trust.
 */
@Component
public class BundleSigner {

  private static final Logger log = LoggerFactory.getLogger(BundleSigner.class);

  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final String organisationName;
  private final Clock clock;

  BundleSigner(
      @Value("${rightsdesk.release.keystore:}") String keystore,
      @Value("${rightsdesk.release.keystore-password:}") String password,
      @Value("${rightsdesk.release.key-alias:}") String alias,
      @Value("${rightsdesk.organisation-name}") String organisationName,
      Clock clock) {
    this.organisationName = organisationName;
    this.clock = clock;
    try {
      if (keystore.isBlank()) {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        this.key = pair.getPrivate();
        this.chain = List.of(selfSigned(pair, organisationName, clock.instant()));
        log.warn("Released bundles are signed with a self-signed certificate made at start-up; configure"
            + " rightsdesk.release.keystore with the organisation's certificate for production");
      } else {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
          store.load(in, password.toCharArray());
        }
        String name = alias.isBlank() ? store.aliases().nextElement() : alias;
        this.key = (PrivateKey) store.getKey(name, password.toCharArray());
        Certificate[] certificates = store.getCertificateChain(name);
        this.chain = java.util.Arrays.stream(certificates).map(c -> (X509Certificate) c).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing keystore", e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot set up the bundle signing key", e);
    }
  }

  /** The certificate released bundles are signed with. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The bundle with the organisation's signature added as an incremental update. */
  public byte[] sign(byte[] pdf, String caseReference) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(organisationName);
      signature.setReason("Released in answer to request " + caseReference);
      Calendar when = Calendar.getInstance();
      when.setTimeInMillis(clock.millis());
      signature.setSignDate(when);
      document.addSignature(signature, this::cms);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The bundle could not be signed", e);
    }
  }

  /** The detached CMS signature over the byte ranges PDFBox hands over. */
  private byte[] cms(InputStream content) throws IOException {
    try {
      X509Certificate certificate = certificate();
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
      byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                  new AttributeTable(new DERSet(signingCertificate))))
              .build(signer, certificate));
      generator.addCertificates(new JcaCertStore(chain));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      return signed.getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cms.CMSException e) {
      throw new IOException("The signature could not be made", e);
    }
  }

  private static X509Certificate selfSigned(KeyPair pair, String organisationName, Instant now)
      throws OperatorCreationException, GeneralSecurityException, IOException {
    X500Name subject = new X500Name("CN=" + organisationName.replaceAll("[,=+<>#;\"\\\\]", " ")
        + " disclosure signing (self-signed), O=" + organisationName.replaceAll("[,=+<>#;\"\\\\]", " "));
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
        new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
        Date.from(now.plus(Duration.ofDays(3 * 365))), subject, pair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
  }
}
