package org.rightsdesk.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The shipped catalogue, checked against FOIA s2(3), EIR reg 12 and 13 and the DPA 2018 schedules. */
class ExemptionCatalogueTest {

  final ExemptionCatalogue catalogue = new ExemptionCatalogue(new ClassPathResource("decide/exemptions.json"));

  @Test
  void codes_are_unique_and_every_entry_has_an_explanation_for_the_letter() {
    List<String> codes = catalogue.all().stream().map(Exemption::code).toList();

    assertThat(codes).doesNotHaveDuplicates();
    assertThat(catalogue.all()).allSatisfy(e -> {
      assertThat(e.explanation()).as(e.code()).isNotBlank();
      assertThat(e.legislation()).as(e.code()).isNotBlank();
      assertThat(e.section()).as(e.code()).isNotBlank();
      assertThat(e.regimes()).as(e.code()).isNotEmpty();
    });
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void every_regime_has_entries(Regime regime) {
    assertThat(catalogue.forRegime(regime)).isNotEmpty().allSatisfy(e -> assertThat(e.appliesTo(regime)).isTrue());
  }

  /** FOIA s2(3) lists the absolute exemptions; s40(2) is absolute where the first condition is met. */
  @ParameterizedTest
  @ValueSource(strings = {"FOIA-s21", "FOIA-s23", "FOIA-s32", "FOIA-s34", "FOIA-s37(1)(a)-(ab)", "FOIA-s40(1)",
      "FOIA-s40(2)", "FOIA-s41", "FOIA-s44"})
  void the_exemptions_in_FOIA_s2_3_are_absolute(String code) {
    Exemption e = catalogue.find(code).orElseThrow();

    assertThat(e.absolute()).isTrue();
    assertThat(e.publicInterestTest()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOIA-s22", "FOIA-s24", "FOIA-s30", "FOIA-s31", "FOIA-s36", "FOIA-s38", "FOIA-s42",
      "FOIA-s43(1)", "FOIA-s43(2)", "FOIA-s40(2)-s40(4A)"})
  void other_FOIA_exemptions_are_qualified(String code) {
    Exemption e = catalogue.find(code).orElseThrow();

    assertThat(e.absolute()).isFalse();
    assertThat(e.publicInterestTest()).isTrue();
  }

  /** Besides the s2(3) exemptions, the s14 grounds (vexatious, repeated) are not weighed: they are not exemptions. */
  @Test
  void the_only_absolute_FOIA_entries_are_those_in_s2_3_and_the_section_14_grounds() {
    assertThat(catalogue.forRegime(Regime.FOI).stream().filter(Exemption::absolute).map(Exemption::code))
        .containsExactlyInAnyOrder("FOIA-s21", "FOIA-s23", "FOIA-s32", "FOIA-s34", "FOIA-s37(1)(a)-(ab)",
            "FOIA-s40(1)", "FOIA-s40(2)", "FOIA-s41", "FOIA-s44", "FOIA-s14(1)", "FOIA-s14(2)");
  }

  /** EIR reg 12(1)(b): every reg 12(4) and 12(5) exception is weighed in the public interest. */
  @Test
  void every_EIR_regulation_12_exception_is_subject_to_the_public_interest_test() {
    List<Exemption> reg12 = catalogue.forRegime(Regime.EIR).stream().filter(e -> e.code().startsWith("EIR-r12")).toList();

    assertThat(reg12).extracting(Exemption::code).containsExactlyInAnyOrder(
        "EIR-r12(4)(a)", "EIR-r12(4)(b)", "EIR-r12(4)(c)", "EIR-r12(4)(d)", "EIR-r12(4)(e)",
        "EIR-r12(5)(a)", "EIR-r12(5)(b)", "EIR-r12(5)(c)", "EIR-r12(5)(d)", "EIR-r12(5)(e)",
        "EIR-r12(5)(f)", "EIR-r12(5)(g)");
    assertThat(reg12).allSatisfy(e -> assertThat(e.publicInterestTest()).as(e.code()).isTrue());
  }

  @Test
  void EIR_personal_data_is_absolute_under_the_first_condition_and_only_12_5_a_allows_ncnd_under_reg_12_6() {
    assertThat(catalogue.find("EIR-r13").orElseThrow().absolute()).isTrue();
    assertThat(catalogue.find("EIR-r13(2B)").orElseThrow().publicInterestTest()).isTrue();
    assertThat(catalogue.forRegime(Regime.EIR).stream()
            .filter(e -> e.code().startsWith("EIR-r12") && e.ncnd()).map(Exemption::code))
        .containsExactly("EIR-r12(5)(a)");
  }

  /** Reg 12(9): the exceptions in 12(5)(d) to (g) cannot be used for information on emissions. */
  @ParameterizedTest
  @ValueSource(strings = {"EIR-r12(5)(d)", "EIR-r12(5)(e)", "EIR-r12(5)(f)", "EIR-r12(5)(g)"})
  void the_emissions_override_is_noted_where_it_applies(String code) {
    assertThat(catalogue.find(code).orElseThrow().note()).contains("12(9)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DPA-Sch3-serious-harm", "DPA-Sch3-social-work", "DPA-Sch3-education-data",
      "DPA-Sch3-child-abuse-data", "DPA-Sch3-court-data", "DPA-Sch2-LPP", "DPA-Sch2-confidential-references",
      "DPA-Sch2-management-forecasts", "DPA-Sch2-negotiations", "DPA-Sch2-third-party", "DPA-Sch2-judicial-proceedings"})
  void the_DPA_exemptions_a_school_needs_are_there_for_SARs_only(String code) {
    Exemption e = catalogue.find(code).orElseThrow();

    assertThat(e.regimes()).containsExactly(Regime.SAR);
    assertThat(e.publicInterestTest()).isFalse();
  }

  @Test
  void a_catalogue_that_breaks_the_rules_is_refused_with_every_problem_named() {
    String broken = """
        {"description": "x", "sources": [], "exemptions": [
          {"code": "A", "legislation": "L", "section": "s1", "title": "T", "absolute": true, "publicInterestTest": true,
           "regimes": ["FOI"], "ncnd": false, "explanation": "E"},
          {"code": "A", "legislation": "L", "section": "s2", "title": "T", "absolute": false, "publicInterestTest": false,
           "regimes": ["EIR"], "ncnd": false, "explanation": " "}]}""";

    assertThatThrownBy(() -> new ExemptionCatalogue(new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("A: code used twice")
        .hasMessageContaining("cannot be both absolute")
        .hasMessageContaining("explanation are required")
        .hasMessageContaining("either absolute or subject");
  }

  @Test
  void an_unknown_field_in_the_file_is_refused_rather_than_ignored() {
    String typo = """
        {"exemptions": [{"code": "A", "legislation": "L", "section": "s1", "title": "T", "absolute": true,
         "publicInterestTest": false, "regimes": ["FOI"], "ncnd": false, "explanation": "E", "absolut": true}]}""";

    assertThatThrownBy(() -> new ExemptionCatalogue(new ByteArrayResource(typo.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("Cannot read");
  }

  @Test
  void regimes_are_copied_so_an_entry_cannot_change() {
    Exemption e = catalogue.find("FOIA-s21").orElseThrow();

    assertThat(e.regimes()).isEqualTo(Set.of(Regime.FOI));
  }
}
