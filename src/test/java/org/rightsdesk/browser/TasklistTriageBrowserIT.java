package org.rightsdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A caseworker triages a new request in Camunda Tasklist, in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Camunda's webapps and REST API find the engine in a static registry that a closed context empties:
// a context of its own per class keeps them on a live engine
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TasklistTriageBrowserIT {


  private static final Duration TIMEOUT = HeadlessChromium.TIMEOUT;

  private static final String CASEWORKER = "caseworker";
  private static final String PASSWORD = "caseworker";
  private static final String TRIAGE_TASK = "Task_TriageRequest";
  private static final String COLLATE_TASK = "Task_CollateDocuments";

  // Tasklist login page
  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD_INPUT = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");

  // Tasklist: filter list, task list and task view
  private static final String FILTER_MY_GROUPS = "My groups' tasks";
  private static final By CLAIM = By.cssSelector("button.claim");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  // Camunda Form triage-request: form-js renders ids as fjs-form-<random form id>-<field id>, and a radio
  // option's as ...-<field id>-<index of the option in the field's values>
  private static final By REGIME_FOI = By.cssSelector("input[type='radio'][id$='-Field_Regime-1']");
  private static final By VALID_REQUEST = By.cssSelector("input[type='checkbox'][id$='-Field_ValidRequest']");
  private static final By SUBJECT_OTHER = By.cssSelector("input[type='radio'][id$='-Field_SubjectType-3']");

  @LocalServerPort private int port;
  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtime;
  @Autowired private TaskService tasks;
  @Autowired private HistoryService history;
  @Autowired private IdentityService identity;

  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();

  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void useBrowser() {
    driver = chromium.driver();
    wait = chromium.waiting();
  }

  @Test
  void caseworkerTriagesRequestInTasklist() throws IOException {
    // Given Tasklist offers its login page: until a user is in camunda-admin, the Camunda webapps
    // redirect every visitor to their public "create the first administrator" setup page
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .as("users in group %s (else Tasklist shows its setup page, not its login)", Groups.CAMUNDA_ADMIN)
        .isPositive();

    // and a request made through the intake API, waiting for triage
    String reference = makeRequest();
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    Task triage = awaitTask(instance.getId(), TRIAGE_TASK);

    // When the caseworker signs in to Tasklist and opens the task from their groups' filter
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(CASEWORKER);
    driver.findElement(PASSWORD_INPUT).sendKeys(PASSWORD);
    driver.findElement(SIGN_IN).click();
    click(filterNamed(FILTER_MY_GROUPS));
    click(taskInList(triage.getId()));

    // and claims it, decides it is a valid FOI request about nobody in particular, and completes it
    click(CLAIM);
    click(REGIME_FOI);
    click(VALID_REQUEST);
    click(SUBJECT_OTHER);
    chromium.screenshot("triage-form-filled"); // what the caseworker saw, kept under target/ for review
    click(COMPLETE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(COMPLETE));

    // Then triage is done and the team searches for the information
    HistoricTaskInstance done =
        history.createHistoricTaskInstanceQuery().taskId(triage.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo(CASEWORKER);
    assertThat(done.getProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(COLLATE_TASK).count())
        .isEqualTo(1);

    // and the case records the regime the caseworker chose
    ResponseEntity<JsonNode> caseView =
        rest.withBasicAuth(CASEWORKER, PASSWORD).getForEntity("/api/requests/" + reference, JsonNode.class);
    assertThat(caseView.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(caseView.getBody().path("regime").asText()).isEqualTo("FOI");
  }

  private String makeRequest() {
    Map<String, Object> body =
        Map.of(
            "requester", Map.of("name", "Alex Requester", "email", "alex@example.org"),
            "description", "Please send me the minutes of the governors' meetings held in 2024.");
    ResponseEntity<JsonNode> receipt = rest.postForEntity("/api/requests", body, JsonNode.class);
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return receipt.getBody().path("reference").asText();
  }

  /** The acknowledgement is sent asynchronously before triage, so the task appears after a job runs. */
  private Task awaitTask(String processInstanceId, String taskDefinitionKey) {
    return await()
        .atMost(TIMEOUT)
        .until(
            () ->
                tasks.createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskDefinitionKey)
                    .singleResult(),
            task -> task != null);
  }

  /** Scrolls the element to the middle of the window first: Tasklist's fixed footer covers the bottom edge. */
  private void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static By filterNamed(String name) {
    // the link's own text: it also holds the task counter of the selected filter
    return By.xpath(
        "//div[contains(@class,'task-filter')]/h4[@class='name']/a[normalize-space(text())=\"" + name + "\"]");
  }

  private static By taskInList(String taskId) {
    return By.cssSelector("[cam-tasks] .tasks-list .task a[href*='task=" + taskId + "']");
  }

}
