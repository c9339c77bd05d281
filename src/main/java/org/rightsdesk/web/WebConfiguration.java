package org.rightsdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebConfiguration {

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> apiBodySizeLimit(
      @Value("${rightsdesk.intake.max-body-bytes}") int maxBytes, ObjectMapper json) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBytes, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** One clock for the whole service, so tests and the statutory clock agree on "now". */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
