package org.rightsdesk.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

  private final RedactionService service = new RedactionService(ReasonCodes.fromCatalogue());

  @Test
  void the_detector_suggests_personal_data_and_third_party_names_with_where_they_are() throws Exception {
    byte[] pdf = TrickyPdfs.pdf(d -> {
      TrickyPdfs.rawPage(d, "BT /F1 12 Tf 72 700 Td (In short: the decision letter is attached.) Tj ET");
      TrickyPdfs.rawPage(d, """
          BT /F1 12 Tf 72 700 Td (Pupil A123456789012 and learner 1234567899 \\(not 1234567890\\).) Tj ET
          BT /F1 12 Tf 72 680 Td (Mrs Ada Lovelace, DOB 10/12/1815, ada@example.org, 020 7946 0958.) Tj ET
          """);
    });

    List<Suggestion> suggestions = service.suggest(pdf,
        new RedactionRequest.Detection("DPA-Sch2-third-party", List.of("Ada Lovelace")));

    assertThat(suggestions).extracting(Suggestion::page, Suggestion::kind, Suggestion::text).containsExactlyInAnyOrder(
        tuple(2, DataKind.UPN, "A123456789012"),
        tuple(2, DataKind.ULN, "1234567899"),
        tuple(2, DataKind.THIRD_PARTY_NAME, "Ada Lovelace"),
        tuple(2, DataKind.DOB, "10/12/1815"),
        tuple(2, DataKind.EMAIL, "ada@example.org"),
        tuple(2, DataKind.PHONE, "020 7946 0958"));
    Suggestion name = suggestions.stream().filter(s -> s.kind() == DataKind.THIRD_PARTY_NAME).findFirst().orElseThrow();
    // on the second line (baseline 680, 12 pt), after "Mrs " (about 23 points at 12 pt Helvetica)
    assertThat(name.box().y()).isBetween(675f, 682f);
    assertThat(name.box().x()).isBetween(90f, 100f);
    assertThat(name.box().width()).isBetween(60f, 80f);
  }
}
