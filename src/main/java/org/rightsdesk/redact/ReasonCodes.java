package org.rightsdesk.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The exemption codes a redaction may cite: the codes of decide/exemptions.json, read directly so the command
 * line can check them without starting Spring. Inside the service the same file backs ExemptionCatalogue.
 */
public final class ReasonCodes {

  private static final String CATALOGUE = "/decide/exemptions.json";

  private final Set<String> codes;

  private ReasonCodes(Set<String> codes) {
    this.codes = codes;
  }

  public static ReasonCodes fromCatalogue() {
    try (InputStream in = ReasonCodes.class.getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("The exemptions catalogue " + CATALOGUE + " is not on the classpath");
      }
      Set<String> codes = new LinkedHashSet<>();
      for (JsonNode exemption : new ObjectMapper().readTree(in).path("exemptions")) {
        codes.add(exemption.path("code").asText());
      }
      return new ReasonCodes(codes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the exemptions catalogue", e);
    }
  }

  public boolean known(String code) {
    return codes.contains(code);
  }

  /** Every reason in the request that is not a catalogue code; empty when the request is fine. */
  public Set<String> unknown(RedactionRequest request) {
    Set<String> unknown = new LinkedHashSet<>();
    request.terms().forEach(t -> check(t.reason(), unknown));
    request.patterns().forEach(p -> check(p.reason(), unknown));
    request.areas().forEach(a -> check(a.reason(), unknown));
    if (request.detector() != null) {
      check(request.detector().reason(), unknown);
    }
    return unknown;
  }

  private void check(String code, Set<String> unknown) {
    if (!known(code)) {
      unknown.add(code);
    }
  }
}
