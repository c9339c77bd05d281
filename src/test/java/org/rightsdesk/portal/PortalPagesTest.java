package org.rightsdesk.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The requester's pages behind a link, with the process side recorded by {@link RecordingAnswers}. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RecordingAnswers.Config.class)
class PortalPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PortalTokens tokens;
  @Autowired RecordingAnswers answers;

  String reference;

  @BeforeEach
  void given_a_case() {
    reference = MigratedDatabase.newCase(jdbc);
  }

  // the pages

  @Test
  void a_clarification_link_shows_the_status_due_date_question_and_a_text_box() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(get("/portal/" + token))
        .andExpect(status().isOk())
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(allOf(
            containsString(reference),
            containsString("Paused until we hear from you"),
            containsString("14 April 2026"),
            containsString("Which school years do you mean?"),
            containsString("<textarea class=\"govuk-textarea\" id=\"answer\" name=\"answer\""),
            containsString("maxlength=\"10000\""),
            containsString("name=\"_csrf\""),
            not(containsString("<script")))));
  }

  @Test
  void an_evidence_link_shows_a_multiple_file_input_and_the_document_types() throws Exception {
    String token = issue(reference, PortalPurpose.IDENTITY_EVIDENCE);

    mvc.perform(get("/portal/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString(reference),
            containsString("enctype=\"multipart/form-data\""),
            containsString("type=\"file\" multiple"),
            containsString("<option value=\"Passport\">Passport</option>"),
            containsString("<option value=\"Driving licence\">Driving licence</option>"),
            containsString("Up to 5 files, each no larger than 10 MB"))));
  }

  @Test
  void a_fee_link_shows_the_fee_and_two_buttons() throws Exception {
    String token = issue(reference, PortalPurpose.FEE);

    mvc.perform(get("/portal/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString(reference),
            containsString("Copying 600 pages and postage."),
            containsString("£12.50"),
            containsString("name=\"decision\" value=\"accept\""),
            containsString("I will pay"),
            containsString("name=\"decision\" value=\"decline\""),
            containsString("I do not want to go on"))));
  }

  // answers

  @Test
  void an_answer_reaches_the_process_once_and_the_same_link_again_changes_nothing() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION").param("answer", "Years 7 to 9"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Answer received"), containsString(reference))));

    assertThat(answers.callsFor(reference)).containsExactly("clarification " + reference + " Years 7 to 9");
    assertThat(tokens.resolve(token)).isEmpty();

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION").param("answer", "Years 7 to 9"))
        .andExpect(status().isGone())
        .andExpect(content().string(allOf(containsString("We already have your answer"), containsString("Nothing has changed"))));
    mvc.perform(get("/portal/" + token)).andExpect(status().isGone());

    assertThat(answers.callsFor(reference)).hasSize(1);
  }

  @Test
  void evidence_is_checked_and_passed_on_with_its_detected_type() throws Exception {
    String token = issue(reference, PortalPurpose.IDENTITY_EVIDENCE);
    byte[] png = UploadInspectorTest.image("png");

    mvc.perform(multipart("/portal/" + token)
            .file(new MockMultipartFile("files", "passport.png", "image/png", png))
            .with(csrf()).param("purpose", "IDENTITY_EVIDENCE").param("documentType", "Passport"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Documents received")));

    assertThat(answers.callsFor(reference)).containsExactly("evidence " + reference + " 1");
    UploadedFile sent = answers.evidence.get(answers.evidence.size() - 1).get(0);
    assertThat(sent.documentType()).isEqualTo("Passport");
    assertThat(sent.contentType()).isEqualTo("image/png");
    assertThat(sent.originalName()).isEqualTo("passport.png");
    assertThat(sent.content()).isEqualTo(png);
    assertThat(tokens.resolve(token)).isEmpty();
  }

  @Test
  void a_fee_decision_is_passed_on() throws Exception {
    String token = issue(reference, PortalPurpose.FEE);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "FEE").param("decision", "decline"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Decision received")));

    assertThat(answers.callsFor(reference)).containsExactly("fee " + reference + " false");
  }

  @Test
  void an_answer_the_process_already_has_shows_the_already_page() throws Exception {
    answers.answerWith(reference, AnswerOutcome.ALREADY_ANSWERED);
    String token = issue(reference, PortalPurpose.FEE);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "FEE").param("decision", "accept"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("We already have your answer"), containsString("Nothing has changed"))));
  }

  @Test
  void an_answer_the_process_no_longer_waits_for_shows_the_no_longer_needed_page() throws Exception {
    answers.answerWith(reference, AnswerOutcome.NOT_WAITING);
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION").param("answer", "All of them"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This link is no longer needed")));
  }

  @Test
  void an_empty_answer_is_asked_for_again_and_nothing_is_sent() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION").param("answer", "  "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#answer\""),
            containsString("Enter your answer"))));

    assertThat(answers.callsFor(reference)).isEmpty();
    assertThat(tokens.resolve(token)).isPresent();
  }

  @Test
  void what_was_typed_is_kept_and_escaped_when_the_form_comes_back() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION")
            .param("answer", "<script>alert(1)</script>" + "x".repeat(10_000)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(allOf(containsString("10000 characters or fewer"),
            containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")))));

    assertThat(answers.callsFor(reference)).isEmpty();
  }

  // refusals

  @Test
  void a_forged_link_gets_a_plain_not_found_page_that_names_no_case() throws Exception {
    mvc.perform(get("/portal/" + "Q".repeat(43)))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(content().string(allOf(containsString("This link does not work"), not(containsString("IR-")))));
    mvc.perform(get("/portal/" + reference)).andExpect(status().isNotFound());
    mvc.perform(post("/portal/" + "Q".repeat(43)).with(csrf()).param("purpose", "FEE").param("decision", "accept"))
        .andExpect(status().isNotFound());

    assertThat(answers.callsFor(reference)).isEmpty();
  }

  @Test
  void an_expired_link_is_refused_and_nothing_changes() throws Exception {
    String token = issue(reference, PortalPurpose.FEE);
    jdbc.sql("UPDATE portal_token SET expires_at = ? WHERE case_reference = ?")
        .params(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC), reference)
        .update();

    mvc.perform(get("/portal/" + token))
        .andExpect(status().isGone())
        .andExpect(content().string(allOf(containsString("This link has expired"), not(containsString(reference)))));
    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "FEE").param("decision", "accept"))
        .andExpect(status().isGone());

    assertThat(answers.callsFor(reference)).isEmpty();
    assertThat(usedAt(reference)).isZero();
  }

  @Test
  void a_revoked_link_is_refused() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);
    tokens.revoke(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(get("/portal/" + token)).andExpect(status().isGone());
  }

  @Test
  void a_clarification_link_cannot_answer_a_fee_or_send_evidence() throws Exception {
    String token = issue(reference, PortalPurpose.CLARIFICATION);

    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "FEE").param("decision", "accept"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This link cannot be used for that answer")));
    mvc.perform(multipart("/portal/" + token)
            .file(new MockMultipartFile("files", "passport.png", "image/png", UploadInspectorTest.image("png")))
            .with(csrf()).param("purpose", "IDENTITY_EVIDENCE").param("documentType", "Passport"))
        .andExpect(status().isBadRequest());
    // the fields of another purpose are ignored even under the right purpose
    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "CLARIFICATION").param("decision", "accept"))
        .andExpect(status().isBadRequest());

    assertThat(answers.callsFor(reference)).isEmpty();
    assertThat(tokens.resolve(token)).isPresent();
  }

  @Test
  void one_case_link_never_shows_another_case() throws Exception {
    String other = MigratedDatabase.newCase(jdbc);
    String token = issue(reference, PortalPurpose.FEE);
    issue(other, PortalPurpose.FEE);

    mvc.perform(get("/portal/" + token))
        .andExpect(content().string(allOf(containsString(reference), not(containsString(other)))));
    mvc.perform(post("/portal/" + token).with(csrf()).param("purpose", "FEE").param("decision", "accept"));

    assertThat(answers.callsFor(other)).isEmpty();
    assertThat(answers.callsFor(reference)).containsExactly("fee " + reference + " true");
  }

  @Test
  void an_answer_without_the_form_token_is_refused_and_nothing_changes() throws Exception {
    String token = issue(reference, PortalPurpose.FEE);

    mvc.perform(post("/portal/" + token).param("purpose", "FEE").param("decision", "accept"))
        .andExpect(status().isForbidden());

    assertThat(answers.callsFor(reference)).isEmpty();
    assertThat(tokens.resolve(token)).isPresent();
  }

  @Test
  void an_oversized_file_gets_a_clear_message_and_nothing_is_sent() throws Exception {
    String token = issue(reference, PortalPurpose.IDENTITY_EVIDENCE);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(UploadInspectorTest.pdf("/Type /Catalog"), 0, big, 0, 20);

    mvc.perform(multipart("/portal/" + token)
            .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", big))
            .with(csrf()).param("purpose", "IDENTITY_EVIDENCE").param("documentType", "Passport"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("scan.pdf: The file is larger than 10 MB.")));

    assertThat(answers.callsFor(reference)).isEmpty();
    assertThat(tokens.resolve(token)).isPresent();
  }

  @Test
  void a_program_disguised_as_a_photo_is_refused_with_a_clear_message() throws Exception {
    String token = issue(reference, PortalPurpose.IDENTITY_EVIDENCE);

    mvc.perform(multipart("/portal/" + token)
            .file(new MockMultipartFile("files", "passport.jpg", "image/jpeg", "MZ\u0090\u0000program".getBytes()))
            .with(csrf()).param("purpose", "IDENTITY_EVIDENCE").param("documentType", "Passport"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("passport.jpg: The file is a program, not a document.")));

    assertThat(answers.callsFor(reference)).isEmpty();
  }

  private String issue(String caseReference, PortalPurpose purpose) {
    String link = tokens.issue(caseReference, purpose, Instant.now().plus(Duration.ofDays(14)));
    assertThat(link).startsWith("http://localhost:8080/portal/");
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private long usedAt(String caseReference) {
    return jdbc.sql("SELECT COUNT(*) FROM portal_token WHERE case_reference = ? AND used_at IS NOT NULL")
        .param(caseReference)
        .query(Long.class)
        .single();
  }
}
