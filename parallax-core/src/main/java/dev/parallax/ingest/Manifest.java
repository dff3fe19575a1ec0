package dev.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metadata a user supplies beside the inputs: a CSV file with a header row, or a JSON array (or
 * JSON Lines) of objects, with the columns {@code file, url, outlet, published, language} and
 * optionally {@code title}. Entries are matched to inputs by file path (relative to the manifest's
 * folder, or absolute) and by URL, never by a file name two inputs share: a row that names a bare
 * file ({@code index.html}) absent beside the manifest matches an input elsewhere only when exactly
 * one input has that name ({@link #forInputs}); otherwise it is ambiguous, reported and not used.
 * Empty cells mean unknown.
 */
public final class Manifest {
  /** A manifest that knows nothing. */
  public static final Manifest EMPTY = new Manifest(Path.of(""), Map.of(), Map.of(), Map.of());

  private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);

  private final Path file;
  private final Map<Path, SourceMetadata> byPath;

  /** Rows naming a bare file, by that name, for inputs that are not beside the manifest. */
  private final Map<String, SourceMetadata> byName;

  private final Map<String, SourceMetadata> byUrl;

  private Manifest(
      Path file,
      Map<Path, SourceMetadata> byPath,
      Map<String, SourceMetadata> byName,
      Map<String, SourceMetadata> byUrl) {
    this.file = file;
    this.byPath = Map.copyOf(byPath);
    this.byName = Map.copyOf(byName);
    this.byUrl = Map.copyOf(byUrl);
  }

  /**
   * Reads a manifest file; CSV unless the name ends in {@code .json} or {@code .jsonl}.
   *
   * @throws IllegalArgumentException when the file is not a well-formed manifest (a usage error)
   */
  public static Manifest read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Map<String, String>> rows =
        name.endsWith(".json") || name.endsWith(".jsonl") ? readJson(file) : readCsv(file);
    Path base = file.toAbsolutePath().getParent();
    Map<Path, SourceMetadata> byPath = new HashMap<>();
    Map<String, SourceMetadata> byName = new HashMap<>();
    Map<String, SourceMetadata> byUrl = new HashMap<>();
    int line = 1;
    for (Map<String, String> row : rows) {
      line++;
      SourceMetadata meta = toMetadata(row, file, line);
      String entry = blankToNull(row.get("file"));
      if (entry != null) {
        Path path = base.resolve(entry).normalize();
        byPath.put(path, meta);
        if (Path.of(entry).getNameCount() == 1) {
          byName.putIfAbsent(entry, meta);
        }
      }
      if (meta.url() != null) {
        byUrl.put(meta.url(), meta);
      }
    }
    return new Manifest(file, byPath, byName, byUrl);
  }

  /**
   * This manifest bound to the input files of a run: a row naming a bare file that is not beside
   * the manifest matches the one input of that name, when there is exactly one; when several inputs
   * share the name the row is ambiguous, said in the log, and matches none of them.
   */
  public Manifest forInputs(Collection<Path> inputs) {
    if (byName.isEmpty()) {
      return this;
    }
    Map<String, List<Path>> named = new HashMap<>();
    for (Path input : inputs) {
      Path path = input.toAbsolutePath().normalize();
      String name = path.getFileName().toString();
      if (byName.containsKey(name)) {
        named.computeIfAbsent(name, k -> new ArrayList<>()).add(path);
      }
    }
    Map<Path, SourceMetadata> bound = new HashMap<>(byPath);
    for (Map.Entry<String, List<Path>> entry : named.entrySet()) {
      List<Path> paths = entry.getValue();
      if (paths.stream().anyMatch(byPath::containsKey)) {
        continue; // the row's own path is among the inputs: it means that one
      }
      if (paths.size() == 1) {
        bound.putIfAbsent(paths.get(0), byName.get(entry.getKey()));
      } else {
        LOG.warn(
            "{}: the row for '{}' is ambiguous: {} inputs have that name and none is beside the"
                + " manifest; it is not used (give the file's path relative to the manifest)",
            file,
            entry.getKey(),
            paths.size());
      }
    }
    return new Manifest(file, bound, Map.of(), byUrl);
  }

  /** What the manifest says about {@code file}, or about {@code url} when the file is unknown. */
  public Optional<SourceMetadata> lookup(Path file, String url) {
    SourceMetadata meta = null;
    if (file != null) {
      meta = byPath.get(file.toAbsolutePath().normalize());
    }
    if (meta == null && url != null) {
      meta = byUrl.get(url);
    }
    return Optional.ofNullable(meta);
  }

  /** The rows naming a URL, by URL: what the records of an archive are matched by. */
  public Map<String, SourceMetadata> byUrl() {
    return byUrl;
  }

  /**
   * A manifest of rows by URL alone: for a reader elsewhere (a Spark executor) reading files with
   * {@link Ingestor#readFile}, which carry their own rows by path.
   */
  public static Manifest ofUrls(Map<String, SourceMetadata> byUrl) {
    return new Manifest(Path.of(""), Map.of(), Map.of(), byUrl);
  }

  public int size() {
    return Math.max(byPath.size(), byUrl.size());
  }

  private static SourceMetadata toMetadata(Map<String, String> row, Path file, int line) {
    String published = blankToNull(row.get("published"));
    PartialDate date;
    try {
      date = PublishedDate.parse(published);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file
              + " entry "
              + line
              + ": published must be an ISO 8601 date (YYYY[-MM[-DD]]) or timestamp, got '"
              + published
              + "'",
          e);
    }
    String language = blankToNull(row.get("language"));
    return new SourceMetadata(
        blankToNull(row.get("url")),
        blankToNull(row.get("outlet")),
        date,
        blankToNull(row.get("title")),
        language == null ? null : language.toLowerCase(Locale.ROOT));
  }

  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      List<Map<String, String>> rows = it.readAll();
      if (!rows.isEmpty() && !rows.get(0).containsKey("file") && !rows.get(0).containsKey("url")) {
        throw new IllegalArgumentException(file + ": a manifest needs a 'file' or 'url' column");
      }
      return rows;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(file + ": not a CSV manifest: " + e.getMessage(), e);
    }
  }

  private static List<Map<String, String>> readJson(Path file) throws IOException {
    String text = Files.readString(file).strip();
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    try {
      if (text.startsWith("[")) {
        for (JsonNode node : Jsonl.mapper().readTree(text)) {
          rows.add(fields(node));
        }
      } else {
        for (String line : text.split("\\R")) {
          if (!line.isBlank()) {
            rows.add(fields(Jsonl.mapper().readTree(line)));
          }
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + ": not a JSON manifest: " + e.getOriginalMessage(), e);
    }
    return rows;
  }

  private static Map<String, String> fields(JsonNode node) {
    Map<String, String> row = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      row.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
    }
    return row;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
