package dev.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.store.RelationalStore;
import io.javalin.Javalin;
import java.nio.file.Path;

/** A server over {@link TestCorpus} on a free loopback port, for one test class. */
final class Served implements AutoCloseable {
  final Javalin app;
  final ServeApp serve;
  private final Corpus corpus;

  Served(Path dir, String token) {
    corpus = new Corpus(RelationalStore.openReader(TestCorpus.write(dir.resolve("corpus.db"))));
    serve = new ServeApp(corpus);
    app = serve.create(new Security("127.0.0.1", token), "127.0.0.1", 0).start();
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
    corpus.close();
  }
}
