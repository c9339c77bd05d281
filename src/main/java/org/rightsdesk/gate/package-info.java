/**
 * The disclosure gate (issue #10): no file leaves with data its reader cannot see.
 *
 * <p>{@link org.rightsdesk.gate.DisclosureGate#inspect} decides the type from the content (Tika's magic, then a
 * look inside the container), never the name, and returns findings, each with a kind, a location (sheet and
 * cell range, part name, page, header) and a severity. {@link org.rightsdesk.gate.DisclosureGate#clean}
 * returns a copy in a safe form with the fix applied to each finding:
 *
 * <ul>
 *   <li>spreadsheets (XLSX, XLSM, XLS, ODS): CSV of the visible cells of the visible sheets — one CSV when one sheet
 *       is visible, otherwise a zip of one CSV per visible sheet. Formulas become their cached values, so
 *       nothing they pointed at travels with them;
 *   <li>Word documents (DOCX, DOCM, and DOC read with POI's HWPF): a PDF of what the body shows, tracked
 *       insertions accepted and deletions dropped; text hidden by formatting or by a style, white on a white
 *       page or 1 pt small is found and left out, as are comments, headers and footers, properties, embeddings
 *       and custom XML. A DOCX's tables stay a grid and its pictures are redrawn from their pixels
 *       ({@link org.rightsdesk.gate.SafePdf});
 *   <li>OpenDocument text (ODT): the same, from its ODF parts — tracked changes, annotations, hidden text and
 *       paragraphs, text a style hides, whitens or shrinks, objects, macros, properties and the saved thumbnail;
 *   <li>PDFs: rewritten whole by the redaction engine with nothing to redact, after hidden layers and
 *       comment-like annotations are taken out here;
 *   <li>JPEG and PNG: the pixels encoded afresh; emails (.eml, and Outlook .msg read with POI's HSMF): an .eml
 *       with sender, date, subject, text and cleaned attachments;
 *       zip archives: rebuilt from cleaned entries.
 * </ul>
 *
 * <p>Blocking means the file must not be released as it is: hidden content a reader would not know was there.
 * Advisory means a person should look: document properties and image metadata (names of staff, mostly), alt
 * text, headers and footers, the Received chain of an email. A type the gate cannot read
 * (presentations, anything unknown), an encrypted file or a corrupt one is blocking, never a pass.
 */
package org.rightsdesk.gate;
