package org.rightsdesk.notify;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: messages are written in the transaction of the step that causes them, and delivered
 * later by a process job that retries with back-off. A message is written once per case and purpose and
 * keeps its Message-ID for life, so a retry after a crash is the same message, never a second one.
 */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final OutboxRepository outbox;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String organisationName;
  private final String messageIdDomain;

  NotificationService(
      OutboxRepository outbox,
      MailTemplates templates,
      MailTransport transport,
      PlatformTransactionManager transactionManager,
      Clock clock,
      @Value("${rightsdesk.organisation-name}") String organisationName,
      @Value("${rightsdesk.mail.from}") String from) {
    this.outbox = outbox;
    this.templates = templates;
    this.transport = transport;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.organisationName = organisationName;
    this.messageIdDomain = from.substring(from.indexOf('@') + 1);
  }

  /**
   * Writes a message to the outbox in the caller's transaction. Writing the same template for the same
   * case again returns the message already written: a step that is retried sends one message.
   */
  @Transactional
  public OutboxMessage compose(
      String caseReference, MessageTemplate template, Recipient recipient, Map<String, Object> model) {
    Optional<OutboxMessage> existing = outbox.find(caseReference, template.name());
    if (existing.isPresent()) {
      return existing.get();
    }
    return write(caseReference, template.name(), template, recipient, model);
  }

  /**
   * Writes one more message of a template that a case can receive several times (a second request for
   * evidence, a reminder), in the caller's transaction.
   */
  @Transactional
  public OutboxMessage composeAnother(
      String caseReference, MessageTemplate template, Recipient recipient, Map<String, Object> model) {
    int occurrence = outbox.countFor(caseReference, template) + 1;
    return write(caseReference, template.name() + "#" + occurrence, template, recipient, model);
  }

  /**
   * Writes the message of a template for one subject of a case (a consultee's request, their reminder)
   * in the caller's transaction; writing it again returns the message already written.
   */
  @Transactional
  public OutboxMessage composeFor(
      String caseReference, MessageTemplate template, String subject, Recipient recipient, Map<String, Object> model) {
    String purpose = template.name() + ":" + subject;
    return outbox.find(caseReference, purpose).orElseGet(() -> write(caseReference, purpose, template, recipient, model));
  }

  private OutboxMessage write(
      String caseReference, String purpose, MessageTemplate template, Recipient recipient, Map<String, Object> model) {
    Map<String, Object> fullModel = new HashMap<>(model);
    fullModel.put("reference", caseReference);
    fullModel.put("template", template.name());
    fullModel.put("recipientName", recipient.name());
    fullModel.put("organisationName", organisationName);
    fullModel.put("letter", recipient.medium() == Medium.LETTER);
    String id = UUID.randomUUID().toString();
    OutboxMessage message =
        new OutboxMessage(
            id,
            "<" + id + "@" + messageIdDomain + ">",
            caseReference,
            purpose,
            template,
            recipient.medium(),
            recipient.address(),
            template.subject(caseReference),
            templates.text(template, fullModel),
            templates.html(template, fullModel),
            OutboxStatus.PENDING,
            0,
            null,
            clock.instant(),
            null);
    outbox.insert(message);
    return message;
  }

  /**
   * Adds a file to a message not yet sent, in the caller's transaction; adding the same name again keeps
   * the first, so a retried step attaches once.
   */
  @Transactional
  public void attach(String messageId, Attachment attachment) {
    if (outbox.attachments(messageId).stream().noneMatch(a -> a.fileName().equals(attachment.fileName()))) {
      outbox.attach(messageId, attachment);
    }
  }

  @Transactional(readOnly = true)
  public List<Attachment> attachments(String messageId) {
    return outbox.attachments(messageId);
  }

  /**
   * Delivers the case's waiting messages of this template. A failure is recorded on the message in a
   * transaction of its own (the caller's rolls back) and rethrown so the job retries; what was delivered
   * before the failure is not sent again.
   */
  @Transactional
  public void dispatch(String caseReference, MessageTemplate template) {
    for (OutboxMessage message : outbox.pending(caseReference, template)) {
      deliver(message);
    }
  }

  /**
   * Delivers one message if it still waits: steps running side by side for one case (one consultation
   * each) send their own message and never each other's.
   */
  @Transactional
  public void dispatchMessage(String messageId) {
    outbox.findById(messageId).filter(m -> m.status() == OutboxStatus.PENDING).ifPresent(this::deliver);
  }

  private void deliver(OutboxMessage message) {
    OutboxStatus delivered;
    if (message.medium() == Medium.LETTER) {
      delivered = OutboxStatus.PRINT_READY;
    } else {
      try {
        delivered = transport.deliver(message, outbox.attachments(message.id()));
      } catch (RuntimeException e) {
        String reason = describe(e);
        log.warn("Delivery of outbox message {} ({}) failed: {}", message.id(), message.template(), reason);
        ownTransaction.executeWithoutResult(status -> outbox.recordFailedAttempt(message.id(), reason));
        // the engine logs and stores a failed job's exception: keep the server's words, which can quote
        // addresses, out of both by rethrowing without the cause
        throw new MailDeliveryException("Delivery failed (" + reason + "); the job will retry");
      }
    }
    // committed at once, so a later failure in the same job cannot make this message go twice
    ownTransaction.executeWithoutResult(status -> outbox.markDelivered(message.id(), delivered, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<OutboxMessage> newestFirst(int limit) {
    return outbox.newestFirst(limit);
  }

  @Transactional(readOnly = true)
  public Optional<OutboxMessage> find(String id) {
    return outbox.findById(id);
  }

  @Transactional(readOnly = true)
  public List<OutboxMessage> forCase(String caseReference) {
    return outbox.forCase(caseReference);
  }

  /** The error's type and the mail server's words, never the message or its recipients. */
  private static String describe(RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getSimpleName() + " / " + root.getClass().getSimpleName();
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
