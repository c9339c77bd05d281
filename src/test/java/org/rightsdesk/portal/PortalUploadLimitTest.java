package org.rightsdesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** The portal's edge that a running service rarely shows: uploads past the servlet limits. */
class PortalUploadLimitTest {

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
