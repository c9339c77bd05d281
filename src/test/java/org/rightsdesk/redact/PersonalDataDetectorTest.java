package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

  private final PersonalDataDetector detector = new PersonalDataDetector();

  private List<String> found(DataKind kind, String text) {
    return detector.find(text).stream()
        .filter(f -> f.kind() == kind)
        .map(f -> text.substring(f.start(), f.end()))
        .toList();
  }

  // check letters worked by hand: weights 2..13 over characters 2..13, sum mod 23 indexes ABCDEFGHJKLMNPQRTUVWXYZ
  @ParameterizedTest
  @CsvSource({
      "A123456789012, true",    // 1*2+2*3+...+2*13 = 368, 368 mod 23 = 0 -> A
      "R123456789012, false",
      "H801200001001, true",    // 8*2+1*6+2*7+1*13 = 53, 53 mod 23 = 7 -> H
      "H801200001002, false",   // 66 mod 23 = 20 -> X
      "X801200001002, true",
      "X12345678901A, true",    // temporary UPN: the final A counts 0, so 342 mod 23 = 20 -> X
      "A12345678901A, false",
      "A1234567890I2, false"})  // a letter only in the last place
  void upn_check_letter(String upn, boolean valid) {
    assertThat(PersonalDataDetector.validUpn(upn)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
      "1234567890, false",  // 10*1+9*2+...+2*9 = 210, 210 mod 11 = 1 -> check 9
      "1234567899, true",
      "9999999999, false",  // 9*54 = 486, 486 mod 11 = 2 -> check 8
      "9999999998, true",
      "0123456789, false",  // never starts with 0
      "1000000001, false"}) // 10 mod 11 = 10 -> check 0
  void uln_check_digit(String uln, boolean valid) {
    assertThat(PersonalDataDetector.validUln(uln)).isEqualTo(valid);
  }

  @Test
  void upn_and_uln_are_suggested_only_with_a_valid_check_character() {
    String text = "Pupil A123456789012 (not R123456789012), learner 1234567899 (not 1234567890).";
    assertThat(found(DataKind.UPN, text)).containsExactly("A123456789012");
    assertThat(found(DataKind.ULN, text)).containsExactly("1234567899");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JG103759A", "JG 10 37 59 A", "AB 12 34 56 C", "ZX123456D"})
  void national_insurance_numbers(String nino) {
    assertThat(found(DataKind.NINO, "NI: " + nino + ".")).containsExactly(nino);
  }

  @ParameterizedTest
  @ValueSource(strings = {"QQ123456C", "DA123456A", "AO123456A", "GB123456A", "NK123456A", "TN123456A", "ZZ123456A",
      "AB123456E", "AB12345C"})
  void not_national_insurance_numbers(String text) {
    assertThat(found(DataKind.NINO, "NI: " + text + ".")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA",
      "SW1A2AA"})
  void postcodes(String postcode) {
    assertThat(found(DataKind.POSTCODE, "Address: 1 Street, " + postcode + ", UK")).containsExactly(postcode);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q1 1AA", "SW1A 2CI", "AB12", "1AB 2CD"})
  void not_postcodes(String text) {
    assertThat(found(DataKind.POSTCODE, "Ref " + text + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"020 7946 0958", "+44 20 7946 0958", "+44 (0)20 7946 0958", "07700 900123", "0161-496-0000",
      "(01632) 960 001"})
  void phone_numbers(String phone) {
    assertThat(found(DataKind.PHONE, "Call " + phone + " today")).containsExactly(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024 0117", "020 7946", "0000 000 0000"})
  void not_phone_numbers(String text) {
    assertThat(found(DataKind.PHONE, "Ref " + text + " end")).isEmpty();
  }

  @Test
  void email_addresses() {
    assertThat(found(DataKind.EMAIL, "Mail a.b-c+d@mail.example.co.uk, not a@b or @example.org."))
        .containsExactly("a.b-c+d@mail.example.co.uk");
  }

  @Test
  void dates_of_birth_are_dates_near_a_birth_cue_only() {
    String text = "Letter of 01/02/2024. Date of birth: 14 March 1987. DOB 3/4/90. Born on March 5th, 1950. "
        + "Meeting 12/12/2023.";
    assertThat(found(DataKind.DOB, text)).containsExactly("14 March 1987", "3/4/90", "March 5th, 1950");
  }
}
