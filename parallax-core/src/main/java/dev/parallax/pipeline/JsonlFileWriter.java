package dev.parallax.pipeline;

import dev.parallax.model.Jsonl;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one record kind to a JSON Lines file, one object per line, UTF-8. Not thread-safe. */
final class JsonlFileWriter implements AutoCloseable {
  private final BufferedWriter out;

  JsonlFileWriter(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  void write(Object record) {
    try {
      out.write(Jsonl.line(record));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
