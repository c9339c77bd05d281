package org.rightsdesk.decide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rightsdesk.request.RequestType;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The exemptions caseworkers may cite, read once from a JSON file an administrator can edit (by default
 * classpath:decide/exemptions.json; its description names the legislation it was checked against). A file
 * that breaks the catalogue's rules stops the service starting rather than letting a refusal cite a wrong entry.
 */
@Component
public class ExemptionCatalogue {

  record CatalogueFile(String description, List<String> sources, List<Exemption> exemptions) {}

  private final List<Exemption> exemptions;

  ExemptionCatalogue(@Value("${rightsdesk.decide.catalogue:classpath:decide/exemptions.json}") Resource file) {
    this.exemptions = load(file);
  }

  /** Every entry, FOIA first, then EIR, then DPA, in file order within each. */
  public List<Exemption> all() {
    return exemptions;
  }

  public List<Exemption> forRegime(Regime regime) {
    return exemptions.stream().filter(e -> e.appliesTo(regime)).toList();
  }

  public Optional<Exemption> find(String code) {
    return exemptions.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /**
   * The entries a caseworker cited, as comma-separated codes, for a case of this regime; an unknown code or
   * one that does not apply to the regime is an error naming the exemptionCodes field.
   */
  public List<Exemption> cited(String codes, RequestType caseRegime) {
    List<Exemption> found = new ArrayList<>();
    if (codes == null || codes.isBlank()) {
      return found;
    }
    Regime regime = Regime.of(caseRegime);
    for (String code : Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList()) {
      Exemption exemption =
          find(code).orElseThrow(() -> new InvalidInputException("exemptionCodes", code + " is not in the exemptions catalogue"));
      if (!exemption.appliesTo(regime)) {
        throw new InvalidInputException("exemptionCodes", code + " does not apply to a " + regime + " request");
      }
      found.add(exemption);
    }
    return found;
  }

  static List<Exemption> load(Resource file) {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    CatalogueFile catalogue;
    try (InputStream in = file.getInputStream()) {
      catalogue = json.readValue(in, CatalogueFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the exemptions catalogue " + file.getDescription(), e);
    }
    List<String> problems = check(catalogue.exemptions() == null ? List.of() : catalogue.exemptions());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The exemptions catalogue " + file.getDescription() + " is invalid: " + problems);
    }
    return catalogue.exemptions().stream()
        .sorted(Comparator.comparingInt(ExemptionCatalogue::legislationOrder))
        .toList();
  }

  static List<String> check(List<Exemption> entries) {
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    if (entries.isEmpty()) {
      problems.add("no exemptions");
    }
    for (Exemption e : entries) {
      String code = e.code();
      if (blank(code)) {
        problems.add("an entry has no code");
        continue;
      }
      if (!codes.add(code)) {
        problems.add(code + ": code used twice");
      }
      if (blank(e.legislation()) || blank(e.section()) || blank(e.title()) || blank(e.explanation())) {
        problems.add(code + ": legislation, section, title and explanation are required");
      }
      if (e.regimes().isEmpty()) {
        problems.add(code + ": names no regime");
      }
      if (e.absolute() && e.publicInterestTest()) {
        problems.add(code + ": cannot be both absolute and subject to the public interest test");
      }
      // FOIA and EIR grounds are either absolute or weighed in the public interest; nothing in between
      if (!e.appliesTo(Regime.SAR) && e.absolute() == e.publicInterestTest()) {
        problems.add(code + ": an FOI or EIR entry is either absolute or subject to the public interest test");
      }
    }
    return problems;
  }

  private static int legislationOrder(Exemption e) {
    return e.code().startsWith("FOIA") ? 0 : e.code().startsWith("EIR") ? 1 : 2;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
