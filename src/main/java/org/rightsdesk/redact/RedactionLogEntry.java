package org.rightsdesk.redact;

/**
 * One redaction, as kept for complaints and reviews. It says where, what kind of data, under which exemption
 * and how it was removed, but not the removed text: {@code removedTextSha256} identifies it, and the text itself
 * is only in {@link RedactionResult#removedText()}, which the caller shows to the roles allowed to see it.
 *
 * @param page page number counted from 1
 * @param box the covered rectangle in the page's user space (PDF points), or null for a removed annotation
 * @param note why a page was rasterised or an annotation removed; never personal data
 */
public record RedactionLogEntry(
    String document, int page, DataKind kind, String reason, Action action, Box box, String removedTextSha256,
    String note) {

  public enum Action {
    /** The glyphs were cut out of the content stream and a labelled box drawn where they were. */
    TEXT_REMOVED,
    /** The pixels under the area were painted over in the image itself. */
    IMAGE_PIXELS_REPLACED,
    /** An area over which nothing removable was drawn; the box is drawn all the same. */
    AREA_COVERED,
    /** An annotation showing or holding the data was deleted. */
    ANNOTATION_REMOVED,
    /** The page could not be edited safely, so it was replaced by a picture of itself with the boxes painted in. */
    PAGE_RASTERISED
  }

  public record Box(float x, float y, float width, float height) {}
}
