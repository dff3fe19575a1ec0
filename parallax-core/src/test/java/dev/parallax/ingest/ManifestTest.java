package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.PartialDate;
import dev.parallax.model.SourceMetadata;
import dev.parallax.testing.ExpectedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  private Manifest write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return Manifest.read(file);
  }

  @Test
  void csvMatchesByRelativePathByUniqueBareNameAndByUrl() throws IOException {
    Manifest m =
        write(
            "manifest.csv",
            """
            file,url,outlet,published,language,title
            reports/harbour.html,https://gazette.example/harbour,Harbour Gazette,2024-03-05,EN,
            notes.txt,,Northern Wire,2024-03,,Wire notes
            ,https://radio.example/bridge,City Radio,2024-03-06T10:00:00Z,de,
            """);

    SourceMetadata byPath = m.lookup(dir.resolve("reports/harbour.html"), null).orElseThrow();
    assertThat(byPath)
        .isEqualTo(
            new SourceMetadata(
                "https://gazette.example/harbour",
                "Harbour Gazette",
                PartialDate.parse("2024-03-05"),
                null,
                "en"));
    assertThat(m.lookup(Path.of("elsewhere/notes.txt"), null)).isEmpty();
    Manifest bound = m.forInputs(java.util.List.of(Path.of("elsewhere/notes.txt")));
    assertThat(bound.lookup(Path.of("elsewhere/notes.txt"), null))
        .hasValueSatisfying(meta -> assertThat(meta.title()).isEqualTo("Wire notes"));
    assertThat(m.lookup(null, "https://radio.example/bridge"))
        .hasValueSatisfying(
            meta -> assertThat(meta.published()).isEqualTo(PartialDate.parse("2024-03-06")));
    assertThat(m.lookup(dir.resolve("other.html"), "https://nowhere.example/")).isEmpty();
  }

  @Test
  void jsonArrayAndJsonLinesManifestsAreRead() throws IOException {
    Manifest array =
        write(
            "manifest.json",
            "[{\"file\":\"a.txt\",\"outlet\":\"Alpha\",\"published\":null},"
                + " {\"url\":\"https://b.example/1\",\"outlet\":\"Beta\"}]");
    Manifest lines =
        write(
            "manifest.jsonl",
            "{\"file\":\"a.txt\",\"outlet\":\"Alpha\"}\n\n{\"url\":\"https://b.example/1\"}\n");

    assertThat(array.lookup(dir.resolve("a.txt"), null).orElseThrow().outlet()).isEqualTo("Alpha");
    assertThat(array.lookup(null, "https://b.example/1").orElseThrow().outlet()).isEqualTo("Beta");
    assertThat(lines.lookup(dir.resolve("a.txt"), null)).isPresent();
    assertThat(lines.lookup(null, "https://b.example/1")).isPresent();
  }

  @Test
  void badDateIsAUsageErrorNamingTheEntry() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "file,published\na.txt,2024-03-05\nb.txt,5 March 2024\n");
    Path json = dir.resolve("bad.json");
    Files.writeString(json, "[{\"file\":\"a.txt\",\"published\":\"2024-02-30\"}]");

    assertThatThrownBy(() -> Manifest.read(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 3")
        .hasMessageContaining("5 March 2024");
    assertThatThrownBy(() -> Manifest.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-02-30");
  }

  @Test
  void malformedManifestsAreUsageErrors() throws IOException {
    Path noColumns = dir.resolve("cols.csv");
    Files.writeString(noColumns, "name,when\na,b\n");
    Path notJson = dir.resolve("broken.json");
    Files.writeString(notJson, "[{\"file\": ");

    assertThatThrownBy(() -> Manifest.read(noColumns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'file' or 'url' column");
    assertThatThrownBy(() -> Manifest.read(notJson))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON manifest");
  }

  @Test
  void aRowWithAFolderNeverMatchesAnotherInputOfTheSameName() throws IOException {
    Manifest m =
        write("manifest.csv", "file,outlet,published\na/index.html,Alpha Wire,2024-03-05\n");
    Path a = dir.resolve("a/index.html");
    Path c = dir.resolve("c/index.html");

    Manifest bound = m.forInputs(java.util.List.of(a, c));

    assertThat(bound.lookup(a, null).orElseThrow().outlet()).isEqualTo("Alpha Wire");
    assertThat(bound.lookup(c, null)).isEmpty();
  }

  @Test
  @ExpectedLog(
      "manifest.csv: the row for 'index.html' is ambiguous: 2 inputs") // the case under test
  void aBareNameTwoInputsShareIsAmbiguousAndMatchesNeither() throws IOException {
    Manifest m = write("manifest.csv", "file,outlet\nindex.html,Alpha Wire\n");
    Path a = dir.resolve("a/index.html");
    Path c = dir.resolve("c/index.html");

    Manifest bound = m.forInputs(java.util.List.of(a, c));

    assertThat(bound.lookup(a, null)).isEmpty();
    assertThat(bound.lookup(c, null)).isEmpty();
    // Beside the manifest, the bare name is a path: it means that file, whatever else is named.
    Path beside = dir.resolve("index.html");
    assertThat(m.forInputs(java.util.List.of(a, beside)).lookup(beside, null)).isPresent();
    assertThat(m.forInputs(java.util.List.of(a, beside)).lookup(a, null)).isEmpty();
  }
}
