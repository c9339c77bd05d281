package org.rightsdesk.request;

import java.util.List;
import org.rightsdesk.notify.Attachment;

/** Files other capabilities send with the response (the disclosure bundle), without this package depending on them. */
public interface ResponseAttachments {

  /** The files for this case's response; empty when there are none. */
  List<Attachment> forResponse(String reference);
}
