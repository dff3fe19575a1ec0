package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than one
 * line of at most {@code limit} bytes: a longer line is skipped and reported as oversized, so one
 * runaway record cannot exhaust the heap. Not thread-safe; the caller closes the stream.
 */
final class BoundedLines {
  /** One line: its bytes without the line break, or null when it was longer than the limit. */
  record Line(int number, byte[] bytes) {
    boolean oversized() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long limit;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int number;
  private boolean ended;

  /**
   * @param in a buffered stream (it is read byte by byte)
   */
  BoundedLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    buffer.reset();
    boolean oversized = false;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (buffer.size() >= limit) {
        oversized = true;
        buffer.reset();
      }
      if (!oversized) {
        buffer.write(b);
      }
    }
    if (b == -1) {
      ended = true;
      if (buffer.size() == 0 && !oversized) {
        return null;
      }
    }
    number++;
    return new Line(number, oversized ? null : withoutCarriageReturn(buffer.toByteArray()));
  }

  private static byte[] withoutCarriageReturn(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r'
        ? java.util.Arrays.copyOf(line, line.length - 1)
        : line;
  }
}
