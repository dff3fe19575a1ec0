package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the BASIL layout: {@code articles/<year>/<uuid>_<n>.json}, each with {@code title}, {@code
 * date}, {@code source} (the outlet) and {@code body-paragraphs} (a list of paragraphs, each a list
 * of sentences). The uuid of the file name names the happening (the triplet); the annotator fields
 * ({@code main-event}, {@code main-entities}, {@code keywords}) are never read, so they cannot leak
 * into the grouping. Article ids are the file names without {@code .json}.
 */
public final class BasilCorpus {
  private BasilCorpus() {}

  /** One article with its gold triplet id and year folder. */
  public record Item(Article article, String triplet, int year, List<List<String>> sentences) {}

  /**
   * The articles of the year folders in [{@code fromYear}, {@code toYear}], sorted by file name.
   */
  public static List<Item> read(Path data, int fromYear, int toYear) throws IOException {
    List<Item> items = new ArrayList<>();
    try (Stream<Path> files = Files.walk(data.resolve("articles"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        int year = Integer.parseInt(file.getParent().getFileName().toString());
        if (year >= fromYear && year <= toYear) {
          items.add(item(file, year));
        }
      }
    } catch (NumberFormatException e) {
      throw new IOException("not the BASIL layout articles/<year>/: " + e.getMessage(), e);
    }
    return items;
  }

  private static Item item(Path file, int year) throws IOException {
    JsonNode node = Jsonl.mapper().readTree(Files.readString(file));
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    List<List<String>> sentences = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (JsonNode paragraph : node.path("body-paragraphs")) {
      List<String> ss = new ArrayList<>();
      paragraph.forEach(s -> ss.add(s.asText()));
      sentences.add(ss);
      paragraphs.add(String.join(" ", ss));
    }
    PartialDate date = date(node.path("date").asText(""));
    Article article =
        new Article(
            name,
            file.toString(),
            node.path("source").asText(null),
            node.path("title").asText(null),
            date,
            date == null ? null : DateSource.METADATA,
            "en",
            String.join("\n\n", paragraphs),
            List.of());
    return new Item(article, name.replaceFirst("_\\d+$", ""), year, sentences);
  }

  private static PartialDate date(String text) {
    try {
      return text.isBlank() ? null : PartialDate.parse(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
