package dev.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server over {@link TestCorpus} on a free loopback port. Registered in a test class
 * ({@code @RegisterExtension static final Served served = new Served();}) it serves that class's
 * tests, started before them and stopped after; made with a folder and a token, it serves at once.
 */
final class Served implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  private Javalin app;
  private ServeApp serve;
  private Corpus corpus;
  private SearchIndex index;
  private Path dir;

  /** A server for a test class, started by JUnit. */
  Served() {}

  /** A server started now, its store in {@code dir}, requiring {@code token} (or none). */
  Served(Path dir, String token) {
    start(dir, token);
  }

  private void start(Path folder, String token) {
    StoreLocation location = TestCorpus.write(folder.resolve("corpus.db"));
    corpus = Corpus.open(location);
    index = SearchIndex.open(folder.resolve("corpus.db.index"));
    try (RelationalStore reader = RelationalStore.openReader(location)) {
      index.catchUp(reader);
    }
    serve = new ServeApp(corpus, index);
    app = serve.create(new Security("127.0.0.1", token), "127.0.0.1", 0).start();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws java.io.IOException {
    dir = Files.createTempDirectory("parallax-served");
    start(dir, null);
  }

  @Override
  public void afterAll(ExtensionContext context) throws java.io.IOException {
    close();
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  ServeApp app() {
    return serve;
  }

  int port() {
    return app.port();
  }

  Http.Answer get(String path) {
    return Http.get(port(), path);
  }

  JsonNode json(String path) {
    Http.Answer a = get(path);
    if (a.status() != 200) {
      throw new AssertionError(path + " answered " + a.status() + ": " + a.body());
    }
    return read(a.body());
  }

  static JsonNode read(String body) {
    try {
      return Jsonl.mapper().readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    app.stop();
    index.close();
    corpus.close();
  }
}
