package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileReaderTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final String PAGE =
      "<html><body><p>Посольство закрыто на неделю.</p></body></html>";

  @TempDir Path dir;

  private final WarcFileReader reader = new WarcFileReader(IngestOptions.DEFAULTS);

  private Path mixedArchive(String name, boolean gzip) throws IOException {
    Path file = dir.resolve(name);
    try (WarcFixture warc = new WarcFixture(file, gzip)) {
      warc.request("https://news.example/a")
          .response(
              "https://news.example/a",
              200,
              "text/html; charset=windows-1251",
              PAGE.getBytes(CP1251))
          .response(
              "https://news.example/missing",
              404,
              "text/html",
              "<p>gone</p>".getBytes(StandardCharsets.UTF_8))
          .response(
              "https://news.example/logo.png",
              200,
              "image/png",
              new byte[] {(byte) 0x89, 'P', 'N', 'G'})
          .response(
              "https://news.example/b.txt",
              200,
              "text/plain",
              "Plain report.".getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private List<IngestItem> read(Path file) {
    List<IngestItem> items = new ArrayList<>();
    reader.read(file, file.toString(), items::add);
    return items;
  }

  @Test
  void readsHtmlAndTextResponsesAndRejectsTheOthersWithReasons() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path file = mixedArchive(gzip ? "crawl.warc.gz" : "crawl.warc", gzip);
      List<IngestItem> items = read(file);

      assertThat(items)
          .extracting(IngestItem::source)
          .containsExactly(file + "#2", file + "#3", file + "#4", file + "#5");
      RawDocument page = (RawDocument) items.get(0);
      assertThat(page.type()).isEqualTo(MediaType.HTML);
      assertThat(page.declaredCharset()).isEqualTo(CP1251);
      assertThat(new String(page.content(), CP1251)).isEqualTo(PAGE);
      assertThat(page.metadata().url()).isEqualTo("https://news.example/a");
      assertThat(page.metadata().published()).as("capture date is not publication").isNull();
      assertThat(((Rejection) items.get(1)).rejected()).contains("404");
      assertThat(((Rejection) items.get(2)).rejected()).contains("image/png");
      assertThat(((RawDocument) items.get(3)).type()).isEqualTo(MediaType.TEXT);
    }
  }

  @Test
  void truncatedArchiveKeepsTheRecordsBeforeTheCutAndRejectsTheRest() throws IOException {
    for (String name : new String[] {"cut.warc", "cut.warc.gz"}) {
      Path whole = mixedArchive("whole-" + name, name.endsWith(".gz"));
      byte[] bytes = Files.readAllBytes(whole);
      Path cut = dir.resolve(name);
      Files.write(cut, Arrays.copyOf(bytes, bytes.length - 40));

      List<IngestItem> items = read(cut);

      assertThat(items.get(0)).isInstanceOf(RawDocument.class);
      IngestItem last = items.get(items.size() - 1);
      assertThat(last).isInstanceOf(Rejection.class);
      assertThat(((Rejection) last).rejected()).containsAnyOf("truncated", "corrupt");
    }
  }

  @Test
  void oversizedPayloadIsRejectedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("big.warc");
    byte[] big = ("<p>" + "x".repeat(5000) + "</p>").getBytes(StandardCharsets.UTF_8);
    try (WarcFixture warc = new WarcFixture(file, false)) {
      warc.response("https://news.example/big", 200, "text/html", big)
          .response(
              "https://news.example/small",
              200,
              "text/html",
              PAGE.getBytes(StandardCharsets.UTF_8));
    }
    List<IngestItem> items = new ArrayList<>();
    new WarcFileReader(new IngestOptions(1000)).read(file, "big.warc", items::add);

    assertThat(items).hasSize(2);
    assertThat(((Rejection) items.get(0)).rejected()).startsWith("too large");
    assertThat(items.get(1)).isInstanceOf(RawDocument.class);
  }

  @Test
  void notAWarcOrNoResponsesIsOneRejection() throws IOException {
    Path text = dir.resolve("notes.warc");
    Files.writeString(text, "these are not archive records\n");
    Path empty = dir.resolve("empty.warc");
    Files.write(empty, new byte[0]);
    Path requests = dir.resolve("requests.warc");
    try (WarcFixture warc = new WarcFixture(requests, false)) {
      warc.request("https://news.example/a");
    }

    assertThat(read(text))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .asString()
        .startsWith("not a readable WARC file");
    assertThat(read(empty))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .asString()
        .startsWith("empty input");
    assertThat(read(requests))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .asString()
        .contains("no response or resource records");
  }

  @Test
  void aRecordWithABrokenHttpBlockIsRejectedAndReadingGoesOn() throws IOException {
    Path file = dir.resolve("mixed.warc");
    String broken = "this is no HTTP response\r\n\r\n";
    String header =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
            + "WARC-Date: 2024-05-06T07:08:09Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + broken.length()
            + "\r\n\r\n";
    Files.writeString(file, header + broken + "\r\n\r\n", StandardCharsets.US_ASCII);
    Path good = dir.resolve("good.warc");
    try (WarcFixture warc = new WarcFixture(good, false)) {
      warc.response(
          "https://news.example/a", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(file, Files.readAllBytes(good), java.nio.file.StandardOpenOption.APPEND);

    List<IngestItem> items = read(file);

    assertThat(items).hasSize(2);
    assertThat(((Rejection) items.get(0)).rejected()).startsWith("corrupt or truncated record");
    assertThat(items.get(1)).isInstanceOf(RawDocument.class);
  }

  @Test
  void gzipContentEncodingIsUndone() throws IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("encoded.warc");
    try (WarcFixture warc = new WarcFixture(file, false)) {
      warc.encodedResponse("https://news.example/z", "gzip", zipped.toByteArray());
    }

    RawDocument doc = (RawDocument) read(file).get(0);

    assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void resourceRecordsOfPagesAreRead() throws IOException {
    Path file = dir.resolve("resources.warc");
    try (WarcFixture warc = new WarcFixture(file, false)) {
      warc.resource(
              "file:///saved/page.html", "text/html; charset=windows-1251", PAGE.getBytes(CP1251))
          .resource("file:///saved/shot.png", "image/png", new byte[] {1, 2, 3});
    }

    List<IngestItem> items = read(file);

    RawDocument page = (RawDocument) items.get(0);
    assertThat(page.declaredCharset()).isEqualTo(CP1251);
    assertThat(page.metadata().url()).isEqualTo("file:///saved/page.html");
    assertThat(((Rejection) items.get(1)).rejected()).contains("image/png");
  }

  @Test
  void aBrokenRecordHeaderIsOneRejectionAndTheIntactRecordsAfterItAreRead() throws IOException {
    for (boolean gzip : new boolean[] {false, true}) {
      Path file = mixedArchive(gzip ? "broken.warc.gz" : "broken.warc", gzip);
      byte[] bytes = Files.readAllBytes(file);
      // Break the third record (the 404): its version line, or the deflate data of its member.
      long third = 0;
      for (int i = 0; i < 3; i++) {
        third = WarcFileReader.nextBoundary(file, third + (i == 0 ? 0 : 1), gzip);
      }
      int at = (int) third + (gzip ? 12 : 0);
      for (int i = at; i < at + 8; i++) {
        bytes[i] = 'X';
      }
      Files.write(file, bytes);

      List<IngestItem> items = read(file);

      assertThat(items)
          .extracting(IngestItem::source)
          .containsExactly(file + "#2", file + "#3", file + "#4", file + "#5");
      assertThat(items.get(0)).isInstanceOf(RawDocument.class);
      assertThat(((Rejection) items.get(1)).rejected())
          .startsWith("corrupt or truncated WARC record (reading resumed");
      assertThat(((Rejection) items.get(2)).rejected()).contains("image/png");
      assertThat(((RawDocument) items.get(3)).metadata().url())
          .isEqualTo("https://news.example/b.txt");
    }
  }
}
