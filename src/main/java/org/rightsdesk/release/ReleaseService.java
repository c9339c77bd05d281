package org.rightsdesk.release;

import org.rightsdesk.web.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rightsdesk.clock.ClockRequest;
import org.rightsdesk.gate.DisclosureGate;
import org.rightsdesk.gate.Inspection;
import org.rightsdesk.notify.MessageTemplate;
import org.rightsdesk.notify.NotificationService;
import org.rightsdesk.notify.Recipient;
import org.rightsdesk.publish.DisclosureLog;
import org.rightsdesk.redact.review.DisclosureBundle;
import org.rightsdesk.request.CaseDeadlines;
import org.rightsdesk.request.CaseWorkService;
import org.rightsdesk.request.DeliveryMethod;
import org.rightsdesk.request.InformationRequestCase;
import org.rightsdesk.request.Requester;
import org.rightsdesk.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The release of a response (seed 003 4.5.3.6 and 5.2.3.4): signed off by someone other than its author,
 * then delivered the way the requester asked (changeable by the caseworker): by email with a signed bundle
 * behind an expiring link, by post signed for on delivery, or handed over in person. The statutory date is
 * when it was sent or made available; it is recorded on the case and compared with the deadline.
 */
@Service("releases")
public class ReleaseService {

  public static final String PROOF_OF_DELIVERY = "Msg_ProofOfDelivery";
  public static final String POST_RETURNED = "Msg_PostReturned";

  /** The sign-off decision. */
  public enum SignOff { APPROVE, SEND_BACK }

  /** How a booked handover went. */
  public enum Handover { HANDED_OVER, NO_SHOW }

  /** What staff see of a release. */
  public record Release(DeliveryMethod method, String signedOffBy, String sentBackReason, boolean signedBundle,
      String dispatchService, String trackingNumber, String deliveredTo, LocalDate deliveredOn, LocalDate returnedOn,
      Instant handoverAt, String handoverPlace, String handedOverBy, String receivedBy, LocalDate releasedOn) {}

  private final CaseWorkService work;
  private final CaseDeadlines deadlines;
  private final DisclosureBundle bundles;
  private final BundleSigner signer;
  private final DisclosureGate gate;
  private final ReleaseLinks links;
  private final DisclosureLog disclosureLog;
  private final NotificationService notifications;
  private final RuntimeService runtime;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration linkLife;
  private final int proofWorkingDays;
  private final String teamMailbox;
  private final String baseUrl;

  ReleaseService(CaseWorkService work, CaseDeadlines deadlines, DisclosureBundle bundles, BundleSigner signer, DisclosureGate gate,
      ReleaseLinks links, DisclosureLog disclosureLog, NotificationService notifications, RuntimeService runtime, JdbcClient jdbc, Clock clock,
      @Value("${rightsdesk.release.link-days:28}") int linkDays,
      @Value("${rightsdesk.release.proof-of-delivery-working-days:10}") int proofWorkingDays,
      @Value("${rightsdesk.notifications.team-mailbox}") String teamMailbox,
      @Value("${rightsdesk.public-base-url}") String baseUrl) {
    this.work = work;
    this.deadlines = deadlines;
    this.bundles = bundles;
    this.signer = signer;
    this.gate = gate;
    this.links = links;
    this.disclosureLog = disclosureLog;
    this.notifications = notifications;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.clock = clock;
    this.linkLife = Duration.ofDays(linkDays);
    this.proofWorkingDays = proofWorkingDays;
    this.teamMailbox = teamMailbox;
    this.baseUrl = baseUrl;
  }

  /** The method the sign-off form starts from: the one chosen before, else the requester's preference. */
  @Transactional(readOnly = true)
  public DeliveryMethod proposedMethod(String reference) {
    return release(reference).map(Release::method)
        .or(() -> Optional.ofNullable(work.get(reference).preferredDelivery()))
        .orElse(work.get(reference).requester().email() == null ? DeliveryMethod.POST : DeliveryMethod.EMAIL);
  }

  /** Four eyes: the approver is not who prepared the response. Returns whether it was approved. */
  @Transactional
  public boolean signOff(String reference, SignOff decision, DeliveryMethod method, String reason, boolean publishable,
      String actor) {
    if (decision == null) {
      throw new InvalidInputException("signOff", "approve the response or send it back");
    }
    if (actor == null || actor.equals(work.responsePreparedBy(reference))) {
      throw new InvalidInputException("signOff", "a second person must sign off: you prepared this response");
    }
    ensureRow(reference);
    if (decision == SignOff.SEND_BACK) {
      if (reason == null || reason.length() > 2000) {
        throw new InvalidInputException("sentBackReason", "say what needs changing (at most 2000 characters)");
      }
      jdbc.sql("UPDATE response_release SET sent_back_reason = ?, signed_off_by = NULL, signed_off_at = NULL WHERE case_reference = ?")
          .params(reason, reference).update();
      work.note(reference, "RESPONSE_SENT_BACK", actor, null);
      return false;
    }
    InformationRequestCase c = work.get(reference);
    if (method == null) {
      throw new InvalidInputException("deliveryMethod", "choose how the response is delivered");
    }
    requireReachable(c, method);
    if (publishable && c.regime() != org.rightsdesk.request.RequestType.FOI && c.regime() != org.rightsdesk.request.RequestType.EIR) {
      throw new InvalidInputException("publishToDisclosureLog", "only FOI and EIR responses are published; never a subject access request");
    }
    jdbc.sql("UPDATE response_release SET delivery_method = ?, signed_off_by = ?, signed_off_at = ?, sent_back_reason = NULL,"
            + " publishable = ? WHERE case_reference = ?")
        .params(method.name(), actor, now(), publishable, reference).update();
    work.note(reference, "RESPONSE_SIGNED_OFF", actor, method.name());
    return true;
  }

  /**
   * Electronic release: the bundle (if any) is signed by the organisation and put behind a new expiring
   * link, and the response email written with it.
   */
  @Transactional
  public void prepareElectronicRelease(String reference) {
    InformationRequestCase c = work.get(reference);
    Map<String, Object> details = new HashMap<>();
    Optional<byte[]> signed = signBundle(reference);
    if (signed.isPresent()) {
      Instant expires = clock.instant().plus(linkLife);
      details.put("downloadLink", links.issue(reference, expires));
      details.put("downloadExpiresOn", LocalDate.ofInstant(expires, ClockRequest.UK));
    }
    work.composeResponse(reference, c.requester().recipient(), details);
  }

  /**
   * A new link after expiry or loss; the old one stops working. Returns the outbox message with the link,
   * for the caller to deliver once this transaction has committed.
   */
  @Transactional
  public String reissueLink(String reference, String actor) {
    if (release(reference).filter(r -> r.signedBundle() && r.method() == DeliveryMethod.EMAIL).isEmpty()) {
      throw new InvalidInputException("reference", "no signed bundle has been released by email for this case");
    }
    Instant expires = clock.instant().plus(linkLife);
    Map<String, Object> model = new HashMap<>();
    model.put("downloadLink", links.issue(reference, expires));
    model.put("downloadExpiresOn", LocalDate.ofInstant(expires, ClockRequest.UK));
    work.note(reference, "DOWNLOAD_LINK_REISSUED", actor, null);
    return notifications.composeAnother(reference, MessageTemplate.DOWNLOAD_LINK, work.get(reference).requester().recipient(), model).id();
  }

  /** The email went: that is the date the response was made available. */
  @Transactional
  public void recordSent(String reference) {
    released(reference, clock.instant(), null);
  }

  /** Post: the letter and signed bundle for printing; the letter goes to the outbox as a printed letter. */
  @Transactional
  public void prepareForPost(String reference) {
    Requester requester = work.get(reference).requester();
    signBundle(reference);
    work.composeResponse(reference, new Recipient(requester.name(), null, requester.postalAddress()), Map.of("byPost", true));
  }

  /** Dispatched signed-for: the statutory date is the day it was sent. */
  @Transactional
  public void recordDispatch(String reference, String service, String tracking, String actor) {
    if (blank(service) || service.length() > 100) {
      throw new InvalidInputException("dispatchService", "name the signed-for service used");
    }
    if (blank(tracking) || tracking.length() > 100) {
      throw new InvalidInputException("trackingNumber", "give the tracking number");
    }
    jdbc.sql("UPDATE response_release SET dispatch_service = ?, tracking_number = ?, returned_on = NULL WHERE case_reference = ?")
        .params(service.strip(), tracking.strip(), reference).update();
    released(reference, clock.instant(), actor);
  }

  /** Proof of delivery: who signed and when; the waiting release moves on. */
  @Transactional
  public void recordProofOfDelivery(String reference, String signedBy, LocalDate on, String actor) {
    checkDelivery(signedBy, on);
    waitingForPost(reference);
    storeDelivery(reference, signedBy, on);
    work.note(reference, "PROOF_OF_DELIVERY", actor, null);
    runtime.createMessageCorrelation(PROOF_OF_DELIVERY).processInstanceBusinessKey(reference).correlate();
  }

  /** Returned undelivered: the caseworker decides how to deliver it instead. */
  @Transactional
  public void recordReturned(String reference, LocalDate on, String actor) {
    if (on == null || on.isAfter(today())) {
      throw new InvalidInputException("returnedOn", "give the date it came back, not in the future");
    }
    waitingForPost(reference);
    jdbc.sql("UPDATE response_release SET returned_on = ? WHERE case_reference = ?").params(on, reference).update();
    work.note(reference, "POST_RETURNED", actor, null);
    runtime.createMessageCorrelation(POST_RETURNED).processInstanceBusinessKey(reference).correlate();
  }

  /** The chase found it was delivered: recorded like proof that came in, without a message to wait for. */
  @Transactional
  public void recordChasedDelivery(String reference, String signedBy, LocalDate on, String actor) {
    checkDelivery(signedBy, on);
    storeDelivery(reference, signedBy, on);
    work.note(reference, "PROOF_OF_DELIVERY", actor, "after chasing");
  }

  @Transactional
  public void recordChasedReturn(String reference, String actor) {
    jdbc.sql("UPDATE response_release SET returned_on = ? WHERE case_reference = ?").params(today(), reference).update();
    work.note(reference, "POST_RETURNED", actor, "found when chasing");
  }

  /** After returned post: deliver another way (the requester's address may have been checked meanwhile). */
  @Transactional
  public void changeMethod(String reference, DeliveryMethod method, String actor) {
    InformationRequestCase c = work.get(reference);
    if (method == null) {
      throw new InvalidInputException("deliveryMethod", "choose how the response is delivered now");
    }
    requireReachable(c, method);
    jdbc.sql("UPDATE response_release SET delivery_method = ?, dispatch_service = NULL, tracking_number = NULL WHERE case_reference = ?")
        .params(method.name(), reference).update();
    work.note(reference, "DELIVERY_METHOD_CHANGED", actor, method.name());
  }

  /** In person: when and where; the response letter and signed bundle are prepared for the handover. */
  @Transactional
  public void arrangeHandover(String reference, LocalDateTime at, String place, String actor) {
    if (at == null) {
      throw new InvalidInputException("handoverAt", "give the date and time of the handover");
    }
    if (blank(place) || place.length() > 500) {
      throw new InvalidInputException("handoverPlace", "say where the handover is");
    }
    Requester requester = work.get(reference).requester();
    signBundle(reference);
    jdbc.sql("UPDATE response_release SET handover_at = ?, handover_place = ? WHERE case_reference = ?")
        .params(at.atZone(ClockRequest.UK).toOffsetDateTime(), place.strip(), reference).update();
    work.composeResponse(reference, new Recipient(requester.name(), null, "To be handed over in person"), Map.of("inPerson", true));
    work.note(reference, "HANDOVER_ARRANGED", actor, null);
  }

  /** The day: identity checked again, handed over with a signed receipt; or the requester did not come. */
  @Transactional
  public boolean recordHandover(String reference, Handover outcome, String receivedBy, boolean identityRechecked,
      boolean receiptSigned, String actor) {
    if (outcome == null) {
      throw new InvalidInputException("handoverOutcome", "say whether it was handed over");
    }
    if (outcome == Handover.NO_SHOW) {
      work.note(reference, "HANDOVER_NO_SHOW", actor, null);
      return false;
    }
    if (receivedBy == null || receivedBy.isBlank() || receivedBy.length() > 200) {
      throw new InvalidInputException("receivedBy", "give the name of the person who received it");
    }
    if (!identityRechecked) {
      throw new InvalidInputException("identityRechecked", "check the requester's identity again before handing over");
    }
    if (!receiptSigned) {
      throw new InvalidInputException("receiptSigned", "the requester signs a receipt for what was handed over");
    }
    jdbc.sql("UPDATE response_release SET handed_over_by = ?, received_by = ?, identity_rechecked = TRUE WHERE case_reference = ?")
        .params(actor, receivedBy.strip(), reference).update();
    released(reference, clock.instant(), actor);
    return true;
  }

  @Transactional(readOnly = true)
  public Optional<Release> release(String reference) {
    return jdbc.sql("SELECT * FROM response_release WHERE case_reference = ?").param(reference)
        .query((rs, row) -> new Release(
            rs.getString("delivery_method") == null ? null : DeliveryMethod.valueOf(rs.getString("delivery_method")),
            rs.getString("signed_off_by"), rs.getString("sent_back_reason"), rs.getBytes("signed_bundle") != null,
            rs.getString("dispatch_service"), rs.getString("tracking_number"), rs.getString("delivered_to"),
            rs.getObject("delivered_on", LocalDate.class), rs.getObject("returned_on", LocalDate.class),
            Optional.ofNullable(rs.getObject("handover_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
            rs.getString("handover_place"), rs.getString("handed_over_by"), rs.getString("received_by"),
            rs.getObject("released_on", LocalDate.class)))
        .optional();
  }

  /** Exactly what was released: the signed bundle, kept on the case. */
  @Transactional(readOnly = true)
  public Optional<byte[]> signedBundle(String reference) {
    return jdbc.sql("SELECT signed_bundle FROM response_release WHERE case_reference = ? AND signed_bundle IS NOT NULL")
        .param(reference).query((rs, row) -> rs.getBytes("signed_bundle")).optional();
  }

  /** Timer: the team is reminded half-way to the chase that no proof of delivery has come. */
  @Transactional(readOnly = true)
  public java.util.Date proofReminderAt(String reference) {
    LocalDate sent = release(reference).map(Release::releasedOn).orElse(today());
    return deadlines.workingDaysAfter(reference, sent, Math.max(1, (proofWorkingDays + 1) / 2));
  }

  /** The reminder to the team, in the outbox; returns the message for the send step. */
  @Transactional
  public String composeProofReminder(String reference) {
    Release release = release(reference).orElseThrow();
    Map<String, Object> model = new HashMap<>();
    model.put("dispatchService", release.dispatchService());
    model.put("trackingNumber", release.trackingNumber());
    model.put("releaseUrl", baseUrl + "/staff/cases/" + reference + "/release");
    return notifications.composeFor(reference, MessageTemplate.PROOF_OF_DELIVERY_REMINDER, release.trackingNumber(),
        new Recipient("Information rights team", teamMailbox, null), model).id();
  }

  /** Timer: when to chase the missing proof of delivery. */
  @Transactional(readOnly = true)
  public java.util.Date proofChaseAt(String reference) {
    LocalDate sent = release(reference).map(Release::releasedOn).orElse(today());
    return deadlines.workingDaysAfter(reference, sent, proofWorkingDays);
  }

  private Optional<byte[]> signBundle(String reference) {
    ensureRow(reference);
    Optional<byte[]> signed = bundles.bundle(reference).map(pdf -> {
      // the gate again at release (issue #10): the bundle goes out only if nothing is hidden in it
      Inspection inspection = gate.inspect(reference + "-disclosure-bundle.pdf", pdf);
      if (inspection.blocked()) {
        throw new IllegalStateException("The disclosure bundle holds hidden data and was not released: "
            + inspection.findings().stream().filter(f -> f.isBlocking()).map(f -> f.kind() + " at " + f.location()).toList());
      }
      return signer.sign(pdf, reference);
    });
    signed.ifPresent(pdf -> jdbc.sql("UPDATE response_release SET signed_bundle = ?, signed_sha256 = ? WHERE case_reference = ?")
        .params(pdf, Sha256.hex(pdf), reference).update());
    return signed;
  }

  private void released(String reference, Instant at, String actor) {
    ensureRow(reference);
    jdbc.sql("UPDATE response_release SET released_on = ? WHERE case_reference = ?")
        .params(LocalDate.ofInstant(at, ClockRequest.UK), reference).update();
    work.recordResponseSent(reference, at, actor);
    if (jdbc.sql("SELECT publishable FROM response_release WHERE case_reference = ?").param(reference).query(Boolean.class).single()) {
      disclosureLog.publish(reference, actor);
    }
  }

  /** The method needs the address it delivers to. */
  private static void requireReachable(InformationRequestCase c, DeliveryMethod method) {
    if (method == DeliveryMethod.EMAIL && blank(c.requester().email())) {
      throw new InvalidInputException("deliveryMethod", "the requester has no email address: send by post or hand it over");
    }
    if (method == DeliveryMethod.POST && blank(c.requester().postalAddress())) {
      throw new InvalidInputException("deliveryMethod", "the requester has no postal address: send by email or hand it over");
    }
  }

  private void checkDelivery(String signedBy, LocalDate on) {
    if (blank(signedBy) || signedBy.length() > 200) {
      throw new InvalidInputException("deliveredTo", "give the name of the person who signed for it");
    }
    if (on == null || on.isAfter(today())) {
      throw new InvalidInputException("deliveredOn", "give the delivery date, not in the future");
    }
  }

  private void storeDelivery(String reference, String signedBy, LocalDate on) {
    jdbc.sql("UPDATE response_release SET delivered_to = ?, delivered_on = ? WHERE case_reference = ?")
        .params(signedBy.strip(), on, reference).update();
  }

  private void waitingForPost(String reference) {
    if (release(reference).map(Release::trackingNumber).isEmpty()
        || runtime.createExecutionQuery().processInstanceBusinessKey(reference).messageEventSubscriptionName(PROOF_OF_DELIVERY).count() == 0) {
      throw new InvalidInputException("reference", "this case is not waiting for proof of delivery");
    }
  }

  private void ensureRow(String reference) {
    if (jdbc.sql("SELECT COUNT(*) FROM response_release WHERE case_reference = ?").param(reference).query(Long.class).single() == 0) {
      jdbc.sql("INSERT INTO response_release (case_reference) VALUES (?)").param(reference).update();
    }
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockRequest.UK));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
