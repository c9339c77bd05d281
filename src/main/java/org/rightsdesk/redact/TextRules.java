package org.rightsdesk.redact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The text-matching part of a request (terms, patterns, detector), compiled once and run on any text. */
final class TextRules {

  record Match(DataKind kind, String reason, int start, int end) {}

  private record Compiled(DataKind kind, String reason, Pattern pattern) {}

  private final List<Compiled> rules = new ArrayList<>();
  private final PersonalDataDetector detector;
  private final String detectorReason;

  TextRules(RedactionRequest request) {
    for (RedactionRequest.Term term : request.terms()) {
      addTerm(term.text(), term.kind(), term.reason());
    }
    for (RedactionRequest.PatternRule rule : request.patterns()) {
      try {
        rules.add(new Compiled(DataKind.PATTERN, rule.reason(), Pattern.compile(rule.regex())));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("Not a valid regular expression: " + e.getDescription(), e);
      }
    }
    RedactionRequest.Detection detection = request.detector();
    if (detection != null) {
      detection.thirdPartyNames().forEach(name -> addTerm(name, DataKind.THIRD_PARTY_NAME, detection.reason()));
      detector = new PersonalDataDetector();
      detectorReason = detection.reason();
    } else {
      detector = null;
      detectorReason = null;
    }
  }

  /** The kind of the first rule, for findings that cannot be tied to one rule. */
  DataKind firstKind() {
    return rules.isEmpty() ? DataKind.PATTERN : rules.get(0).kind();
  }

  String firstReason() {
    return rules.isEmpty() ? detectorReason : rules.get(0).reason();
  }

  boolean isEmpty() {
    return rules.isEmpty() && detector == null;
  }

  /** Text as the rules see it: compatibility forms folded, so a ligature glyph matches the letters it joins. */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    for (Compiled rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new Match(rule.kind(), rule.reason(), m.start(), m.end()));
        }
      }
    }
    if (detector != null) {
      for (PersonalDataDetector.Finding f : detector.find(text)) {
        found.add(new Match(f.kind(), detectorReason, f.start(), f.end()));
      }
    }
    return found;
  }

  /**
   * A term matches whatever whitespace the PDF puts between its letters (text split across operators,
   * letter-spaced headings, line breaks), in either case. Right-to-left terms are also tried reversed because a
   * PDF may store them in visual order.
   */
  private void addTerm(String term, DataKind kind, String reason) {
    String letters = normalise(term).replaceAll("\\s+", "");
    rules.add(new Compiled(kind, reason, termPattern(letters)));
    if (letters.codePoints().anyMatch(TextRules::rightToLeft)) {
      String reversed = new StringBuilder(letters).reverse().toString();
      rules.add(new Compiled(kind, reason, termPattern(reversed)));
    }
  }

  private static Pattern termPattern(String letters) {
    StringBuilder regex = new StringBuilder();
    letters.codePoints().forEach(cp -> {
      if (regex.length() > 0) {
        regex.append("\\s*");
      }
      regex.append(Pattern.quote(new String(Character.toChars(cp))));
    });
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static boolean rightToLeft(int codePoint) {
    byte d = Character.getDirectionality(codePoint);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
