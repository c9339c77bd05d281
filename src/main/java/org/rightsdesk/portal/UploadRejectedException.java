package org.rightsdesk.portal;

/** A file the portal will not accept; the message tells the requester why, in plain words. */
public class UploadRejectedException extends Exception {
  public UploadRejectedException(String message) {
    super(message);
  }
}
