package org.rightsdesk.notify;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the HTML and plain-text body of each message. Kept apart from the web's template engine so
 * mail templates cannot be served as pages. Thymeleaf escapes every value in HTML, so script or markup
 * in a requester's text arrives as text.
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  String html(MessageTemplate template, Map<String, Object> model) {
    return html.process(template.templateName(), new Context(Locale.UK, model));
  }

  String text(MessageTemplate template, Map<String, Object> model) {
    return text.process(template.templateName(), new Context(Locale.UK, model));
  }

  private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
