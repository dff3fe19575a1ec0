package dev.parallax.ingest;

import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a gzip-compressed page ({@code .html.gz}, {@code .htm.gz}, {@code .txt.gz}) as one
 * document. Decompression stops once the page exceeds {@link IngestOptions#maxDocumentBytes()}, so
 * a gzip bomb is rejected after reading at most that much.
 */
record GzipFileReader(IngestOptions options) implements InputReader {

  @Override
  public boolean accepts(Path file) {
    return typeOf(file) != null;
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] bytes = BoundedBytes.read(in, options.maxDocumentBytes());
      if (bytes == null) {
        sink.accept(Rejections.tooLargeDecompressed(source, options));
        return;
      }
      sink.accept(RawDocument.of(source, bytes, typeOf(file), null, SourceMetadata.NONE));
    } catch (EOFException e) {
      sink.accept(Rejections.of(source, "truncated gzip file: it ends before its data does"));
    } catch (ZipException e) {
      sink.accept(Rejections.of(source, "not a valid gzip file: " + e.getMessage()));
    } catch (IOException e) {
      sink.accept(Rejections.unreadable(source, e));
    }
  }

  private static MediaType typeOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz")
        ? PlainFileReader.typeOf(name.substring(0, name.length() - ".gz".length()))
        : null;
  }
}
