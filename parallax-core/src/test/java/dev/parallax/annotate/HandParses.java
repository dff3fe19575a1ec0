package dev.parallax.annotate;

import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.pipeline.Models;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@link Annotator} of rule tests: it reads hand-written parses ({@link ParseText}) instead of
 * running a parser, so a rule's test states the parse it is about and does not change with
 * CoreNLP's parse of the day. The parses of test package {@code dir} are every {@code *.parses}
 * file under {@code parses/<dir>/} on the test classpath (by convention one per test class), looked
 * up by the article body; the result carries the caller's article, no time expressions.
 *
 * <p>A body without a parse is a test error ({@link IllegalStateException}). With {@code
 * -Dparallax.parses.regenerate=true} the missing parse is instead seeded: CoreNLP (profile FULL)
 * parses the body and the parse is appended to {@code
 * src/test/resources/parses/<dir>/<Test>.parses} of the calling test class. Only that path loads
 * CoreNLP. Thread-safe.
 */
public final class HandParses implements Annotator {
  /** The system property that lets missing parses be seeded from CoreNLP. */
  public static final String REGENERATE = "parallax.parses.regenerate";

  private static final Map<String, HandParses> SHARED = new HashMap<>();

  private final String dir;
  private final Map<String, AnnotatedArticle> byBody = new HashMap<>();
  private final Map<String, String> origin = new HashMap<>();

  private HandParses(String dir) {
    this.dir = dir;
  }

  /** The parses of test package {@code dir} ("quotes", "events"), read once per JVM. */
  public static synchronized HandParses of(String dir) {
    HandParses parses = SHARED.get(dir);
    if (parses == null) {
      parses = new HandParses(dir);
      for (Path file : files(dir)) {
        parses.add(file.getFileName().toString(), read(file));
      }
      SHARED.put(dir, parses);
    }
    return parses;
  }

  @Override
  public Profile profile() {
    return Profile.FULL;
  }

  /**
   * The hand-written parse of the article's body. Nothing is reported to {@code diagnostics}: a
   * hand-written parse does not fail.
   *
   * @throws IllegalStateException when the body has none (and seeding is off)
   */
  @Override
  public synchronized AnnotatedArticle annotate(Article article, Diagnostics diagnostics) {
    AnnotatedArticle parse = byBody.get(article.body());
    if (parse == null) {
      if (!Boolean.getBoolean(REGENERATE)) {
        throw new IllegalStateException(
            "no hand-written parse for: "
                + ParseEscapes.escape(article.body(), false)
                + "; regenerate with -D"
                + REGENERATE
                + "=true");
      }
      parse = seed(article);
    }
    return new AnnotatedArticle(
        article, parse.sentences(), parse.entities(), parse.coref(), List.of());
  }

  private void add(String file, String content) {
    for (AnnotatedArticle parse : ParseText.read("parses/" + dir + "/" + file, content)) {
      String body = parse.article().body();
      String before = origin.putIfAbsent(body, parse.article().source());
      if (before != null) {
        throw new IllegalArgumentException(
            parse.article().source() + ": the body already has a parse at " + before);
      }
      byBody.put(body, parse);
    }
  }

  private AnnotatedArticle seed(Article article) {
    AnnotatedArticle parsed = Models.shared().annotator().annotate(article);
    Caller caller = Caller.onStack().orElse(new Caller("Shared", null));
    String doc = ParseText.write(parsed, caller.name());
    String name = caller.testClass() + ".parses";
    Path file = Path.of("src/test/resources/parses", dir, name).toAbsolutePath();
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, header(caller.testClass()), StandardCharsets.UTF_8);
      }
      Files.writeString(file, "\n" + doc, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    add(name + " (seeded)", doc);
    return byBody.get(article.body());
  }

  private String header(String testClass) {
    return "# Hand-written parses for the "
        + dir
        + " tests of "
        + testClass
        + ", looked up by body.\n"
        + "# Seeded from CoreNLP with -D"
        + REGENERATE
        + "=true; edit by hand. Format: ../README.md\n";
  }

  /** The test class (simple name) and {@code @Test} method that asked for a parse. */
  private record Caller(String testClass, String method) {
    static Optional<Caller> onStack() {
      return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
          .walk(
              frames ->
                  frames
                      .filter(f -> isTest(f.getDeclaringClass(), f.getMethodName()))
                      .map(
                          f -> new Caller(f.getDeclaringClass().getSimpleName(), f.getMethodName()))
                      .findFirst());
    }

    String name() {
      return method == null ? null : testClass + "." + method;
    }

    private static boolean isTest(Class<?> type, String method) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.getName().equals(method) && m.isAnnotationPresent(Test.class)) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<Path> files(String dir) {
    URL url = HandParses.class.getResource("/parses/" + dir);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(f -> f.toString().endsWith(".parses")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
