package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the odd inputs of the ingest contract test into a folder: files that are empty, random
 * bytes, 50 MB, truncated, or otherwise not what their name promises. Large files are streamed to
 * disk, never built in memory.
 */
final class OddInputs {
  static final long HUGE = 50L << 20;

  private final Path dir;

  OddInputs(Path dir) {
    this.dir = dir;
  }

  Path empty(String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[0]);
  }

  Path noise(String name, int seed) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(seed).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  Path text(String name, String content, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(charset));
  }

  Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  /** Cuts {@code file}'s last bytes off, as an interrupted download would. */
  Path truncated(Path file, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.delete(file);
    return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length * 2 / 3));
  }

  /** A 50 MB plain-text file: line after line of prose. */
  Path hugeText(String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      copy(hugeStream(), out);
    }
    return file;
  }

  /** A small gzip file that inflates to 50 MB. */
  Path hugeGzip(String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      copy(hugeStream(), out);
    }
    return file;
  }

  /** A JSON Lines file whose single record is 50 MB long. */
  Path hugeJsonLine(String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      copy(hugeStream(), out);
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** A web archive with one 50 MB HTML response. */
  Path hugeWarc(String name) throws IOException {
    Path file = dir.resolve(name);
    try (WarcFixture warc = new WarcFixture(file, false)) {
      warc.response("https://huge.example/", "text/html", hugeStream(), HUGE);
    }
    return file;
  }

  /** {@value #HUGE} bytes of repeated prose without quotes, generated on the fly. */
  static InputStream hugeStream() {
    byte[] line =
        "The committee met again on Thursday and adjourned without a vote. "
            .getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        return pos >= HUGE ? -1 : line[(int) (pos++ % line.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= HUGE) {
          return -1;
        }
        int n = (int) Math.min(len, HUGE - pos);
        for (int i = 0; i < n; i++) {
          b[off + i] = line[(int) (pos++ % line.length)];
        }
        return n;
      }
    };
  }

  private static void copy(InputStream in, OutputStream out) throws IOException {
    in.transferTo(out);
  }
}
