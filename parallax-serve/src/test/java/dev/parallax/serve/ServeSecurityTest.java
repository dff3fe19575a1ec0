package dev.parallax.serve;

import static dev.parallax.serve.TestCorpus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secure by default: hosts, origins, tokens, parameters, escaping, static files. */
class ServeSecurityTest {
  @RegisterExtension static final Served served = new Served();

  @Test
  void beyondLoopbackNeedsAToken() {
    assertThatThrownBy(() -> new Security("0.0.0.0", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> new Security("192.0.2.7", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Security("0.0.0.0", "short"))
        .hasMessageContaining("16 characters");
    assertThatThrownBy(() -> new Security("0.0.0.0", "sixteen-or-more; Path=/x"))
        .hasMessageContaining("letters, digits");
    new Security("127.0.0.1", null);
    new Security("localhost", null);
    new Security("::1", null);
    new Security("0.0.0.0", "a-token-of-enough-length");
    // a server that only reads may open them to all
    new Security("0.0.0.0", null, true);
    assertThatThrownBy(() -> new Security("0.0.0.0", null, false))
        .hasMessageContaining("--public-read");
  }

  @Test
  void withATokenEveryRequestMustCarryIt(@TempDir Path other) {
    String token = "s3cret-token-for-the-test";
    try (Served guarded = new Served(other, token)) {
      assertThat(guarded.get("/api/outlets").status()).isEqualTo(401);
      assertThat(guarded.get("/stories").status()).isEqualTo(401);
      assertThat(guarded.get("/static/parallax.css").status()).isEqualTo(401);
      Map<String, String> wrong = Map.of("Authorization", "Bearer " + token + "x");
      assertThat(Http.send(guarded.port(), "GET", "/api/outlets", wrong).status()).isEqualTo(401);
      Map<String, String> right = Map.of("Authorization", "Bearer " + token);
      assertThat(Http.send(guarded.port(), "GET", "/api/outlets", right).status()).isEqualTo(200);
      Map<String, String> cookie = Map.of("Cookie", Security.COOKIE + "=" + token);
      assertThat(Http.send(guarded.port(), "GET", "/stories", cookie).status()).isEqualTo(200);
      // a browser opens the URL with the token once and gets the cookie
      Http.Answer login = guarded.get("/stories?token=" + token);
      assertThat(login.status()).isEqualTo(303);
      assertThat(login.header("Location")).isEqualTo("/stories");
      assertThat(login.header("Set-Cookie"))
          .isEqualTo(Security.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      Http.Answer wrongLogin = guarded.get("/stories?token=" + token + "x");
      assertThat(wrongLogin.status()).isEqualTo(401);
      assertThat(wrongLogin.header("Set-Cookie")).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil"})
  void aForeignHostIsRefused(String host) {
    Http.Answer a = Http.send(served.port(), "GET", "/api/outlets", Map.of("Host", host));
    assertThat(a.status()).isEqualTo(421);
    assertThat(a.body()).doesNotContain(GAZETTE);
  }

  @Test
  void loopbackNamesAreAccepted() {
    for (String host : new String[] {"localhost:1", "127.0.0.1", "[::1]:8080", "LOCALHOST"}) {
      assertThat(Http.send(served.port(), "GET", "/api/outlets", Map.of("Host", host)).status())
          .as(host)
          .isEqualTo(200);
    }
  }

  @Test
  void crossSiteRequestsAndWritesAreRefused() {
    assertThat(
            Http.send(served.port(), "GET", "/api/outlets", Map.of("Origin", "http://evil.example"))
                .status())
        .isEqualTo(403);
    assertThat(
            Http.send(served.port(), "GET", "/api/outlets", Map.of("Sec-Fetch-Site", "cross-site"))
                .status())
        .isEqualTo(403);
    assertThat(
            Http.send(
                    served.port(),
                    "GET",
                    "/api/outlets",
                    Map.of("Origin", "http://127.0.0.1:" + served.port()))
                .status())
        .isEqualTo(200);
    assertThat(Http.send(served.port(), "POST", "/api/outlets", Map.of()).status()).isEqualTo(405);
    assertThat(Http.send(served.port(), "DELETE", "/stories", Map.of()).status()).isEqualTo(405);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/stories?limit=0",
        "/api/stories?limit=201",
        "/api/stories?limit=ten",
        "/api/stories?from=2025-13",
        "/api/stories?to=yesterday",
        "/api/stories?from=2025-03&to=2025-01",
        "/api/stories?actor=rus",
        "/api/stories?outlet=Nobody%27s%20Paper",
        "/api/stories?cursor=s000000000000ffff",
        "/api/stories?cursor=%3Cx%3E",
        "/api/stories?colour=red",
        "/api/stories?limit=1&limit=2",
        "/api/stories?blindspot=yes",
        "/api/stories?language=EN",
        "/api/stories?group=%00",
        "/api/stories/bad%20id",
        "/api/articles/a000000000000a001?x=1",
        "/api/actors/rus/events",
        "/api/actors/RUS/events?limit=-1",
        "/api/actor-pairs/RUS/x",
        "/api/outlets/o%3Cb%3E",
        "/outlets/o000000000000f0a1?page=2",
        "/stories?from=%3Cscript%3E",
        "/actors/RUS?with=%3Cb%3E"
      })
  void badParametersAre400WithAClearMessage(String path) {
    Http.Answer a = served.get(path);
    assertThat(a.status()).as(path).isEqualTo(400);
    if (path.startsWith("/api/")) {
      assertThat(a.header("Content-Type")).startsWith("application/json");
      assertThat(Served.read(a.body()).get("error").asText()).isNotBlank();
    } else {
      assertThat(a.body()).doesNotContain("<script>").doesNotContain("<b>");
    }
  }

  @Test
  void largeHeadersAreRefused() {
    Http.Answer a =
        Http.send(served.port(), "GET", "/api/outlets", Map.of("X-Padding", "p".repeat(10_000)));
    assertThat(a.status()).isEqualTo(431);
  }

  @Test
  void aLongUrlIsRefused() {
    assertThat(served.get("/api/stories?outlet=" + "x".repeat(3000)).status()).isIn(414, 431);
  }

  @Test
  void articleScriptAndMarkupAreEscapedInPages() {
    Http.Answer page = served.get("/articles/" + A1);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<script>alert")
        .doesNotContain("<b onclick")
        .doesNotContain("<i>closed")
        .contains("&lt;script&gt;alert(")
        .contains("&lt;b onclick=");
    Http.Answer story = served.get("/stories/" + S1);
    assertThat(story.body()).doesNotContain("<em>\"").doesNotContain("harbour master <em>");
    Http.Answer list = served.get("/stories");
    assertThat(list.body()).doesNotContain("<script>alert");
  }

  @Test
  void articleScriptAndMarkupAreEscapedInJson() {
    Http.Answer a = served.get("/api/articles/" + A1);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(a.body()).doesNotContain("<").doesNotContain(">");
    assertThat(Served.read(a.body()).get("article").get("body").asText()).isEqualTo(BODY1);
  }

  @Test
  void pagesCarryAPolicyAndNoInlineScript() {
    for (String path :
        new String[] {
          "/stories",
          "/stories/" + S1,
          "/articles/" + A1,
          "/actors/RML?with=VLD",
          "/outlets/o000000000000f0a2"
        }) {
      Http.Answer a = served.get(path);
      assertThat(a.status()).as(path).isEqualTo(200);
      String csp = a.header("Content-Security-Policy");
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
      Matcher scripts =
          Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(a.body());
      while (scripts.find()) {
        assertThat(scripts.group(1)).as(path).containsPattern("src=\"/(webjars|static)/");
        assertThat(scripts.group(2)).as(path).isBlank();
      }
      assertThat(a.body()).as(path).doesNotContainPattern("(?i)<[^>]*\\son[a-z]+=");
    }
    assertThat(served.get("/api/outlets").header("Content-Security-Policy")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/../dev/parallax/serve/openapi.json",
        "/static/%2e%2e/openapi.json",
        "/static/..%2f..%2fdev/parallax/serve/ServeApp.class",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/webjars/../dev/parallax/serve/ServeApp.class",
        "/webjars/%2e%2e/%2e%2e/dev/parallax/serve/ServeApp.class"
      })
  void noPathTraversalInStaticFiles(String path) {
    Http.Answer a = served.get(path);
    assertThat(a.status()).as(path).isBetween(400, 404);
    assertThat(a.body()).doesNotContain("Parallax serve API").doesNotContain("root:x");
  }

  @Test
  void staticFilesAndWebjarsAreServed() {
    assertThat(served.get("/static/parallax.css").status()).isEqualTo(200);
    assertThat(served.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").status()).isEqualTo(200);
    assertThat(served.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status()).isEqualTo(200);
    assertThat(served.get("/static/pair-chart.js").status()).isEqualTo(200);
  }
}
