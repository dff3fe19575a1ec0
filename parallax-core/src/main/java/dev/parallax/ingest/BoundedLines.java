package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than one
 * line of at most {@code limit} bytes: a longer line is skipped and reported as oversized, so one
 * runaway record cannot exhaust the heap. Buffers the stream itself. Not thread-safe; the caller
 * closes the stream.
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
  private final byte[] buffer = new byte[64 * 1024];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int pos;
  private int end;
  private int number;
  private boolean ended;

  BoundedLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    line.reset();
    boolean oversized = false;
    boolean broke = false;
    while (!broke && fill()) {
      int newline = indexOfNewline();
      int stop = newline < 0 ? end : newline;
      if (!oversized && line.size() + (long) (stop - pos) > limit) {
        oversized = true;
        line.reset();
      }
      if (!oversized) {
        line.write(buffer, pos, stop - pos);
      }
      pos = newline < 0 ? end : newline + 1;
      broke = newline >= 0;
    }
    if (!broke) {
      ended = true;
      if (line.size() == 0 && !oversized) {
        return null;
      }
    }
    number++;
    return new Line(number, oversized ? null : withoutCarriageReturn(line.toByteArray()));
  }

  /** Whether buffered bytes are available, reading more when the buffer is spent. */
  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    int n = in.read(buffer);
    pos = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  private int indexOfNewline() {
    for (int i = pos; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] withoutCarriageReturn(byte[] bytes) {
    return bytes.length > 0 && bytes[bytes.length - 1] == '\r'
        ? Arrays.copyOf(bytes, bytes.length - 1)
        : bytes;
  }
}
