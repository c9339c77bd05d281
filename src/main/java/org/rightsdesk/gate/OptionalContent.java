package org.rightsdesk.gate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Optional content (layers) that a viewer does not show in the document's default configuration (/OCProperties
 * /D): content of a group switched off, and content under a membership dictionary (OCMD) whose policy (/P AnyOn,
 * AllOn, AnyOff, AllOff over its /OCGs) or visibility expression (/VE, which takes precedence) comes out false.
 * Content is marked optional by a marked-content sequence ({@code /OC /Name BDC ... EMC}), by /OC on an XObject,
 * or by /OC on an annotation; page content and the form XObjects it draws are followed.
 *
 * <p>A group switched off in /D but named in an /AS usage event for viewing (a viewer applying the group's
 * /Usage /View state could switch it on) counts as hidden: it is off unless the viewer chooses to show it, and a
 * reader with another viewer would not see it.
 */
final class OptionalContent {

  private static final COSName OC = COSName.getPDFName("OC");
  private static final COSName OCMD = COSName.getPDFName("OCMD");
  private static final COSName OCGS = COSName.getPDFName("OCGs");
  private static final COSName POLICY = COSName.getPDFName("P");
  private static final COSName EXPRESSION = COSName.getPDFName("VE");
  private static final COSName AUTO_STATE = COSName.getPDFName("AS");
  private static final COSName USAGE = COSName.getPDFName("Usage");
  private static final COSName VIEW = COSName.getPDFName("View");
  private static final COSName EVENT = COSName.getPDFName("Event");
  private static final COSName VIEW_STATE = COSName.getPDFName("ViewState");
  /** Deeper visibility expressions are taken as malformed (or cyclic) rather than followed. */
  private static final int DEEPEST_EXPRESSION = 32;

  private final PDOptionalContentProperties layers;

  private OptionalContent(PDOptionalContentProperties layers) {
    this.layers = layers;
  }

  /**
   * A finding for each group switched off whose content is drawn directly (or which nothing on the pages uses,
   * since its content may sit where this walk does not look), and one per page for content hidden by a
   * membership dictionary. A group used only through membership dictionaries is left to their rules: an OCMD
   * AnyOff over a group switched off shows its content.
   */
  static List<Finding> inspect(PDDocument document) throws IOException {
    PDOptionalContentProperties layers = document.getDocumentCatalog().getOCProperties();
    if (layers == null) {
      return List.of();
    }
    OptionalContent rules = new OptionalContent(layers);
    Walk walk = rules.new Walk(false);
    List<Finding> findings = new ArrayList<>();
    Set<COSDictionary> groupsInMemberships = identitySet();
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      walk.page(document, page);
      Set<String> names = new LinkedHashSet<>();
      for (COSDictionary membership : walk.hiddenOnPage) {
        if (OCMD.equals(membership.getCOSName(COSName.TYPE))) {
          rules.groupsOf(membership).forEach(g -> names.add("'" + g.getString(COSName.NAME) + "'"));
        }
      }
      if (!names.isEmpty()) {
        findings.add(Finding.blocking(FindingKind.HIDDEN_LAYER, "page " + number,
            "content that a layer membership rule over layers " + String.join(", ", names)
                + " hides in the default view"));
      }
    }
    for (COSDictionary entry : walk.met) {
      if (OCMD.equals(entry.getCOSName(COSName.TYPE))) {
        groupsInMemberships.addAll(rules.groupsOf(entry));
      }
    }
    for (PDOptionalContentGroup group : layers.getOptionalContentGroups()) {
      boolean usedOnlyInMemberships = !walk.met.contains(group.getCOSObject())
          && groupsInMemberships.contains(group.getCOSObject());
      if (!layers.isGroupEnabled(group) && !usedOnlyInMemberships) {
        findings.add(Finding.blocking(FindingKind.HIDDEN_LAYER, "layer '" + group.getName() + "'",
            rules.viewerMayShow(group.getCOSObject())
                ? "a layer switched off, whose content is in the file; a viewer applying the layer's usage"
                    + " settings may show it, others do not"
                : "a layer switched off, whose content is in the file but not shown"));
      }
    }
    return findings;
  }

  /**
   * Takes the hidden optional content out of the pages, the form XObjects they draw and the annotations. The
   * caller removes /OCProperties afterwards, so what is left is shown by every viewer.
   */
  static void strip(PDDocument document) throws IOException {
    PDOptionalContentProperties layers = document.getDocumentCatalog().getOCProperties();
    if (layers == null) {
      return;
    }
    Walk walk = new OptionalContent(layers).new Walk(true);
    for (PDPage page : document.getPages()) {
      walk.page(document, page);
    }
    // hidden XObjects leave the resources only now: a later page may draw the same one, and must drop it too
    walk.hiddenXObjects.forEach((xobjects, names) -> names.forEach(xobjects::removeItem));
  }

  /** Whether content marked with this /OC entry (a group or a membership dictionary) is hidden by default. */
  private boolean hidden(COSBase entry) {
    return entry instanceof COSDictionary dictionary && !visible(dictionary);
  }

  private boolean visible(COSDictionary entry) {
    if (!OCMD.equals(entry.getCOSName(COSName.TYPE))) {
      return on(entry);
    }
    if (entry.getDictionaryObject(EXPRESSION) instanceof COSArray expression) {
      return evaluate(expression, 0);
    }
    List<COSDictionary> groups = listedGroups(entry);
    if (groups.isEmpty()) {
      return true; // an OCMD without groups has no effect on visibility
    }
    String policy = entry.getCOSName(POLICY) == null ? "AnyOn" : entry.getCOSName(POLICY).getName();
    return switch (policy) {
      case "AllOn" -> groups.stream().allMatch(this::on);
      case "AnyOff" -> groups.stream().anyMatch(g -> !on(g));
      case "AllOff" -> groups.stream().noneMatch(this::on);
      default -> groups.stream().anyMatch(this::on);
    };
  }

  /** A visibility expression: a group, or [/And e...], [/Or e...], [/Not e]; a malformed one has no effect. */
  private boolean evaluate(COSBase expression, int depth) {
    if (expression instanceof COSDictionary group) {
      return on(group);
    }
    if (!(expression instanceof COSArray array) || array.size() < 2 || depth > DEEPEST_EXPRESSION
        || !(array.getObject(0) instanceof COSName operator)) {
      return true;
    }
    List<COSBase> operands = new ArrayList<>();
    for (int i = 1; i < array.size(); i++) {
      if (array.getObject(i) != null) {
        operands.add(array.getObject(i));
      }
    }
    return switch (operator.getName()) {
      case "And" -> operands.stream().allMatch(e -> evaluate(e, depth + 1));
      case "Or" -> operands.stream().anyMatch(e -> evaluate(e, depth + 1));
      case "Not" -> operands.isEmpty() || !evaluate(operands.get(0), depth + 1);
      default -> true;
    };
  }

  /** A group's state in the default configuration; a dictionary that is not a group hides nothing. */
  private boolean on(COSDictionary group) {
    return !COSName.OCG.equals(group.getCOSName(COSName.TYPE))
        || layers.isGroupEnabled(new PDOptionalContentGroup(group));
  }

  private static List<COSDictionary> listedGroups(COSDictionary membership) {
    List<COSDictionary> groups = new ArrayList<>();
    COSBase listed = membership.getDictionaryObject(OCGS);
    if (listed instanceof COSDictionary group) {
      groups.add(group);
    } else if (listed instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSDictionary group) {
          groups.add(group);
        }
      }
    }
    return groups;
  }

  /** The groups a membership dictionary's rule looks at, from its expression or its list. */
  private Set<COSDictionary> groupsOf(COSDictionary membership) {
    Set<COSDictionary> groups = identitySet();
    if (membership.getDictionaryObject(EXPRESSION) instanceof COSArray expression) {
      collectGroups(expression, groups, 0);
    } else {
      groups.addAll(listedGroups(membership));
    }
    return groups;
  }

  private static void collectGroups(COSBase expression, Set<COSDictionary> groups, int depth) {
    if (expression instanceof COSDictionary group) {
      groups.add(group);
    } else if (expression instanceof COSArray array && depth <= DEEPEST_EXPRESSION) {
      for (int i = 1; i < array.size(); i++) {
        collectGroups(array.getObject(i), groups, depth + 1);
      }
    }
  }

  /** Whether the default configuration's /AS lists the group for the View event and the group asks to be ON. */
  private boolean viewerMayShow(COSDictionary group) {
    COSDictionary defaults = layers.getCOSObject().getCOSDictionary(COSName.D);
    COSArray events = defaults == null ? null : defaults.getCOSArray(AUTO_STATE);
    COSDictionary usage = group.getCOSDictionary(USAGE);
    COSDictionary view = usage == null ? null : usage.getCOSDictionary(VIEW);
    if (events == null || view == null || !"ON".equals(view.getNameAsString(VIEW_STATE))) {
      return false;
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.getObject(i) instanceof COSDictionary event && VIEW.equals(event.getCOSName(EVENT))
          && listedGroups(event).contains(group)) {
        return true;
      }
    }
    return false;
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** One pass over the pages: notes every /OC entry met and, when rewriting, leaves out the hidden content. */
  private final class Walk {

    private final boolean rewrite;
    private final Set<COSStream> formsSeen = identitySet();
    final Set<COSDictionary> met = identitySet();
    final Set<COSDictionary> hiddenOnPage = identitySet();
    final Map<COSDictionary, Set<COSName>> hiddenXObjects = new IdentityHashMap<>();

    Walk(boolean rewrite) {
      this.rewrite = rewrite;
    }

    void page(PDDocument document, PDPage page) throws IOException {
      hiddenOnPage.clear();
      PDResources resources = page.getResources();
      if (page.hasContents()) {
        List<Object> kept = content(new PDFStreamParser(page).parse(), resources);
        if (rewrite && kept != null) {
          PDStream stream = new PDStream(document);
          try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept);
          }
          page.setContents(stream);
        }
      }
      List<PDAnnotation> annotations = page.getAnnotations();
      List<PDAnnotation> shown = new ArrayList<>();
      for (PDAnnotation annotation : annotations) {
        if (!isHidden(annotation.getCOSObject().getDictionaryObject(OC))) {
          shown.add(annotation);
        }
      }
      if (rewrite && shown.size() != annotations.size()) {
        page.setAnnotations(shown);
      }
    }

    /** Notes the entry and says whether what it marks is hidden (and noted as hidden on this page). */
    private boolean isHidden(COSBase entry) {
      if (!(entry instanceof COSDictionary dictionary)) {
        return false;
      }
      met.add(dictionary);
      if (hidden(dictionary)) {
        hiddenOnPage.add(dictionary);
        return true;
      }
      return false;
    }

    /** @return the tokens without the hidden content, or null when nothing in them was hidden */
    private List<Object> content(List<Object> tokens, PDResources resources) throws IOException {
      List<Object> kept = new ArrayList<>();
      List<Object> operands = new ArrayList<>();
      int skipping = 0;
      boolean changed = false;
      for (Object token : tokens) {
        if (!(token instanceof Operator operator)) {
          operands.add(token);
          continue;
        }
        String op = operator.getName();
        boolean drop;
        if (skipping > 0) {
          if ("BDC".equals(op) || "BMC".equals(op)) {
            skipping++;
          } else if ("EMC".equals(op)) {
            skipping--;
          }
          drop = true;
        } else if ("BDC".equals(op) && operands.size() == 2 && OC.equals(operands.get(0))
            && isHidden(property(resources, operands.get(1)))) {
          skipping = 1;
          drop = true;
        } else {
          drop = "Do".equals(op) && operands.size() == 1 && operands.get(0) instanceof COSName name
              && drawsHidden(resources, name);
        }
        if (drop) {
          changed = true;
        } else {
          kept.addAll(operands);
          kept.add(operator);
        }
        operands.clear();
      }
      return changed ? kept : null;
    }

    /** A marked-content property list: named in the resources, or written inline. */
    private static COSBase property(PDResources resources, Object operand) {
      if (operand instanceof COSDictionary inline) {
        return inline;
      }
      COSDictionary properties = resources == null ? null
          : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      return properties == null || !(operand instanceof COSName name) ? null : properties.getDictionaryObject(name);
    }

    /** Whether the XObject is hidden; a visible form is followed, once, for hidden content inside it. */
    private boolean drawsHidden(PDResources resources, COSName name) throws IOException {
      COSDictionary xobjects = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
      COSBase item = xobjects == null ? null : xobjects.getItem(name);
      COSBase xobject = item instanceof COSObject reference ? reference.getObject() : item;
      if (!(xobject instanceof COSStream stream)) {
        return false;
      }
      if (isHidden(stream.getDictionaryObject(OC))) {
        hiddenXObjects.computeIfAbsent(xobjects, x -> new LinkedHashSet<>()).add(name);
        return true;
      }
      if (COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE)) && formsSeen.add(stream)) {
        PDFormXObject form = new PDFormXObject(stream);
        PDResources own = form.getResources();
        List<Object> kept = content(new PDFStreamParser(form).parse(), own != null ? own : resources);
        if (rewrite && kept != null) {
          try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept);
          }
        }
      }
      return false;
    }
  }
}
