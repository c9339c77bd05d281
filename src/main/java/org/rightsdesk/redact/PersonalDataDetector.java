package org.rightsdesk.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in extracted text as redaction suggestions. Identifiers with check characters (UPN, ULN)
 * are only suggested when the check passes, so reference numbers of the same length are left alone.
 */
public final class PersonalDataDetector {

  /** A suggestion: characters [start, end) of the text hold data of this kind. */
  public record Finding(DataKind kind, int start, int end) {}

  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");

  // +44 or a leading 0, then the national number in groups separated by spaces, hyphens or brackets
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(?:\\+44[ ]?(?:\\(0\\)[ ]?)?|\\(?0)\\d(?:[ \\-)]{0,2}\\d){8,9}(?!\\d)");

  // HMRC NIM39110: no D, F, I, Q, U or V in either prefix letter, no O second; BG, GB, KN, NK, NT, TN, ZZ unused
  private static final Pattern NINO = Pattern.compile(
      "(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![A-Za-z0-9])");

  // Royal Mail format: outward code (area, district) and inward code (sector, unit); unit letters never C I K M O V
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern DATE = Pattern.compile(
      "\\b(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + ",? \\d{4}|"
          + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern BIRTH_CUE =
      Pattern.compile("\\b(?:born|d\\.?o\\.?b\\.?|date of birth|birth ?date)\\b", Pattern.CASE_INSENSITIVE);

  /** How far after "born", "DOB" or "date of birth" a date still counts as a date of birth. */
  private static final int BIRTH_CUE_REACH = 40;

  private static final Pattern UPN_SHAPE = Pattern.compile("(?<![A-Za-z0-9])[A-Z]\\d{11}[0-9A-Z](?![A-Za-z0-9])");
  private static final Pattern ULN_SHAPE = Pattern.compile("(?<![A-Za-z0-9])[1-9]\\d{9}(?![A-Za-z0-9])");

  /** DfE "Unique Pupil Numbers (UPN) – guidance": the check letter alphabet leaves out I, O and S. */
  private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  public List<Finding> find(String text) {
    List<Finding> found = new ArrayList<>();
    add(found, DataKind.EMAIL, EMAIL.matcher(text));
    add(found, DataKind.NINO, NINO.matcher(text));
    add(found, DataKind.POSTCODE, POSTCODE.matcher(text));
    Matcher upn = UPN_SHAPE.matcher(text);
    while (upn.find()) {
      if (validUpn(upn.group())) {
        found.add(new Finding(DataKind.UPN, upn.start(), upn.end()));
      }
    }
    Matcher uln = ULN_SHAPE.matcher(text);
    while (uln.find()) {
      if (validUln(uln.group())) {
        found.add(new Finding(DataKind.ULN, uln.start(), uln.end()));
      }
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      if (!overlaps(found, phone.start(), phone.end()) && plausiblePhone(phone.group())) {
        found.add(new Finding(DataKind.PHONE, phone.start(), phone.end()));
      }
    }
    Matcher cue = BIRTH_CUE.matcher(text);
    while (cue.find()) {
      Matcher date = DATE.matcher(text).region(cue.end(), Math.min(text.length(), cue.end() + BIRTH_CUE_REACH));
      if (date.find()) {
        found.add(new Finding(DataKind.DOB, date.start(), date.end()));
      }
    }
    return found;
  }

  /**
   * DfE UPN check letter: characters 2 to 13 weighted 2 to 13 (a letter in position 13, used in temporary
   * UPNs, counts as its index in the check alphabet), the sum modulo 23 indexes the check alphabet.
   */
  static boolean validUpn(String upn) {
    if (upn.length() != 13) {
      return false;
    }
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      char c = upn.charAt(i);
      int value;
      if (Character.isDigit(c)) {
        value = c - '0';
      } else if (i == 12 && UPN_LETTERS.indexOf(c) >= 0) {
        value = UPN_LETTERS.indexOf(c);
      } else {
        return false;
      }
      sum += value * (i + 1);
    }
    return upn.charAt(0) == UPN_LETTERS.charAt(sum % 23);
  }

  /**
   * ESFA/LRS ULN check digit: the first nine digits weighted 10 down to 2, sum modulo 11; a remainder of 0 is
   * never issued, otherwise the tenth digit is 10 minus the remainder.
   */
  static boolean validUln(String uln) {
    if (uln.length() != 10 || uln.charAt(0) == '0' || !uln.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (uln.charAt(i) - '0') * (10 - i);
    }
    int remainder = sum % 11;
    return remainder != 0 && uln.charAt(9) - '0' == 10 - remainder;
  }

  // UK national numbers have 9 or 10 digits after the trunk 0 and never start with 0 (Ofcom numbering plan)
  private static boolean plausiblePhone(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    String national = digits.startsWith("44") && candidate.trim().startsWith("+") ? digits.substring(2) : digits;
    if (national.startsWith("0")) {
      national = national.substring(1);
    }
    return (national.length() == 9 || national.length() == 10) && "123578".indexOf(national.charAt(0)) >= 0;
  }

  private static void add(List<Finding> found, DataKind kind, Matcher m) {
    while (m.find()) {
      found.add(new Finding(kind, m.start(), m.end()));
    }
  }

  private static boolean overlaps(List<Finding> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }
}
