package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parallax.model.IngestItem;
import dev.parallax.model.OutputFolder;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.testing.ExpectedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs as a user means them: links followed, special files and loops rejected, never read. */
class InputWalkerTest {
  private static final String TEXT = "The council met on Tuesday and voted on the harbour plan.\n";

  @TempDir Path dir;

  /** Each source read, mapped to "doc" or to its rejection reason, in the order they came. */
  private Map<String, String> read(Manifest manifest, Path... inputs) {
    List<IngestItem> items = new ArrayList<>();
    new Ingestor(manifest, IngestOptions.DEFAULTS).read(List.of(inputs), items::add);
    Map<String, String> out = new LinkedHashMap<>();
    for (IngestItem item : items) {
      String previous =
          item instanceof RawDocument doc
              ? out.put(doc.source(), "doc")
              : out.put(((Rejection) item).source(), ((Rejection) item).rejected());
      assertThat(previous).as("listed once").isNull();
    }
    assertThat(out).hasSize(items.size());
    return out;
  }

  private Map<String, String> read(Path... inputs) {
    return read(Manifest.EMPTY, inputs);
  }

  private Path text(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, TEXT);
  }

  @Test
  void aSymlinkedInputFolderAndLinkedFilesAndFoldersInsideAreFollowed() throws IOException {
    text("real/a.txt");
    text("other/b.txt");
    text("elsewhere/c.txt");
    Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
    Files.createSymbolicLink(dir.resolve("real/sub"), dir.resolve("other"));
    Files.createSymbolicLink(dir.resolve("real/c.txt"), dir.resolve("elsewhere/c.txt"));

    assertThat(read(linked))
        .containsExactly(
            Map.entry(linked.resolve("a.txt").toString(), "doc"),
            Map.entry(linked.resolve("c.txt").toString(), "doc"),
            Map.entry(linked.resolve("sub/b.txt").toString(), "doc"));
  }

  @Test
  void loopsAndDanglingLinksAreRejectionsWithTheirReason() throws IOException {
    text("in/a.txt");
    Files.createSymbolicLink(dir.resolve("in/up"), dir.resolve("in"));
    Files.createSymbolicLink(dir.resolve("in/x.txt"), dir.resolve("in/y.txt"));
    Files.createSymbolicLink(dir.resolve("in/y.txt"), dir.resolve("in/x.txt"));
    Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("nowhere.txt"));

    Map<String, String> out = read(dir.resolve("in"));

    assertThat(out.get(dir.resolve("in/a.txt").toString())).isEqualTo("doc");
    assertThat(out.get(dir.resolve("in/up").toString())).startsWith("symlink loop");
    assertThat(out.get(dir.resolve("in/x.txt").toString())).isEqualTo("symlink loop");
    assertThat(out.get(dir.resolve("in/y.txt").toString())).isEqualTo("symlink loop");
    assertThat(out.get(dir.resolve("in/gone.txt").toString())).startsWith("dangling symlink");
    assertThat(out).hasSize(5);
  }

  @Test
  void aFifoAndADeviceBehindATextNameAreRejectedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor()).as("mkfifo available").isZero();
    Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    assumeThat(Files.exists(zero)).as("/dev/zero exists").isTrue();

    // Opening either would block or read for ever; a return at all shows neither was opened.
    Map<String, String> out = read(fifo, zero, dir);

    assertThat(out.get(fifo.toString())).contains("FIFO");
    assertThat(out.get(zero.toString())).contains("character device");
    assertThat(out).hasSize(2);
  }

  @Test
  void anUnreadableFolderRejectsOnlyItself() throws IOException {
    text("in/a.txt");
    text("in/locked/b.txt");
    text("in/z.txt");
    Path locked = dir.resolve("in/locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeThat(Files.isReadable(locked)).as("not root: chmod 000 stops reading").isFalse();

      Map<String, String> out = read(dir.resolve("in"));

      assertThat(out)
          .containsExactly(
              Map.entry(dir.resolve("in/a.txt").toString(), "doc"),
              Map.entry(locked.toString(), "unreadable folder: permission denied"),
              Map.entry(dir.resolve("in/z.txt").toString(), "doc"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileNamedTwiceIsReadOnceWhereItIsFirstNamed() throws IOException {
    Path a = text("in/a.txt");
    text("in/b.txt");
    Path dotted = dir.resolve("in/./a.txt");

    assertThat(read(a, dotted, dir.resolve("in"), dir.resolve("in/")))
        .containsExactly(
            Map.entry(a.toString(), "doc"), Map.entry(dir.resolve("in/b.txt").toString(), "doc"));
  }

  @Test
  @ExpectedLog("not reading .*: it is a Parallax output folder") // the case under test, twice
  void aFolderMarkedAsParallaxOutputIsNotReadWhateverItsName() throws IOException {
    text("in/a.txt");
    text("in/results/articles.txt");
    Files.writeString(dir.resolve("in/results/" + OutputFolder.MARKER), "");
    text("marked/b.txt");
    Files.writeString(dir.resolve("marked/" + OutputFolder.MARKER), "");

    assertThat(read(dir.resolve("in"), dir.resolve("marked")))
        .containsExactly(Map.entry(dir.resolve("in/a.txt").toString(), "doc"));
  }

  @Test
  void aManifestRowIsMatchedByPathNotByANameTwoInputsShare() throws IOException {
    text("a/index.html");
    text("c/index.html");
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(manifest, "file,outlet\na/index.html,Alpha Wire\n");
    List<IngestItem> items = new ArrayList<>();

    new Ingestor(Manifest.read(manifest), IngestOptions.DEFAULTS)
        .read(List.of(dir.resolve("a"), dir.resolve("c")), items::add);

    assertThat(items)
        .map(i -> ((RawDocument) i).source() + " " + ((RawDocument) i).metadata().outlet())
        .containsExactly(
            dir.resolve("a/index.html") + " Alpha Wire", dir.resolve("c/index.html") + " null");
  }
}
