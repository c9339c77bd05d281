package org.rightsdesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** The portal's edges that a running service rarely shows: no phase installed yet, uploads past the servlet limits. */
class PortalWithoutPhasesTest {

  @Test
  void an_open_link_says_the_service_is_not_available_until_a_phase_answers() {
    JdbcClient jdbc = JdbcClient.create(MigratedDatabase.h2());
    PortalTokens tokens = new PortalTokens(jdbc, java.time.Clock.systemUTC(), "http://localhost");
    String link = tokens.issue(MigratedDatabase.newCase(jdbc), PortalPurpose.FEE, Instant.now().plus(Duration.ofDays(1)));
    PortalDesk desk = new PortalDesk(tokens, new StaticListableBeanFactory().getBeanProvider(PortalAnswers.class), null);

    PortalDesk.Visit visit = desk.visit(link.substring(link.lastIndexOf('/') + 1));

    assertThat(visit.state()).isEqualTo(PortalDesk.Visit.State.UNAVAILABLE);
    assertThat(visit.grant()).isNull();
  }

  @Test
  void an_upload_past_the_servlet_limit_gets_a_plain_page_on_the_portal() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/portal/" + "Q".repeat(43));

    ModelAndView page = new PortalUploadLimitAdvice().tooLarge(new MaxUploadSizeExceededException(25L << 20), request);

    assertThat(page.getViewName()).isEqualTo("portal/message");
    assertThat(page.getStatus().value()).isEqualTo(413);
    assertThat(page.getModel().get("heading")).isEqualTo("The files were too large to send");
  }

  @Test
  void an_upload_past_the_servlet_limit_elsewhere_keeps_the_default_answer() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/requests");
    MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(25L << 20);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortalUploadLimitAdvice().tooLarge(tooLarge, request))
        .isSameAs(tooLarge);
  }
}
