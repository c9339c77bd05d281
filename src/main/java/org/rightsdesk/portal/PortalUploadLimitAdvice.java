package org.rightsdesk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads past spring.servlet.multipart's limits fail before any controller is chosen, so only an
 * advice sees them. Portal pages get a plain page; other paths keep Spring's default answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalUploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
      throws MaxUploadSizeExceededException {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/portal/")) {
      throw e;
    }
    ModelAndView page = new ModelAndView("portal/message", HttpStatus.PAYLOAD_TOO_LARGE);
    page.addObject("title", "Files too large");
    page.addObject("heading", "The files were too large to send");
    page.addObject(
        "lines",
        List.of(
            "Nothing was sent and nothing has changed.",
            "Go back to the page in your browser and choose smaller or fewer files: a photo taken with a"
                + " phone camera at a lower resolution, or a PDF of just the pages we asked for."));
    page.addObject("back", request.getRequestURI());
    return page;
  }
}
