package org.rightsdesk.decide;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsdesk.clock.ClockEvent;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.clock.ClockResult;
import org.rightsdesk.consult.ConsultationService;
import org.rightsdesk.clock.ExtensionKind;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.request.CaseClockService;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.request.Outcome;
import org.rightsdesk.request.RequestType;
import org.rightsdesk.request.ResponseAdditions;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on what is disclosed: the exemptions relied on are checked against the catalogue and the
 * case's regime, a qualified one leads to a public interest test, an FOI public interest extension goes on
 * the clock (s10(3)) with its notice to the requester (s17(2)), and the response letter cites all of it.
 */
@Service
public class DisclosureService implements ResponseAdditions {

  /** How much is disclosed; PUBLISHED points to where the information already is (FOIA s21, EIR reg 6(1)(b)). */
  public enum Disclosure { FULL, PARTIAL, WITHHELD, NOT_HELD, NCND, PUBLISHED }

  /** Where the public interest test came out. */
  public enum PublicInterest { DISCLOSE, WITHHOLD, EXTEND }

  /** Health data withheld on the serious harm ground needs a recent health professional's opinion. */
  static final String SERIOUS_HARM = "DPA-Sch3-serious-harm";

  /** Information reasonably accessible to the applicant by other means. */
  static final String S21 = "FOIA-s21";

  /** DPA 2018 Sch 3 para 5(2): the opinion counts if obtained within the last six months (a calendar period). */
  static final int OPINION_MONTHS = 6;

  private final ExemptionCatalogue catalogue;
  private final DocumentDecisions documents;
  private final PublicationScheme publicationScheme;
  private final ConsultationService consultations;
  private final CaseWorkService work;
  private final CaseClockService caseClock;
  private final NotificationService notifications;
  private final JdbcClient jdbc;
  private final Clock clock;

  DisclosureService(
      ExemptionCatalogue catalogue,
      DocumentDecisions documents,
      PublicationScheme publicationScheme,
      ConsultationService consultations,
      CaseWorkService work,
      CaseClockService caseClock,
      NotificationService notifications,
      JdbcClient jdbc,
      Clock clock) {
    this.catalogue = catalogue;
    this.documents = documents;
    this.publicationScheme = publicationScheme;
    this.consultations = consultations;
    this.work = work;
    this.caseClock = caseClock;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The search made, in the caseworker's words: it supports a "not held" answer and any review. */
  @Transactional
  public void recordSearch(String reference, String summary, String actor) {
    if (summary == null) {
      throw new InvalidInputException("searchSummary", "say where you searched and what you found");
    }
    work.get(reference);
    jdbc.sql("DELETE FROM disclosure_decision WHERE case_reference = ?").param(reference).update();
    jdbc.sql("INSERT INTO disclosure_decision (case_reference, search_summary) VALUES (?, ?)")
        .params(reference, summary)
        .update();
    work.note(reference, "SEARCH_COMPLETED", actor, null);
  }

  /**
   * Records the decision; returns whether a public interest test follows (a qualified FOI exemption or any
   * EIR exception relied on).
   */
  @Transactional
  public boolean decide(String reference, Disclosure disclosure, String codes, String reasons, String actor) {
    return decide(reference, disclosure, codes, reasons, null, actor);
  }

  /**
   * As {@link #decide(String, Disclosure, String, String, String)}; an answer that the information is
   * already published also names where it is.
   */
  @Transactional
  public boolean decide(
      String reference, Disclosure disclosure, String codes, String reasons, Published published, String actor) {
    if (disclosure == null) {
      throw new InvalidInputException("disclosure", "choose what is disclosed");
    }
    InformationRequestCase c = work.get(reference);
    if (disclosure == Disclosure.PUBLISHED) {
      return decidePublished(reference, c, published, actor);
    }
    long withheldDocuments = documents.withheldOrRedacted(reference);
    if (withheldDocuments > 0 && (disclosure == Disclosure.FULL || disclosure == Disclosure.NOT_HELD)) {
      throw new InvalidInputException("disclosure", withheldDocuments
          + " document(s) are withheld or redacted: disclose in part or withhold in full, or change those documents' decisions");
    }
    // the letter cites every exemption used on a document as well as those named here
    Set<String> cited = new LinkedHashSet<>(documents.exemptionCodes(reference));
    if (codes != null) {
      cited.addAll(List.of(codes.split(",")));
    }
    List<Exemption> exemptions = exemptions(c, String.join(",", cited));
    boolean withholding = disclosure == Disclosure.PARTIAL || disclosure == Disclosure.WITHHELD || disclosure == Disclosure.NCND;
    if (withholding && exemptions.isEmpty()) {
      throw new InvalidInputException("exemptionCodes", "name the exemptions relied on");
    }
    if (withholding && reasons == null) {
      throw new InvalidInputException("decisionReasons", "explain why the exemptions apply");
    }
    if (!withholding && !exemptions.isEmpty()) {
      throw new InvalidInputException("exemptionCodes", "no exemption is relied on when nothing is withheld");
    }
    List<String> noNcnd = exemptions.stream().filter(e -> !e.ncnd()).map(Exemption::code).toList();
    if (disclosure == Disclosure.NCND && !noNcnd.isEmpty()) {
      throw new InvalidInputException("exemptionCodes", "neither confirm nor deny is not available under " + String.join(", ", noNcnd));
    }
    if (exemptions.stream().anyMatch(e -> e.code().equals(SERIOUS_HARM))
        && !consultations.seriousHarmAdvisedSince(reference, today().minusMonths(OPINION_MONTHS))) {
      throw new InvalidInputException("exemptionCodes",
          SERIOUS_HARM + " needs the opinion of an appropriate health professional, given in the last 6 months, that"
              + " disclosure would be likely to cause serious harm: consult one first (DPA 2018 Sch 3 para 5)");
    }
    ensureRow(reference);
    jdbc.sql(
            """
            UPDATE disclosure_decision SET disclosure = ?, exemption_codes = ?, reasons = ?, decided_by = ?, decided_at = ?,
                   publication_class = NULL, published_where = NULL
            WHERE case_reference = ?
            """)
        .params(
            disclosure.name(),
            exemptions.stream().map(Exemption::code).reduce((a, b) -> a + "," + b).orElse(null),
            reasons,
            actor,
            clock.instant().atOffset(ZoneOffset.UTC),
            reference)
        .update();
    work.note(reference, "DISCLOSURE_DECIDED", actor, disclosure.name());
    return exemptions.stream().anyMatch(Exemption::publicInterestTest);
  }

  /** Where published information is: a class of the publication scheme and the page or place within it. */
  public record Published(String publicationClass, String where) {}

  /**
   * FOI: a refusal under s21 that says where the information is. EIR: reg 6(1)(b), the information is made
   * available by pointing to where it is already publicly available and easily accessible. Not for SARs.
   */
  private boolean decidePublished(String reference, InformationRequestCase c, Published published, String actor) {
    if (c.regime() != RequestType.FOI && c.regime() != RequestType.EIR) {
      throw new InvalidInputException("disclosure", "only FOI and EIR information can be answered by pointing to the publication scheme");
    }
    String code = published == null ? null : published.publicationClass();
    PublicationScheme.PublicationClass schemeClass = code == null ? null : publicationScheme.find(code).orElse(null);
    if (schemeClass == null) {
      throw new InvalidInputException("publicationClass", "choose the class of the publication scheme the information is in");
    }
    String where = published.where() == null || published.where().isBlank() ? schemeClass.where() : published.where().strip();
    if (where.length() > 1000) {
      throw new InvalidInputException("publishedWhere", "must be at most 1000 characters");
    }
    ensureRow(reference);
    jdbc.sql(
            """
            UPDATE disclosure_decision SET disclosure = 'PUBLISHED', exemption_codes = ?, reasons = NULL,
                   publication_class = ?, published_where = ?, decided_by = ?, decided_at = ?
            WHERE case_reference = ?
            """)
        .params(c.regime() == RequestType.FOI ? S21 : null, schemeClass.code(), where, actor,
            clock.instant().atOffset(ZoneOffset.UTC), reference)
        .update();
    work.note(reference, "DISCLOSURE_DECIDED", actor, Disclosure.PUBLISHED.name());
    return false;
  }

  /** The outcome the response will carry, for the prepare-response form to start from. */
  @Transactional(readOnly = true)
  public Outcome outcomeOf(String reference) {
    return switch (disclosure(reference).orElse(Disclosure.FULL)) {
      case FULL -> Outcome.PROVIDED_IN_FULL;
      case PARTIAL -> Outcome.PROVIDED_IN_PART;
      case WITHHELD, NCND -> Outcome.REFUSED;
      case NOT_HELD -> Outcome.NOT_HELD;
      // FOI: a refusal notice citing s21 (and counted so in the quarterly statistics); EIR: made available
      case PUBLISHED -> codes(reference) != null ? Outcome.REFUSED : Outcome.PROVIDED_IN_FULL;
    };
  }

  /**
   * The public interest test. EXTEND puts a public interest extension on the clock and writes the notice;
   * returns whether it did. Concluding for disclosure when only qualified exemptions were relied on turns
   * the decision into full disclosure.
   */
  @Transactional
  public boolean weigh(
      String reference, String forDisclosure, String forWithholding, PublicInterest conclusion, Integer days, String actor) {
    if (forDisclosure == null) {
      throw new InvalidInputException("factorsForDisclosure", "set out the public interest in disclosure");
    }
    if (forWithholding == null) {
      throw new InvalidInputException("factorsForWithholding", "set out the public interest in maintaining the exemption");
    }
    if (conclusion == null) {
      throw new InvalidInputException("publicInterestConclusion", "choose a conclusion");
    }
    InformationRequestCase c = work.get(reference);
    ensureRow(reference);
    jdbc.sql(
            """
            UPDATE disclosure_decision SET public_interest_for = ?, public_interest_against = ?, public_interest_outcome = ?
            WHERE case_reference = ?
            """)
        .params(forDisclosure, forWithholding, conclusion.name(), reference)
        .update();
    if (conclusion == PublicInterest.EXTEND) {
      if (c.regime() != RequestType.FOI) {
        throw new InvalidInputException(
            "publicInterestConclusion", "only an FOI request can be extended to consider the public interest (FOIA s10(3))");
      }
      if (days == null) {
        throw new InvalidInputException("extensionDays", "say how many further working days, at most 20");
      }
      ClockResult extended = caseClock.record(reference, ClockEvent.extended(today(), ExtensionKind.PUBLIC_INTEREST, days), actor);
      Map<String, Object> model = new HashMap<>(forResponse(reference));
      model.put("newDueDate", extended.dueDate());
      notifications.composeAnother(reference, MessageTemplate.PUBLIC_INTEREST_EXTENSION, c.requester().recipient(), model);
      return true;
    }
    if (conclusion == PublicInterest.DISCLOSE
        && exemptions(c, codes(reference)).stream().allMatch(Exemption::publicInterestTest)) {
      jdbc.sql("UPDATE disclosure_decision SET disclosure = 'FULL', exemption_codes = NULL WHERE case_reference = ?")
          .param(reference)
          .update();
    }
    work.note(reference, "PUBLIC_INTEREST_WEIGHED", actor, conclusion.name());
    return false;
  }

  /** The exemptions and reasoning for the response letter. */
  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> forResponse(String reference) {
    Optional<Disclosure> disclosure = disclosure(reference);
    if (disclosure.isEmpty()) {
      return Map.of();
    }
    InformationRequestCase c = work.get(reference);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("disclosure", disclosure.get().name());
    model.put("exemptions", exemptions(c, codes(reference)));
    Map<String, Object> reasoning =
        jdbc.sql(
                "SELECT reasons AS decision_reasons, public_interest_for, public_interest_against, public_interest_outcome"
                    + " FROM disclosure_decision WHERE case_reference = ?")
            .param(reference)
            .query()
            .singleRow();
    model.put("decisionReasons", reasoning.get(key(reasoning, "decision_reasons")));
    model.put("publicInterestFor", reasoning.get(key(reasoning, "public_interest_for")));
    model.put("publicInterestAgainst", reasoning.get(key(reasoning, "public_interest_against")));
    model.put("publicInterestOutcome", reasoning.get(key(reasoning, "public_interest_outcome")));
    if (disclosure.get() == Disclosure.PUBLISHED) {
      Map<String, Object> where =
          jdbc.sql("SELECT publication_class, published_where FROM disclosure_decision WHERE case_reference = ?")
              .param(reference)
              .query()
              .singleRow();
      publicationScheme.find((String) where.get(key(where, "publication_class")))
          .ifPresent(found -> model.put("publicationClass", found.title()));
      model.put("publishedWhere", where.get(key(where, "published_where")));
    }
    return model;
  }

  private List<Exemption> exemptions(InformationRequestCase c, String codes) {
    return catalogue.cited(codes, c.regime());
  }

  /** The case's decision row, made when the search was recorded; made here if that step was skipped. */
  private void ensureRow(String reference) {
    if (jdbc.sql("SELECT COUNT(*) FROM disclosure_decision WHERE case_reference = ?").param(reference).query(Long.class).single() == 0) {
      jdbc.sql("INSERT INTO disclosure_decision (case_reference) VALUES (?)").param(reference).update();
    }
  }

  private Optional<Disclosure> disclosure(String reference) {
    return jdbc.sql("SELECT disclosure FROM disclosure_decision WHERE case_reference = ? AND disclosure IS NOT NULL")
        .param(reference)
        .query(String.class)
        .optional()
        .map(Disclosure::valueOf);
  }

  private String codes(String reference) {
    return jdbc.sql("SELECT exemption_codes FROM disclosure_decision WHERE case_reference = ?")
        .param(reference)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** H2 and PostgreSQL differ in the case of column labels. */
  private static String key(Map<String, Object> row, String column) {
    return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElse(column);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }
}
