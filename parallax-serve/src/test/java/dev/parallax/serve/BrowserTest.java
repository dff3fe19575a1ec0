package dev.parallax.serve;

import static dev.parallax.serve.TestCorpus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages end to end in a real browser: Debian's chromium, headless, driven through Selenium and
 * Debian's chromedriver (package chromium-driver). A user's paths: search, then the story, then a
 * fact, then its highlighted sentence; the actor-pair chart drawn and clicked; filters that change
 * the lists; and no console error on any page. Without the browser they skip, or fail under {@code
 * CI=true} ({@link Chromium}).
 */
@Tag("slow")
class BrowserTest {
  @RegisterExtension static final Served served = new Served();

  private static WebDriver browser;

  @BeforeAll
  static void start() {
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void clearConsole() {
    if (browser != null) {
      browser.manage().logs().get(LogType.BROWSER);
    }
  }

  private static void open(String path) {
    browser.get("http://127.0.0.1:" + served.port() + path);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static List<String> consoleProblems() {
    return Chromium.consoleProblems(browser);
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  @Test
  void searchThenStoryThenAFactThenItsHighlightedSentence() {
    open("/search");
    WebElement query = browser.findElement(By.cssSelector("form.search-form input[name=q]"));
    WebElement before = browser.findElement(By.id("search-total"));
    query.sendKeys("\"northern harbour\"");
    query.submit();
    waiting().until(ExpectedConditions.stalenessOf(before));
    WebElement hit =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hit-" + A1)));
    assertThat(browser.findElement(By.id("search-total")).getText()).startsWith("1 articles");
    assertThat(hit.findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .containsExactly("northern harbour");

    hit.findElement(By.cssSelector("a.story-link")).click();
    waiting().until(ExpectedConditions.urlContains("/stories/" + S1));
    String fact = "/articles/" + A1 + "#ev-" + E1 + "-0";
    WebElement event =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("table.events a[href='" + fact + "']")));
    event.click();

    waiting().until(ExpectedConditions.urlContains(fact));
    WebElement anchor =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ev-" + E1 + "-0")));
    // the anchor opens the highlighted event: the sentence the event was read from
    WebElement sentence = anchor.findElement(By.xpath(".."));
    assertThat(sentence.getAttribute("class")).contains("hl-event");
    assertThat(sentence.getText()).isEqualTo(BODY1.substring(0, BODY1.indexOf('\n')));
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void theActorPairChartDrawsItsPointsAndAClickOpensTheirMonth() {
    open("/actors/RMLGOV?with=VLD");
    WebElement chart =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#pair-chart[data-drawn]")));
    // one month, drawn in both directions (RMLGOV → VLD and VLD → RMLGOV)
    assertThat(chart.getAttribute("data-drawn")).isEqualTo("1");
    assertThat(chart.findElements(By.tagName("canvas"))).hasSize(2);
    WebElement over = chart.findElement(By.cssSelector(".u-over"));
    new Actions(browser).moveToElement(over).click().perform();
    // the point opens the events of its month
    waiting().until(ExpectedConditions.urlContains("month=2024-11"));
    assertThat(browser.findElement(By.id("month-events")).getText()).endsWith("in 2024-11");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.month-events tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("RMLGOV").contains("VLD").contains("112");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void filtersChangeTheLists() {
    open("/stories");
    assertThat(browser.findElements(By.cssSelector("table.stories tbody tr"))).hasSize(2);
    new Select(browser.findElement(By.name("outlet"))).selectByVisibleText(GAZETTE);
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlMatches("outlet=Harbour(\\+|%20)Gazette"));
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.stories tbody tr"), 1));

    open("/search?q=valdoria");
    assertThat(browser.findElements(By.cssSelector("article.hit"))).hasSize(3);
    browser.findElement(By.id("top-outlets")).findElement(By.linkText(GAZETTE)).click();
    waiting().until(ExpectedConditions.urlMatches("outlet=Harbour(\\+|%20)Gazette"));
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.hit"), 1));
    WebElement from = browser.findElement(By.cssSelector("form.search-form input[name=from]"));
    new Select(browser.findElement(By.cssSelector("form.search-form select[name=outlet]")))
        .selectByIndex(0);
    from.sendKeys("2025-03-05");
    from.submit();
    waiting().until(ExpectedConditions.urlContains("from=2025-03-05"));
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.hit"), 1));
    assertThat(browser.findElement(By.cssSelector("article.hit")).getAttribute("id"))
        .isEqualTo("hit-" + A2);
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void everyPageLoadsWithItsScriptsAndNoConsoleErrorAndScriptInTextStaysText() {
    for (String path :
        List.of(
            "/stories",
            "/stories/" + S1,
            "/articles/" + A1,
            "/actors/RMLGOV?with=VLD",
            "/outlets/o000000000000f0a1",
            "/search?q=harbour")) {
      open(path);
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
      assertThat(script("return typeof htmx")).as(path).isEqualTo("object");
      assertThat(consoleProblems()).as(path).isEmpty();
    }
    // the attention chart drew the query's month
    assertThat(
            waiting()
                .until(
                    ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#attention-chart[data-drawn]")))
                .getAttribute("data-drawn"))
        .isEqualTo("1");

    open("/articles/" + A1);
    // the article's markup is text in the page, not elements: no script ran, no element made
    assertThat(browser.findElement(By.cssSelector(".body")).getText()).contains(HOSTILE);
    assertThat(browser.findElements(By.cssSelector(".body b, .body script"))).isEmpty();
    assertThat(browser.getTitle()).contains("<script>");
    open("/search?q=owned");
    assertThat(browser.findElements(By.cssSelector("article.hit script, article.hit b"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("article.hit h2")).getText())
        .contains("<script>alert('owned')</script>");
    assertThat(consoleProblems()).isEmpty();
  }
}
