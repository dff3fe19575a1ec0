package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads a {@code .txt}, {@code .html} or {@code .htm} file as one document. */
record PlainFileReader(IngestOptions options) implements InputReader {

  @Override
  public boolean accepts(Path file) {
    return typeOf(file) != null;
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    try {
      long size = Files.size(file);
      if (size > options.maxDocumentBytes()) {
        sink.accept(Rejections.tooLarge(source, size, options));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      sink.accept(RawDocument.of(source, bytes, typeOf(file), null, SourceMetadata.NONE));
    } catch (IOException e) {
      sink.accept(Rejections.unreadable(source, e));
    }
  }

  static MediaType typeOf(Path file) {
    return typeOf(file.getFileName().toString());
  }

  /** The media type a file name announces ({@code .txt}, {@code .html}, ...), or null. */
  static MediaType typeOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return MediaType.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return MediaType.HTML;
    }
    return null;
  }
}
