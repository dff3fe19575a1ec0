package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream into memory up to a limit and no further, so a gzip bomb or an oversized archive
 * record costs at most {@code limit + 1} bytes of heap before it is rejected.
 */
final class BoundedBytes {
  private static final int CHUNK = 64 * 1024;

  private BoundedBytes() {}

  /** The stream's bytes, or null when it holds more than {@code limit} (it is then not drained). */
  static byte[] read(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(CHUNK, limit + 1 - total))) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
