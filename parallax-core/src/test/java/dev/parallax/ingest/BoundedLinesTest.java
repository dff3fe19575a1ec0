package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static List<String> lines(String text, long limit) throws IOException {
    return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }

  private static List<String> lines(InputStream in, long limit) throws IOException {
    BoundedLines reader = new BoundedLines(in, limit);
    List<String> out = new ArrayList<>();
    BoundedLines.Line line;
    while ((line = reader.next()) != null) {
      out.add(
          line.number()
              + ":"
              + (line.oversized()
                  ? "<oversized>"
                  : new String(line.bytes(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void splitsOnLfAndCrLfAndKeepsBlankLines() throws IOException {
    assertThat(lines("a\r\nbb\n\nccc", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\n", 10)).containsExactly("1:a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void aLineOverTheLimitIsReportedAndSkipped() throws IOException {
    assertThat(lines("12345\n123456\n1234567", 5))
        .containsExactly("1:12345", "2:<oversized>", "3:<oversized>");
  }

  @Test
  void linesLongerThanTheBufferAreJoined() throws IOException {
    String longLine = "x".repeat(200_000);
    // A stream that returns few bytes per read, as a network or gzip stream may.
    InputStream trickle =
        new ByteArrayInputStream((longLine + "\nend").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 777));
          }
        };
    assertThat(lines(trickle, 1 << 20)).containsExactly("1:" + longLine, "2:end");
  }
}
