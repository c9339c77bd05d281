package org.rightsdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium and chromedriver, headless, for one test at a time: nothing is downloaded (the network
 * reaches only package registries). A failing test leaves a screenshot and the page's HTML under target/.
 */
class HeadlessChromium implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Path profile;
  private ChromeDriver driver;
  private WebDriverWait wait;

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    requireChromium();
    profile = Files.createTempDirectory("rightsdesk-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, TIMEOUT);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    screenshot(context.getRequiredTestMethod().getName());
    throw failure;
  }

  /** The page as the browser shows it now, and its HTML. */
  void screenshot(String name) throws IOException {
    if (driver != null) {
      Files.createDirectories(SCREENSHOTS);
      File png = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    }
  }

  /**
   * Skips where Chromium is not installed, except in CI, which installs it (.ci/run). Checked per test, not in
   * a @BeforeAll: Maven Failsafe counts a class-level skip as a failure.
   */
  private static void requireChromium() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed).as("chromium and chromium-driver installed (.ci/run installs them)").isTrue();
    } else {
      assumeTrue(installed, "chromium and chromium-driver are not installed");
    }
  }
}
