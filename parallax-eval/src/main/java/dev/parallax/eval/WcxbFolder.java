package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs of a WCXB-format folder: {@code html/<id>.html.gz} pages and the whole-page
 * dumps of {@code text-dumps.jsonl.gz} (lines {@code {id, text}}). Maps are ordered by id.
 */
public final class WcxbFolder {
  private WcxbFolder() {}

  /** The pages of {@code dir/html/<id>.html.gz}, by id, as bytes. */
  public static Map<String, byte[]> html(Path dir) throws IOException {
    Path folder = dir.resolve("html");
    Map<String, byte[]> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          pages.put(
              f.getFileName().toString().replaceFirst("\\.html\\.gz$", ""), in.readAllBytes());
        }
      }
    }
    return pages;
  }

  /** The whole-page text dumps of {@code dir/text-dumps.jsonl.gz}, by id, as UTF-8 bytes. */
  public static Map<String, byte[]> textDumps(Path dir) throws IOException {
    Map<String, byte[]> pages = new TreeMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("text-dumps.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = Jsonl.mapper().readTree(line);
          pages.put(
              node.path("id").asText(),
              node.path("text").asText().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return pages;
  }

  /** The page URLs of {@code dir/ground-truth/<id>.json}, by id (null where none is given). */
  public static Map<String, String> urls(Path dir) throws IOException {
    Map<String, String> urls = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode url = Jsonl.mapper().readTree(f.toFile()).get("url");
        urls.put(
            f.getFileName().toString().replaceFirst("\\.json$", ""),
            url == null || url.isNull() || url.asText().isBlank() ? null : url.asText());
      }
    }
    return urls;
  }
}
