package org.rightsdesk.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;

/** What any Office Open XML package can carry beside its main content: properties, macros, embeddings, custom XML. */
final class OoxmlParts {

  private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
  private static final List<String> APP_PROPERTIES = List.of("Company", "Manager", "Template");
  /** Configured once, then only used to create readers, which is thread-safe. */
  private static final XMLInputFactory XML_INPUT = secureXmlInput();

  private OoxmlParts() {}

  static List<Finding> inspect(OPCPackage pkg) throws IOException {
    List<Finding> findings = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    try {
      PackageProperties core = pkg.getPackageProperties();
      addIfSet(properties, "author", core.getCreatorProperty());
      addIfSet(properties, "last modified by", core.getLastModifiedByProperty());
    } catch (InvalidFormatException | RuntimeException unreadable) {
      properties.add("core properties (unreadable)");
    }
    try {
      for (PackagePart part : pkg.getParts()) {
        String name = part.getPartName().getName();
        String type = part.getContentType();
        if (VBA_PROJECT.equals(type) || name.toLowerCase().endsWith("vbaproject.bin")) {
          findings.add(Finding.blocking(FindingKind.MACRO, name, "a VBA macro project"));
        } else if (name.contains("/embeddings/")) {
          findings.add(Finding.blocking(FindingKind.EMBEDDED_OBJECT, name,
              "an embedded file (another document inside this one)"));
        } else if (name.startsWith("/customXml/") && name.matches("/customXml/item\\d+\\.xml")) {
          findings.add(Finding.blocking(FindingKind.CUSTOM_XML, name, "custom XML data stored with the document"));
        } else if (name.equals("/docProps/app.xml")) {
          properties.addAll(appProperties(part));
        }
      }
    } catch (InvalidFormatException e) {
      throw new IOException("The package's parts cannot be listed", e);
    }
    if (!properties.isEmpty()) {
      findings.add(Finding.advisory(FindingKind.DOCUMENT_PROPERTIES, "document properties",
          "names in the document properties: " + String.join(", ", properties)));
    }
    return findings;
  }

  private static void addIfSet(List<String> found, String label, Optional<String> value) {
    if (value.filter(v -> !v.isBlank()).isPresent()) {
      found.add(label);
    }
  }

  /** Which of Company, Manager and Template are filled in: names only, the values may be personal data. */
  private static List<String> appProperties(PackagePart part) throws IOException {
    List<String> found = new ArrayList<>();
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && APP_PROPERTIES.contains(xml.getLocalName())) {
          String label = xml.getLocalName();
          if (!xml.getElementText().isBlank()) {
            found.add(label.toLowerCase());
          }
        }
      }
    } catch (XMLStreamException e) {
      found.add("extended properties (unreadable)");
    }
    return found;
  }

  /** A StAX factory that never reads external entities or DTDs from a file under inspection. */
  static XMLInputFactory xmlInput() {
    return XML_INPUT;
  }

  private static XMLInputFactory secureXmlInput() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
