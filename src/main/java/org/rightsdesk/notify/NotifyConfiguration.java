package org.rightsdesk.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
class NotifyConfiguration {

  /** SMTP when spring.mail.host is set (Spring Boot then builds a JavaMailSender), else the local outbox. */
  @Bean
  MailTransport mailTransport(
      ObjectProvider<JavaMailSender> mailSender, @Value("${rightsdesk.mail.from}") String from) {
    JavaMailSender sender = mailSender.getIfAvailable();
    return sender == null ? new LocalOutboxTransport() : new SmtpMailTransport(sender, from);
  }
}
