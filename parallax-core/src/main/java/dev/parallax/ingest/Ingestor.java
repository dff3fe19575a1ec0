package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
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
    for (InputFile file : files(inputs)) {
      if (file.rejected() != null) {
        sink.accept(file.rejected());
      } else {
        readFile(file, Path.of(file.path()), sink);
      }
    }
  }

  /**
   * One file {@link #read} reads, or a path it rejects without reading.
   *
   * @param path where the file is (a local path, or a URI another file system reads)
   * @param source how the user reaches it, for {@code source} fields
   * @param inFolder whether it was found in a folder (not named directly): then a manifest or
   *     hidden file is skipped silently instead of rejected as unsupported
   * @param metadata what the manifest says of the file as a whole, or null
   * @param rejected the rejection of a path that is not a readable file, or null
   */
  public record InputFile(
      String path, String source, boolean inFolder, SourceMetadata metadata, Rejection rejected) {}

  /**
   * The files {@link #read} reads, in its order: the inputs walked, a file named twice listed where
   * it is first named, each with the manifest's metadata for it as a whole file. For a reader
   * elsewhere (a Spark executor) to read them with {@link #readFile}.
   */
  public List<InputFile> files(List<Path> inputs) {
    List<List<InputWalker.Found>> walked = inputs.stream().map(InputWalker::walk).toList();
    Manifest bound =
        manifest.forInputs(
            walked.stream()
                .flatMap(List::stream)
                .filter(InputWalker.Found::isFile)
                .map(InputWalker.Found::path)
                .toList());
    Set<Path> seen = new HashSet<>();
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      for (InputWalker.Found found : walked.get(i)) {
        String source = found.path().toString();
        if (!seen.add(found.real())) {
          LOG.info("{} is named twice; it is read once", found.path());
        } else if (!found.isFile()) {
          files.add(
              new InputFile(source, source, false, null, Rejections.of(source, found.rejected())));
        } else {
          boolean inFolder = !found.path().equals(inputs.get(i));
          SourceMetadata whole = bound.lookup(found.path(), null).orElse(null);
          files.add(new InputFile(source, source, inFolder, whole, null));
        }
      }
    }
    return files;
  }

  /**
   * Reads one file of {@link #files} from {@code local} (the file itself, or a local copy of it
   * with the same name), passing its documents and rejections to {@code sink}: the file's manifest
   * metadata goes to a whole-file document, this ingestor's manifest rows by URL to the records of
   * an archive.
   */
  public void readFile(InputFile file, Path local, Consumer<IngestItem> sink) {
    String source = file.source();
    InputReader reader = readers.stream().filter(r -> r.accepts(local)).findFirst().orElse(null);
    if (reader == null) {
      if (!(file.inFolder() && isIgnorable(local))) {
        sink.accept(Rejections.unsupported(source));
      }
      return;
    }
    try {
      reader.read(local, source, item -> sink.accept(withManifest(item, file)));
    } catch (RuntimeException e) {
      // A reader bug must not end the batch: record it against the file and go on.
      LOG.warn("reader {} failed on {}", reader.getClass().getSimpleName(), source, e);
      sink.accept(Rejections.unreadable(source, e));
    }
  }

  private IngestItem withManifest(IngestItem item, InputFile file) {
    if (!(item instanceof RawDocument doc)) {
      return item;
    }
    // A whole-file document is matched by its path; an archive record by its URL.
    SourceMetadata fromManifest =
        doc.source().equals(file.source()) && file.metadata() != null
            ? file.metadata()
            : manifest.lookup(null, doc.metadata().url()).orElse(SourceMetadata.NONE);
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
