package org.rightsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public request form: plain HTML, no JavaScript, same intake as the API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestFormTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void the_form_is_served_with_labelled_fields_and_a_one_time_key() throws Exception {
    mvc.perform(get("/request"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<label class=\"govuk-label\" for=\"email\">Email address</label>")))
        .andExpect(content().string(containsString("name=\"idempotencyKey\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void a_completed_form_shows_the_reference_and_a_resubmission_shows_the_same_one() throws Exception {
    String key = UUID.randomUUID().toString();
    MockHttpServletRequestBuilder submission = submission(key).param("description", "Copies of the 2025 governors' minutes");

    String page = mvc.perform(submission).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher reference = Pattern.compile("id=\"reference\">(IR-\\d{4}-\\d{6})<").matcher(page);
    assertThat(reference.find()).isTrue();
    long cases = countCases();

    String again = mvc.perform(submission(key).param("description", "Copies of the 2025 governors' minutes"))
        .andReturn().getResponse().getContentAsString();

    assertThat(again).contains(reference.group(1));
    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void mistakes_are_listed_and_shown_next_to_each_field_with_what_was_typed_kept_and_escaped() throws Exception {
    long cases = countCases();

    mvc.perform(
            post("/request")
                .with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("name", "<script>alert('x')</script>")
                .param("email", "not-an-email")
                .param("description", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#email\"")))
        .andExpect(content().string(containsString("Your email address must be a valid email address")))
        .andExpect(content().string(containsString("The information you want must not be empty")))
        .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert"))));

    assertThat(countCases()).isEqualTo(cases);
  }

  @Test
  void a_submission_without_the_form_token_is_refused() throws Exception {
    mvc.perform(post("/request").param("name", "Ada").param("email", "ada@example.org").param("description", "x"))
        .andExpect(status().isForbidden());
  }

  private MockHttpServletRequestBuilder submission(String key) {
    return post("/request")
        .with(csrf())
        .param("idempotencyKey", key)
        .param("name", "Ada Lovelace")
        .param("email", "ada@example.org")
        .param("subjectType", "OTHER")
        .param("preferredDelivery", "EMAIL");
  }

  private long countCases() {
    return jdbc.sql("SELECT COUNT(*) FROM information_request").query(Long.class).single();
  }
}
