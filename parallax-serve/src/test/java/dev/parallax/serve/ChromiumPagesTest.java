package dev.parallax.serve;

import static dev.parallax.serve.TestCorpus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real browser: Debian's chromium, headless, loads each page with its script and
 * stylesheet, and its DOM and console are read back. No Selenium (chromedriver is not installed
 * here): chromium's --dump-dom and its console log. Skips when /usr/bin/chromium is absent.
 */
@Tag("slow")
class ChromiumPagesTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @RegisterExtension static final Served served = new Served();

  /** Browser profiles and logs. */
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
  }

  record Loaded(String dom, List<String> console) {}

  private static Loaded load(String path) throws IOException, InterruptedException {
    return load(dir, served.port(), path);
  }

  /** The DOM chromium makes of a page of the server on {@code port}, and its console lines. */
  static Loaded load(Path dir, int port, String path) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path err = dir.resolve("chromium-" + System.nanoTime() + ".log");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=3000",
                "--dump-dom",
                "http://127.0.0.1:" + port + path)
            .redirectError(err.toFile())
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(err)) {
      if (line.contains("CONSOLE") || line.contains("Refused to") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    return new Loaded(dom, console);
  }

  @Test
  void eachPageLoadsWithItsScriptAndNoConsoleError() throws Exception {
    for (String path :
        List.of(
            "/stories",
            "/stories/" + S1,
            "/articles/" + A1,
            "/actors/RMLGOV?with=VLD",
            "/outlets/o000000000000f0a1")) {
      Loaded page = load(path);
      assertThat(page.dom()).as(path).contains("</main>");
      assertThat(page.console()).as(path).isEmpty();
    }
  }

  @Test
  void theActorPairChartDrawsItsMonths() throws Exception {
    Loaded page = load("/actors/RMLGOV?with=VLD");
    assertThat(page.console()).isEmpty();
    // uPlot drew into the element: its canvas, and the script marked the months it drew
    assertThat(page.dom()).contains("data-drawn=\"1\"").contains("<canvas");
  }

  @Test
  void scriptInAnArticleStaysTextInTheBrowsersDom() throws Exception {
    Loaded page = load("/articles/" + A1);
    // a text node is written back escaped; an element would be written as a tag
    assertThat(page.dom()).doesNotContain("<script>alert").doesNotContain("<b onclick");
    assertThat(page.dom()).contains("&lt;script&gt;alert(");
    // the story page's link target exists in the browser's DOM
    assertThat(page.dom()).contains("id=\"ev-" + E1 + "-0\"");
  }
}
