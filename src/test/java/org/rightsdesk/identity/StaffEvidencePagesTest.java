package org.rightsdesk.identity;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.MigratedDatabase;
import org.rightsdesk.portal.RecordingAnswers;
import org.rightsdesk.portal.UploadedFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Staff read what evidence a case received and download copies while they are kept. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RecordingAnswers.Config.class) // the portal tests' context, reused rather than started again
class StaffEvidencePagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired EvidenceStore store;

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void staff_see_the_list_and_download_a_copy_as_an_attachment_of_its_detected_type() throws Exception {
    String reference = MigratedDatabase.newCase(jdbc);
    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes();
    String id = store.store(reference, new UploadedFile("Driving licence", "licence.pdf", "application/pdf", pdf));

    mvc.perform(get("/staff/cases/" + reference + "/evidence"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Driving licence"), containsString("application/pdf"),
            containsString("/staff/cases/" + reference + "/evidence/" + id))));

    mvc.perform(get("/staff/cases/" + reference + "/evidence/" + id))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(header().string("Content-Disposition", containsString(reference + "-evidence-")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().bytes(pdf));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void a_deleted_copy_is_listed_as_deleted_and_cannot_be_downloaded() throws Exception {
    String reference = MigratedDatabase.newCase(jdbc);
    String id = store.store(reference, new UploadedFile("Passport", "p.pdf", "application/pdf", "%PDF-1.7\n".getBytes()));
    store.deleteContent(reference);

    mvc.perform(get("/staff/cases/" + reference + "/evidence"))
        .andExpect(content().string(containsString("Deleted")));
    mvc.perform(get("/staff/cases/" + reference + "/evidence/" + id)).andExpect(status().isNotFound());
  }

  @Test
  void anyone_else_is_sent_to_sign_in() throws Exception {
    mvc.perform(get("/staff/cases/IR-2099-000001/evidence")).andExpect(status().is3xxRedirection());
  }
}
