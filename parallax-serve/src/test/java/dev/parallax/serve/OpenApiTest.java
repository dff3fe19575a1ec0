package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every API route is documented in /api/openapi.json, and every documented route answers. */
class OpenApiTest {
  @RegisterExtension static final Served served = new Served();

  /** A value for each path parameter, taken from the test corpus. */
  private static final Map<String, String> SAMPLES =
      Map.of(
          "{id}/stories", TestCorpus.S1,
          "{id}/articles", TestCorpus.A1,
          "{code}", "RML",
          "{source}", "VLDGOV",
          "{target}", "RMLGOV",
          "{month}", "2025-03");

  private static TreeSet<String> documented() {
    TreeSet<String> paths = new TreeSet<>();
    served.json("/api/openapi.json").get("paths").fieldNames().forEachRemaining(paths::add);
    return paths;
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteIsARoute() {
    TreeSet<String> routes = new TreeSet<>();
    served.app().api().forEach(r -> routes.add(r.path()));
    served.app().writes().forEach(r -> routes.add(r.path()));
    assertThat(documented()).isEqualTo(routes);
  }

  @Test
  void everyDocumentedRouteAnswersWithJson() {
    List<String> failed = new ArrayList<>();
    JsonNode paths = served.json("/api/openapi.json").get("paths");
    for (String path : documented()) {
      if (!paths.get(path).has("get") || paths.get(path).get("get").get("responses").has("405")) {
        continue; // posts, jobs and searches: a server with ingestion (IngestionTest, FollowTest)
      }
      String concrete = path;
      if (path.startsWith("/api/stories/")) {
        concrete = path.replace("{id}", SAMPLES.get("{id}/stories"));
      } else if (path.startsWith("/api/outlets/")) {
        concrete = path.replace("{id}", "o000000000000f0a1");
      } else if (path.startsWith("/api/entities/")) {
        concrete = path.replace("{id}", TestCorpus.N1);
      } else if (path.startsWith("/api/events/")) {
        concrete = path.replace("{id}", TestCorpus.E1);
      } else if (path.startsWith("/api/articles/")) {
        concrete = path.replace("{id}", SAMPLES.get("{id}/articles"));
      }
      for (String p : new String[] {"{code}", "{source}", "{target}", "{month}"}) {
        concrete = concrete.replace(p, SAMPLES.get(p));
      }
      Http.Answer a = served.get(concrete);
      if (a.status() != 200 || !a.header("Content-Type").startsWith("application/json")) {
        failed.add(concrete + " -> " + a.status());
      }
    }
    assertThat(failed).isEmpty();
  }

  @Test
  void everyDocumentedParameterIsAParameterTheRouteTakes() {
    JsonNode paths = served.json("/api/openapi.json").get("paths");
    // an undocumented query parameter is refused (400), so a documented one must not be
    Http.Answer a =
        served.get(
            "/api/stories?from=2020&to=2030&outlet=Coastal+Times&actor=RML&group=RM&language=en"
                + "&cameo=19&quad=3&blindspot=false&limit=5");
    assertThat(a.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    paths
        .get("/api/stories")
        .get("get")
        .get("parameters")
        .forEach(p -> names.add(p.get("name").asText()));
    assertThat(names)
        .containsExactlyInAnyOrder(
            "from",
            "to",
            "outlet",
            "actor",
            "group",
            "language",
            "cameo",
            "quad",
            "blindspot",
            "limit",
            "cursor");
  }
}
