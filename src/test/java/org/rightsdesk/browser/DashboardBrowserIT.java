package org.rightsdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A manager signs in, sees the dashboard's charts, and follows a number to the cases behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardBrowserIT {

  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();

  @LocalServerPort private int port;
  @Autowired private TestRestTemplate rest;

  @Test
  void a_manager_sees_the_charts_and_follows_a_number_to_its_cases() throws Exception {
    // Given two requests waiting for triage
    for (String name : List.of("Ada Lovelace", "Grace Hopper")) {
      var receipt =
          rest.postForEntity(
              "/api/requests",
              Map.of("requester", Map.of("name", name, "email", "someone@example.org"), "description", "Bus routes"),
              Map.class);
      assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    ChromeDriver driver = chromium.driver();

    // When the manager signs in and opens the dashboard
    driver.get("http://localhost:" + port + "/dashboard");
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("manager");
    driver.findElement(By.id("password")).sendKeys("manager");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    chromium.waiting().until(ExpectedConditions.urlContains("/dashboard"));

    // Then every chart is drawn, each with a table for screen readers
    List<WebElement> charts = chromium.waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("svg")));
    assertThat(charts).as("weekly volumes and timeliness; outcomes once cases close").hasSizeGreaterThanOrEqualTo(2);
    assertThat(charts).allSatisfy(svg -> assertThat(svg.findElements(By.tagName("title"))).isNotEmpty());
    assertThat(driver.findElements(By.cssSelector("table"))).hasSizeGreaterThanOrEqualTo(charts.size());
    chromium.screenshot("dashboard");

    // When the manager follows the number of cases waiting for triage
    WebElement triage = driver.findElement(By.cssSelector("a[href*='stage=TRIAGE']"));
    assertThat(triage.getText()).isEqualTo("2");
    triage.click();

    // Then the list shows those two cases
    chromium.waiting().until(ExpectedConditions.urlContains("/dashboard/cases"));
    assertThat(driver.findElements(By.cssSelector("a[href*='/staff/cases/IR-']"))).hasSize(2);
    chromium.screenshot("dashboard-cases");
  }
}
