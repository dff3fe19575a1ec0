package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipFileReaderTest {
  @TempDir Path dir;

  private Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  private static List<IngestItem> read(Path file, IngestOptions options) {
    List<IngestItem> items = new ArrayList<>();
    GzipFileReader reader = new GzipFileReader(options);
    assertThat(reader.accepts(file)).isTrue();
    reader.read(file, file.getFileName().toString(), items::add);
    return items;
  }

  private static String reason(List<IngestItem> items) {
    assertThat(items).singleElement().isInstanceOf(Rejection.class);
    return ((Rejection) items.get(0)).rejected();
  }

  @Test
  void decompressesPagesAndKeepsTheirType() throws IOException {
    byte[] html = "<p>Harbour reopened.</p>".getBytes(StandardCharsets.UTF_8);
    RawDocument page = (RawDocument) read(gzip("a.html.gz", html), IngestOptions.DEFAULTS).get(0);
    RawDocument text = (RawDocument) read(gzip("b.TXT.gz", html), IngestOptions.DEFAULTS).get(0);

    assertThat(page.content()).isEqualTo(html);
    assertThat(page.type()).isEqualTo(MediaType.HTML);
    assertThat(text.type()).isEqualTo(MediaType.TEXT);
    assertThat(new GzipFileReader(IngestOptions.DEFAULTS).accepts(dir.resolve("c.jsonl.gz")))
        .isFalse();
  }

  @Test
  void gzipBombIsRejectedOnceItPassesTheLimit() throws IOException {
    // 50 MB of zeros compresses to ~50 KB; the reader must stop at the 1 MB limit.
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        out.write(zeros);
      }
    }
    assertThat(reason(read(bomb, new IngestOptions(1 << 20)))).startsWith("too large");
  }

  @Test
  void truncatedAndFakeGzipAreRejectedWithReasons() throws IOException {
    Path whole = gzip("whole.html.gz", "<p>text</p>".repeat(500).getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.html.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Path fake = dir.resolve("fake.txt.gz");
    Files.writeString(fake, "plain text, never compressed");
    Path empty = dir.resolve("empty.txt.gz");
    Files.write(empty, new byte[0]);

    assertThat(reason(read(cut, IngestOptions.DEFAULTS))).startsWith("truncated gzip");
    assertThat(reason(read(fake, IngestOptions.DEFAULTS))).startsWith("not a valid gzip");
    assertThat(reason(read(empty, IngestOptions.DEFAULTS))).startsWith("truncated gzip");
  }
}
