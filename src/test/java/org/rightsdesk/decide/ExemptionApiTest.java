package org.rightsdesk.decide;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rightsdesk.portal.RecordingAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/exemptions on the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RecordingAnswers.Config.class) // the portal tests' context, reused rather than started again
class ExemptionApiTest {

  @Autowired MockMvc mvc;

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void staff_get_the_whole_catalogue() throws Exception {
    mvc.perform(get("/api/exemptions"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$[?(@.code == 'FOIA-s43(2)')].publicInterestTest").value(true))
        .andExpect(jsonPath("$[?(@.code == 'FOIA-s41')].absolute").value(true))
        .andExpect(jsonPath("$[*].code", hasItem("EIR-r12(5)(b)")))
        .andExpect(jsonPath("$[*].code", hasItem("DPA-Sch3-serious-harm")));
  }

  @Test
  @WithMockUser(authorities = "GROUP_dpo")
  void a_regime_filters_the_catalogue() throws Exception {
    mvc.perform(get("/api/exemptions").param("regime", "EIR"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].regimes[*]", everyItem(org.hamcrest.Matchers.is("EIR"))))
        .andExpect(jsonPath("$[*].code", hasItem("EIR-r13")))
        .andExpect(jsonPath("$[*].code", not(hasItem("FOIA-s42"))));
  }

  @Test
  @WithMockUser(authorities = "GROUP_caseworkers")
  void an_unknown_regime_is_a_400_naming_the_parameter() throws Exception {
    mvc.perform(get("/api/exemptions").param("regime", "foi"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("regime"))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of SAR, FOI, EIR"));
  }

  @Test
  void without_signing_in_it_is_401() throws Exception {
    mvc.perform(get("/api/exemptions")).andExpect(status().isUnauthorized());
  }

  @Test
  @WithMockUser(authorities = "GROUP_school-city-academy-parents")
  void outside_the_staff_groups_it_is_403() throws Exception {
    mvc.perform(get("/api/exemptions")).andExpect(status().isForbidden());
  }
}
