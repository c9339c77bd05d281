package org.rightsdesk.redact;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;

/**
 * Finds a page by its index without reading its siblings. PDFBox's own lookup reads every entry of each page-tree
 * node on the way, so in a flat tree of thousands of pages each part would read them all, and memory would grow
 * with the page count. This one remembers, for each node across the parts' separate openings of the same file,
 * how many of its first entries are known to be single pages, and goes straight to the one wanted.
 */
final class PageLookup {

  /** A page tree deeper than this is a loop in a damaged or hostile file. */
  private static final int MAX_DEPTH = 64;

  /** For each page-tree node, by object number: how many of its first kids are known to be single pages. */
  private final Map<COSObjectKey, Integer> leadingPages = new HashMap<>();

  PDPage page(PDDocument document, int index) throws IOException {
    COSBase root = document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES);
    int remaining = index;
    COSBase node = root;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      COSObjectKey key = node instanceof COSObject reference ? reference.getKey() : null;
      COSDictionary dictionary = dictionary(node);
      COSArray kids = dictionary == null ? null : dictionary.getCOSArray(COSName.KIDS);
      if (kids == null) {
        break;
      }
      int known = key == null ? 0 : leadingPages.getOrDefault(key, 0);
      if (remaining < known) {
        return new CachedPage(dictionary(kids.get(remaining)), document.getResourceCache());
      }
      remaining -= known;
      COSBase next = null;
      for (int kid = known; kid < kids.size() && next == null; kid++) {
        COSDictionary child = dictionary(kids.get(kid));
        if (child == null) {
          continue;
        }
        if (!COSName.PAGES.equals(child.getCOSName(COSName.TYPE)) && !child.containsKey(COSName.KIDS)) {
          if (key != null && kid == leadingPages.getOrDefault(key, 0)) {
            leadingPages.put(key, kid + 1);
          }
          if (remaining == 0) {
            return new CachedPage(child, document.getResourceCache());
          }
          remaining--;
        } else {
          int count = child.getInt(COSName.COUNT, 0);
          if (remaining < count) {
            next = kids.get(kid);
          } else {
            remaining -= count;
          }
        }
      }
      if (next == null) {
        break;
      }
      node = next;
    }
    throw new IOException("The page tree has no page " + (index + 1));
  }

  /**
   * A page sharing the document's font and image cache, as PDFBox's own lookup gives (its constructor for that
   * is not public): without it each page would parse its fonts again.
   */
  private static final class CachedPage extends PDPage {
    private final ResourceCache cache;
    private PDResources resources;

    CachedPage(COSDictionary page, ResourceCache cache) {
      super(page);
      this.cache = cache;
    }

    @Override
    public PDResources getResources() {
      if (resources == null
          && PDPageTree.getInheritableAttribute(getCOSObject(), COSName.RESOURCES) instanceof COSDictionary found) {
        resources = new PDResources(found, cache);
      }
      return resources;
    }

    @Override
    public void setResources(PDResources resources) {
      super.setResources(resources);
      this.resources = resources;
    }
  }

  private static COSDictionary dictionary(COSBase base) {
    COSBase target = base instanceof COSObject reference ? reference.getObject() : base;
    return target instanceof COSDictionary dictionary ? dictionary : null;
  }
}
