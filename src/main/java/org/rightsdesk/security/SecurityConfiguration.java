package org.rightsdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.rightsdesk.web.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Staff authenticate with their Camunda user: HTTP Basic on our API, a login form
 * on our staff pages. The Camunda webapps keep their own login, and /engine-rest gets HTTP Basic
 * through Camunda's own filter, so the engine's authorizations apply to each REST call.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/requests")
                    .permitAll()
                    // statistics are for those who oversee the service
                    .requestMatchers("/api/statistics/**")
                    .hasAnyAuthority(StaffGroups.overseerAuthorities())
                    .anyRequest()
                    .hasAnyAuthority(StaffGroups.staffAuthorities()))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> unauthorized(response, json)))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint((request, response, e) -> unauthorized(response, json))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            write(
                                response,
                                json,
                                HttpStatus.FORBIDDEN,
                                "Forbidden",
                                "Your account may not use this part of the service.")))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /** Monitoring tools read health openly and metrics with HTTP Basic as an administrator or manager. */
  @Bean
  @Order(2)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                    .permitAll()
                    .anyRequest()
                    .hasAnyAuthority(
                        StaffGroups.authority(StaffGroups.ADMINS), StaffGroups.authority(StaffGroups.MANAGERS)))
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                // administrators are created from configuration, never through the webapps' setup page
                auth.requestMatchers("/camunda/api/admin/setup/**", "/camunda/app/admin/*/setup/**")
                    .denyAll()
                    .requestMatchers("/dashboard/**", "/dashboard")
                    .hasAnyAuthority(StaffGroups.overseerAuthorities())
                    .requestMatchers("/staff/**")
                    .hasAnyAuthority(StaffGroups.staffAuthorities())
                    // public pages and API docs; the Camunda webapps and /engine-rest authenticate themselves
                    .anyRequest()
                    .permitAll())
        .formLogin(form -> form.defaultSuccessUrl("/staff/cases", false))
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/engine-rest/**"))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /** /engine-rest answers only to a Camunda user with HTTP Basic; the engine then checks authorizations. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("engine-rest-authentication");
    return registration;
  }

  private static void unauthorized(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"rightsdesk\"");
    write(response, json, HttpStatus.UNAUTHORIZED, "Sign in required", "Sign in with your staff user name and password.");
  }

  private static void write(
      HttpServletResponse response, ObjectMapper json, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Problems.of(status, title, detail).getBody());
  }
}
