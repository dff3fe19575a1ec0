package dev.parallax.eval.bench;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text a benchmark runs on: cleaned articles from inputs, or generated news-like prose. */
final class BenchCorpus {
  private static final Pattern SLOT = Pattern.compile("\\{([A-Z])}");

  private BenchCorpus() {}

  /** Articles cleaned from the inputs, in input order, until about {@code words} words. */
  static List<Article> read(List<Path> inputs, long words) {
    List<Article> out = new ArrayList<>();
    long[] count = {0};
    ArticleCleaner cleaner = new ArticleCleaner();
    new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS)
        .read(
            inputs,
            item -> {
              if (count[0] < words
                  && item instanceof RawDocument doc
                  && cleaner.clean(doc) instanceof Article a
                  && !a.body().isBlank()) {
                out.add(a);
                count[0] += words(a.body());
              }
            });
    return out;
  }

  /**
   * Deterministic prose from the bundled templates and invented names: articles of six paragraphs
   * of four sentences, until about {@code words} words.
   */
  static List<Article> generate(long words) {
    List<String> templates = lines("bench-sentences.txt");
    Map<String, List<String>> fillers = new HashMap<>();
    for (String line : lines("bench-names.txt")) {
      String[] cols = line.split("\t");
      fillers.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
    }
    Random random = new Random(42);
    List<Article> out = new ArrayList<>();
    long count = 0;
    while (count < words) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 6; p++) {
        for (int s = 0; s < 4; s++) {
          String t = templates.get(random.nextInt(templates.size()));
          body.append(s > 0 ? " " : p > 0 ? "\n\n" : "").append(fill(t, fillers, random));
        }
      }
      String text = body.toString();
      out.add(
          new Article(
              "g" + out.size(), "generated", null, null, null, null, "en", text, List.of()));
      count += words(text);
    }
    return out;
  }

  static long words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static String fill(String template, Map<String, List<String>> fillers, Random random) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String> options = fillers.getOrDefault(m.group(1), List.of(m.group()));
      m.appendReplacement(
          out, Matcher.quoteReplacement(options.get(random.nextInt(options.size()))));
    }
    m.appendTail(out);
    String s = out.toString();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = BenchCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
