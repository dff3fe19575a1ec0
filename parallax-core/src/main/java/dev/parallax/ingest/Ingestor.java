package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the files and folders a user names, hands each file to the reader for its format, and
 * merges manifest metadata into each document.
 *
 * <p>Folders are read recursively in name order, so runs are deterministic. A file that no reader
 * accepts is rejected when it was named directly, and skipped silently inside a folder only when it
 * is a manifest or hidden file; anything else found in a folder is rejected with its reason, so
 * nothing is lost unnoticed. Thread-safe.
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

  /** Reads every input, passing documents and rejections to {@code sink} in input order. */
  public void read(List<Path> inputs, Consumer<IngestItem> sink) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        sink.accept(Rejections.of(input.toString(), "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        for (Path file : filesUnder(input, sink)) {
          readFile(file, file.toString(), true, sink);
        }
      } else {
        readFile(input, input.toString(), false, sink);
      }
    }
  }

  private void readFile(Path file, String source, boolean inFolder, Consumer<IngestItem> sink) {
    InputReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
    if (reader == null) {
      if (!(inFolder && isIgnorable(file))) {
        sink.accept(Rejections.unsupported(source));
      }
      return;
    }
    try {
      reader.read(file, source, item -> sink.accept(withManifest(item, file)));
    } catch (RuntimeException e) {
      // A reader bug must not end the batch: record it against the file and go on.
      LOG.warn("reader {} failed on {}", reader.getClass().getSimpleName(), source, e);
      sink.accept(Rejections.unreadable(source, e));
    }
  }

  private IngestItem withManifest(IngestItem item, Path file) {
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

  private static List<Path> filesUnder(Path folder, Consumer<IngestItem> sink) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      return files;
    } catch (IOException | UncheckedIOException e) {
      sink.accept(Rejections.unreadable(folder.toString(), e));
      return List.of();
    }
  }
}
