package dev.parallax.pipeline;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Outlet;
import dev.parallax.report.ReportData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes the JSON Lines files of OUTPUT.md: the one writer of {@code parallax analyze --out} and
 * {@code parallax export --format jsonl}. Each record is encoded and written as it is reached, one
 * line at a time.
 */
public final class RecordFiles {
  /** The corpus record files, in the order written. */
  public static final List<String> CORPUS_FILES =
      List.of(
          "entities.jsonl",
          "events.jsonl",
          "quotes.jsonl",
          "stories.jsonl",
          "coverage.jsonl",
          "conflicts.jsonl",
          "outlets.jsonl");

  private RecordFiles() {}

  /**
   * One line of {@code articles.jsonl} for an accepted article: the article's fields, then {@code
   * outlet_id}, the id of its outlet in {@code outlets.jsonl} (null when it names none), then
   * {@code published_event}, the id of the event in {@code events.jsonl} its publication date was
   * inferred from (null unless {@code published_from} is {@code inferred}).
   */
  public record ArticleLine(
      @JsonUnwrapped Article article, String outletId, String publishedEvent) {

    /** The line of an article with no outlet id and no inferred date. */
    public static ArticleLine of(Article article) {
      return new ArticleLine(article, null, null);
    }
  }

  /**
   * Writes {@code articles.jsonl}: each accepted article as {@code lineOf} gives its line, and each
   * rejection as it is.
   */
  public static void writeArticles(
      Path file, Iterable<? extends ArticleRecord> records, Function<Article, ArticleLine> lineOf)
      throws IOException {
    try (JsonlFileWriter out = new JsonlFileWriter(file)) {
      for (ArticleRecord record : records) {
        out.write(record instanceof Article a ? lineOf.apply(a) : record);
      }
    }
  }

  /**
   * Writes the corpus record files named in {@code which} (of {@link #CORPUS_FILES}), each into
   * {@code fileOf.apply(name)}.
   */
  public static void writeCorpus(
      Function<String, Path> fileOf,
      ReportData records,
      List<Outlet> outlets,
      Predicate<String> which)
      throws IOException {
    for (String name : CORPUS_FILES) {
      if (!which.test(name)) {
        continue;
      }
      List<?> lines =
          switch (name) {
            case "entities.jsonl" -> records.entities();
            case "events.jsonl" -> records.events();
            case "quotes.jsonl" -> records.quotes();
            case "stories.jsonl" -> records.stories();
            case "coverage.jsonl" -> records.coverage();
            case "conflicts.jsonl" -> records.conflicts();
            case "outlets.jsonl" -> outlets;
            default -> throw new IllegalStateException(name);
          };
      writeLines(fileOf.apply(name), lines);
    }
  }

  /**
   * Writes one JSON Lines file, one line per record, as the iteration reaches each (a streamed
   * iteration is never held whole); returns how many lines it wrote.
   */
  public static long writeLines(Path file, Iterable<?> records) throws IOException {
    long lines = 0;
    try (JsonlFileWriter w = new JsonlFileWriter(file)) {
      for (Object record : records) {
        w.write(record);
        lines++;
      }
    }
    return lines;
  }
}
