package org.rightsdesk.collate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.Inspection;
import org.springframework.stereotype.Component;

/**
 * The disclosure gate's report on each case document, as the documents page shows it. A document's content
 * never changes once added (it is known by its SHA-256), so a report is made once and kept for the next view;
 * the most recently viewed reports are kept, a bounded number, so memory does not follow the number of cases.
 */
@Component
class DocumentInspections {

  private static final int KEPT = 500;

  private final CollateService collate;
  private final DisclosureGate gate;
  private final Map<String, Inspection> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Inspection> eldest) {
      return size() > KEPT;
    }
  };

  DocumentInspections(CollateService collate, DisclosureGate gate) {
    this.collate = collate;
    this.gate = gate;
  }

  Inspection of(CaseDocument document) {
    String key = document.sha256() + "/" + document.fileName();
    synchronized (recent) {
      Inspection known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    Inspection inspection =
        gate.inspect(document.fileName(), collate.content(document.caseReference(), document.id()).content());
    synchronized (recent) {
      recent.put(key, inspection);
    }
    return inspection;
  }
}
