package org.rightsdesk.collate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.RecordingAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The documents and searches API and the staff page, on the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RecordingAnswers.Config.class) // the portal tests' context, reused rather than started again
class CollateApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  String reference;

  @BeforeEach
  void given_a_case() {
    reference = MigratedDatabase.newCase(jdbc);
  }

  @Test
  @WithMockUser(username = "collate-caseworker", authorities = "GROUP_caseworkers")
  void a_docx_is_added_listed_and_downloaded_as_an_attachment() throws Exception {
    byte[] docx = TestFiles.docx("Minutes of the meeting");

    String body = mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "minutes.docx", "application/octet-stream", docx))
            .param("foundIn", "SharePoint: Governors/2025"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/requests/" + reference + "/documents/")))
        .andExpect(jsonPath("$.type").value("DOCX"))
        .andExpect(jsonPath("$.size").value(docx.length))
        .andExpect(jsonPath("$.sha256").isString())
        .andExpect(jsonPath("$.addedBy").value("collate-caseworker"))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(body).get("id").asText();

    mvc.perform(get("/api/requests/" + reference + "/documents"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].foundIn").value("SharePoint: Governors/2025"))
        .andExpect(jsonPath("$[0].content").doesNotExist());
    mvc.perform(get("/api/requests/" + reference + "/documents/" + id + "/content"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", DocumentType.DOCX.contentType()))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("Content-Disposition", containsString(reference + "-document-")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
        .andExpect(content().bytes(docx));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void html_sent_as_text_is_a_400_naming_the_file_field() throws Exception {
    mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "note.txt", "text/plain", TestFiles.utf8("<html><script>x</script>")))
            .param("foundIn", "Desktop"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].message", containsString("web page")));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void a_missing_file_and_place_are_a_400_naming_both() throws Exception {
    mvc.perform(multipart("/api/requests/" + reference + "/documents").param("ignored", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(multipart("/api/requests/" + reference + "/documents")
            .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf("x"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("foundIn"));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void an_unknown_case_is_404() throws Exception {
    mvc.perform(get("/api/requests/IR-1999-000001/documents")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "collate-caseworker", authorities = "GROUP_caseworkers")
  void searches_are_logged_and_listed_with_the_total_minutes() throws Exception {
    mvc.perform(post("/api/requests/" + reference + "/searches").contentType(MediaType.APPLICATION_JSON)
            .content("{\"system\": \"Arbor MIS\", \"minutes\": 25}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.searchedBy").value("collate-caseworker"));
    mvc.perform(post("/api/requests/" + reference + "/searches").contentType(MediaType.APPLICATION_JSON)
            .content("{\"system\": \"Email\", \"searchedBy\": \"office\", \"minutes\": 35, \"note\": \"2025 only\"}"))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/requests/" + reference + "/searches"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalMinutes").value(60))
        .andExpect(jsonPath("$.searches[1].note").value("2025 only"));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void a_search_with_bad_minutes_is_a_400_naming_the_field() throws Exception {
    mvc.perform(post("/api/requests/" + reference + "/searches").contentType(MediaType.APPLICATION_JSON)
            .content("{\"system\": \"MIS\", \"minutes\": \"soon\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("minutes"));
    mvc.perform(post("/api/requests/" + reference + "/searches").contentType(MediaType.APPLICATION_JSON)
            .content("{\"system\": \"MIS\", \"minutes\": 100000}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("minutes"));
  }

  @Test
  void without_signing_in_the_api_is_401() throws Exception {
    mvc.perform(get("/api/requests/" + reference + "/documents")).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/requests/" + reference + "/searches").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  @WithMockUser(authorities = "GROUP_not-staff")
  void outside_the_staff_groups_the_api_is_403() throws Exception {
    mvc.perform(get("/api/requests/" + reference + "/documents")).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(username = "collate-caseworker", authorities = "GROUP_caseworkers")
  void the_staff_page_adds_a_document_with_csrf_and_lists_it() throws Exception {
    mvc.perform(multipart("/staff/cases/" + reference + "/documents")
            .file(new MockMultipartFile("file", "call-note.txt", "text/plain", TestFiles.utf8("Parent phoned.")))
            .param("foundIn", "Office diary"))
        .andExpect(status().isForbidden());

    mvc.perform(multipart("/staff/cases/" + reference + "/documents")
            .file(new MockMultipartFile("file", "call-note.txt", "text/plain", TestFiles.utf8("Parent phoned.")))
            .param("foundIn", "Office diary")
            .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/cases/" + reference + "/documents"));

    mvc.perform(get("/staff/cases/" + reference + "/documents"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("call-note.txt")))
        .andExpect(content().string(containsString("Office diary")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void the_staff_page_shows_why_a_file_was_refused() throws Exception {
    mvc.perform(multipart("/staff/cases/" + reference + "/documents")
            .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
            .param("foundIn", "Office diary")
            .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The file is empty.")));
  }

  @Test
  void the_staff_page_sends_anyone_else_to_sign_in() throws Exception {
    mvc.perform(get("/staff/cases/" + reference + "/documents")).andExpect(status().is3xxRedirection());
  }
}
