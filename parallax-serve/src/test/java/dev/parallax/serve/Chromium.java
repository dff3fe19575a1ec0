package dev.parallax.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, driven through Selenium and Debian's chromedriver (package
 * chromium-driver), for the browser tests. Without chromedriver or chromium a test skips, saying
 * why; under {@code CI=true} it fails instead (.ci/run installs both), so that CI cannot pass with
 * the browser tests silently skipped.
 */
final class Chromium {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** A new headless browser that keeps its console's messages. */
  static WebDriver start() {
    String missing =
        !Files.isExecutable(CHROMEDRIVER)
            ? "no " + CHROMEDRIVER + " (Debian package chromium-driver)"
            : !Files.isExecutable(CHROMIUM)
                ? "no " + CHROMIUM + " (Debian package chromium)"
                : null;
    if (missing != null) {
      String message = "browser tests skipped: " + missing + "; .ci/run installs it";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true, and " + message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /**
   * The console's warnings and errors since the last call (Content-Security-Policy refusals too).
   */
  static List<String> consoleProblems(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
