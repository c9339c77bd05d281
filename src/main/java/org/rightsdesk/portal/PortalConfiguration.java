package org.rightsdesk.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration
class PortalConfiguration {

  /**
   * The token is in the address of every portal page, error pages included: no Referer carries it
   * elsewhere, no cache keeps the page, no search engine lists it. Ordered before Spring Security so a
   * refused (403) submission is covered too.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> portalPrivacyHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setHeader("X-Robots-Tag", "noindex, nofollow");
                chain.doFilter(request, response);
              }
            });
    registration.addUrlPatterns("/portal/*");
    registration.setName("portal-privacy-headers");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
