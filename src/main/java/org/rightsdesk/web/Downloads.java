package org.rightsdesk.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files we serve (letters, bundles, documents): never sniffed into something a browser would run, never
 * kept in a cache, and sandboxed if opened inline.
 */
public final class Downloads {

  private Downloads() {}

  /** A download under a name we chose. */
  public static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
    return headers(type, ContentDisposition.attachment().filename(fileName).build());
  }

  /** A file the browser shows, such as a PDF preview. */
  public static ResponseEntity.BodyBuilder inline(MediaType type, String fileName) {
    return headers(type, ContentDisposition.inline().filename(fileName).build());
  }

  private static ResponseEntity.BodyBuilder headers(MediaType type, ContentDisposition disposition) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
