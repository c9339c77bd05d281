package org.rightsdesk.fees;

import org.rightsdesk.web.Downloads;
import org.rightsdesk.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff print or re-send the fees notice letter exactly as it was issued. */
@Controller
class StaffFeeNoticeController {

  private final FeeNoticeService fees;

  StaffFeeNoticeController(FeeNoticeService fees) {
    this.fees = fees;
  }

  @GetMapping("/staff/cases/{reference}/fee-notice.pdf")
  ResponseEntity<byte[]> letter(@PathVariable String reference) {
    if (!reference.matches("IR-\\d{4}-\\d{6}")) {
      throw new NotFoundException("No such fees notice");
    }
    byte[] pdf = fees.letter(reference).orElseThrow(() -> new NotFoundException("No fees notice was issued for this case"));
    return Downloads.attachment(MediaType.APPLICATION_PDF, reference + "-fees-notice.pdf").body(pdf);
  }
}
