package org.rightsdesk.decide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The publication scheme's classes (FOIA s19; seed 003 5.2.4), read once from a JSON file an administrator
 * edits to point at their own website. An answer that information is already published (FOIA s21, EIR
 * reg 6(1)(b)) names a class and where to find the information.
 */
@Component
public class PublicationScheme {

  /** One class of information the body publishes routinely, and where. */
  public record PublicationClass(String code, String title, String description, String where) {}

  record SchemeFile(String description, List<PublicationClass> classes) {}

  private final List<PublicationClass> classes;

  PublicationScheme(@Value("${rightsdesk.decide.publication-scheme:classpath:decide/publication-scheme.json}") Resource file) {
    this.classes = load(file);
  }

  public List<PublicationClass> classes() {
    return classes;
  }

  public Optional<PublicationClass> find(String code) {
    return classes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  static List<PublicationClass> load(Resource file) {
    SchemeFile scheme;
    try (InputStream in = file.getInputStream()) {
      scheme = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, SchemeFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the publication scheme " + file.getDescription(), e);
    }
    List<PublicationClass> classes = scheme.classes() == null ? List.of() : scheme.classes();
    Set<String> codes = new HashSet<>();
    for (PublicationClass c : classes) {
      if (blank(c.code()) || blank(c.title()) || blank(c.where()) || !codes.add(c.code())) {
        throw new IllegalStateException(
            "The publication scheme " + file.getDescription() + " is invalid: each class needs a unique code, a title and where");
      }
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("The publication scheme " + file.getDescription() + " has no classes");
    }
    return List.copyOf(classes);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
