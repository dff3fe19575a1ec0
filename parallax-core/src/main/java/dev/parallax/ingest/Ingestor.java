package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the files and folders a user names, hands each file to the reader for its format, and
 * merges manifest metadata into each document.
 *
 * <p>Folders are read recursively in name order, so runs are deterministic; {@link InputWalker}
 * says what a path means (links followed, special files and loops rejected, output folders
 * skipped). A file that no reader accepts is rejected when it was named directly, and skipped
 * silently inside a folder only when it is a manifest or hidden file; anything else found in a
 * folder is rejected with its reason, so nothing is lost unnoticed. Thread-safe.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  private final List<InputReader> readers;
  private final Manifest manifest;

  public Ingestor(Manifest manifest, IngestOptions options) {
    this(manifest, Readers.all(options));
  }

  Ingestor(Manifest manifest, List<InputReader> readers) {
    this.manifest = manifest;
    this.readers = List.copyOf(readers);
  }

  /**
   * The document one JSON Lines record describes ({@code {url, outlet, published, title, language,
   * html | text}}), read as {@code .jsonl} inputs are: for records handed over otherwise (a
   * server's {@code POST /api/articles}).
   *
   * @throws IllegalArgumentException with the reason, when the record is not one
   */
  public static RawDocument jsonRecord(
      String source, com.fasterxml.jackson.databind.JsonNode record) {
    return JsonLinesReader.document(source, record);
  }

  /**
   * Reads every input, passing documents and rejections to {@code sink} in input order. A file
   * named twice (as {@code a.txt} and {@code ./a.txt}, through a link, or by itself and in its
   * folder) is read once, where it is first named.
   */
  public void read(List<Path> inputs, Consumer<IngestItem> sink) {
    List<List<InputWalker.Found>> walked = inputs.stream().map(InputWalker::walk).toList();
    Manifest bound =
        manifest.forInputs(
            walked.stream()
                .flatMap(List::stream)
                .filter(InputWalker.Found::isFile)
                .map(InputWalker.Found::path)
                .toList());
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      for (InputWalker.Found found : walked.get(i)) {
        if (!seen.add(found.real())) {
          LOG.info("{} is named twice; it is read once", found.path());
        } else if (!found.isFile()) {
          sink.accept(Rejections.of(found.path().toString(), found.rejected()));
        } else {
          boolean inFolder = !found.path().equals(inputs.get(i));
          readFile(found.path(), found.path().toString(), inFolder, bound, sink);
        }
      }
    }
  }

  private void readFile(
      Path file, String source, boolean inFolder, Manifest manifest, Consumer<IngestItem> sink) {
    InputReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
    if (reader == null) {
      if (!(inFolder && isIgnorable(file))) {
        sink.accept(Rejections.unsupported(source));
      }
      return;
    }
    try {
      reader.read(file, source, item -> sink.accept(withManifest(item, file, manifest)));
    } catch (RuntimeException e) {
      // A reader bug must not end the batch: record it against the file and go on.
      LOG.warn("reader {} failed on {}", reader.getClass().getSimpleName(), source, e);
      sink.accept(Rejections.unreadable(source, e));
    }
  }

  private static IngestItem withManifest(IngestItem item, Path file, Manifest manifest) {
    if (!(item instanceof RawDocument doc)) {
      return item;
    }
    // A whole-file document is matched by its path; an archive record by its URL.
    boolean wholeFile = doc.source().equals(file.toString());
    SourceMetadata fromManifest =
        manifest.lookup(wholeFile ? file : null, doc.metadata().url()).orElse(SourceMetadata.NONE);
    // The manifest is the user's word: it overrides what the file itself says.
    return doc.withMetadata(fromManifest.orElse(doc.metadata()));
  }

  private static boolean isIgnorable(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.startsWith(".")
        || name.startsWith("manifest.")
        || name.endsWith(".md")
        || name.equals("license");
  }
}
