package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  private static final String LINES =
      """
      {"url":"https://a.example/1","outlet":"Alpha","published":"2024-03-05T22:30:00+01:00","title":"One","html":"<p>First.</p>"}
      {"url":"https://a.example/2", "text": unquoted}

      {"outlet":"Beta","published":"2024-03","text":"Second report.","language":"EN"}
      {"title":"no content"}
      {"text":"Third.","published":"last Tuesday"}
      """;

  @TempDir Path dir;

  private List<IngestItem> read(Path file, IngestOptions options) {
    List<IngestItem> items = new ArrayList<>();
    new JsonLinesReader(options).read(file, file.getFileName().toString(), items::add);
    return items;
  }

  @Test
  void eachLineIsADocumentAndEachBadLineARejection() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, LINES);

    List<IngestItem> items = read(file, IngestOptions.DEFAULTS);

    assertThat(items)
        .extracting(IngestItem::source)
        .containsExactly(
            "batch.jsonl#1", "batch.jsonl#2", "batch.jsonl#4", "batch.jsonl#5", "batch.jsonl#6");
    RawDocument first = (RawDocument) items.get(0);
    assertThat(first.type()).isEqualTo(MediaType.HTML);
    assertThat(first.declaredCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(first.metadata().outlet()).isEqualTo("Alpha");
    assertThat(first.metadata().published())
        .as("the day as written")
        .isEqualTo(PartialDate.parse("2024-03-05"));
    assertThat(((Rejection) items.get(1)).rejected()).startsWith("not a JSON record");
    RawDocument second = (RawDocument) items.get(2);
    assertThat(second.type()).isEqualTo(MediaType.TEXT);
    assertThat(second.metadata().published()).isEqualTo(PartialDate.parse("2024-03"));
    assertThat(second.metadata().language()).isEqualTo("en");
    assertThat(((Rejection) items.get(3)).rejected()).contains("no \"html\" or \"text\"");
    assertThat(((Rejection) items.get(4)).rejected()).contains("not a date");
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path file = dir.resolve("batch.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(LINES.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(file, IngestOptions.DEFAULTS)).hasSize(5);
  }

  @Test
  void anOverlongLineIsRejectedAndTheNextLineIsStillRead() throws IOException {
    Path file = dir.resolve("long.jsonl");
    Files.writeString(
        file,
        "{\"text\":\"" + "y".repeat(5000) + "\"}\n{\"text\":\"short\"}\n",
        StandardCharsets.UTF_8);

    List<IngestItem> items = read(file, new IngestOptions(1000));

    assertThat(((Rejection) items.get(0)).rejected()).startsWith("too large");
    assertThat(items.get(1)).isInstanceOf(RawDocument.class);
  }

  @Test
  void binaryFileIsOneRejectionNotOnePerLine() throws IOException {
    byte[] noise = new byte[200_000];
    new Random(7).nextBytes(noise);
    Path file = dir.resolve("noise.jsonl");
    Files.write(file, noise);

    assertThat(read(file, IngestOptions.DEFAULTS))
        .singleElement()
        .satisfies(item -> assertThat(item.source()).isEqualTo("noise.jsonl"))
        .extracting(item -> ((Rejection) item).rejected())
        .asString()
        .startsWith("not JSON Lines");
  }

  @Test
  void emptyAndTruncatedFilesAreRejected() throws IOException {
    Path empty = dir.resolve("empty.jsonl");
    Files.write(empty, new byte[0]);
    Path cut = dir.resolve("cut.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cut))) {
      out.write(LINES.repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(cut);
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(read(empty, IngestOptions.DEFAULTS))
        .singleElement()
        .extracting(item -> ((Rejection) item).rejected())
        .asString()
        .startsWith("empty input");
    List<IngestItem> items = read(cut, IngestOptions.DEFAULTS);
    assertThat(items.get(0)).isInstanceOf(RawDocument.class);
    assertThat(items.get(items.size() - 1))
        .isEqualTo(
            Rejections.of("cut.jsonl.gz", "truncated gzip file: it ends before its data does"));
  }

  @Test
  void goodLinesAfterManyBadOnesAreStillReadAndEachBadLineIsItsOwnRejection() throws IOException {
    Path file = dir.resolve("late.jsonl");
    String bad = "{\"text\": broken}\n".repeat(25);
    Files.writeString(file, bad + "{\"text\":\"Late one.\"}\n" + bad + "{\"text\":\"Last.\"}\n");

    List<IngestItem> items = read(file, IngestOptions.DEFAULTS);

    assertThat(items).hasSize(52);
    assertThat(items.subList(0, 25))
        .allSatisfy(item -> assertThat(((Rejection) item).rejected()).startsWith("not a JSON"));
    assertThat(items.get(0).source()).isEqualTo("late.jsonl#1");
    assertThat(items.get(25).source()).isEqualTo("late.jsonl#26");
    assertThat(items.get(25)).isInstanceOf(RawDocument.class);
    assertThat(items.get(51).source()).isEqualTo("late.jsonl#52");
    assertThat(items.get(51)).isInstanceOf(RawDocument.class);
  }

  @Test
  void pastTheLimitOfListedBadLinesOneRejectionSumsUpTheRest() throws IOException {
    Path file = dir.resolve("many.jsonl");
    int badLines = JsonLinesReader.MAX_LISTED + 500;
    Files.writeString(
        file,
        "{\"text\":\"First.\"}\n"
            + "not json\n".repeat(badLines)
            + "{\"text\":\"After them all.\"}\n");

    List<IngestItem> items = read(file, IngestOptions.DEFAULTS);

    assertThat(items).filteredOn(RawDocument.class::isInstance).hasSize(2);
    assertThat(items)
        .filteredOn(item -> item.source().contains("#") && item instanceof Rejection)
        .hasSize(JsonLinesReader.MAX_LISTED);
    assertThat(items.get(items.size() - 2).source()).isEqualTo("many.jsonl#" + (badLines + 2));
    assertThat(items.get(items.size() - 1))
        .isEqualTo(
            Rejections.of(
                "many.jsonl",
                "500 more bad lines (lines 1002 to 1501) are not listed one by one: the first"
                    + " 1000 are"));
  }
}
