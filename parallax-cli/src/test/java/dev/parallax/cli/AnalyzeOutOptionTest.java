package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.OutputFolder;
import dev.parallax.store.RelationalStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code analyze --out} and {@code --store}: checked before any analysis, sets whole. */
class AnalyzeOutOptionTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path page() throws Exception {
    return Files.writeString(
        dir.resolve("a.txt"),
        "Lindenfeld reopens its bridge\n\nThe mayor of Lindenfeld said on Friday that the old"
            + " bridge would reopen to traffic next week after repairs. The bridge reopened on"
            + " Monday, officials said.\n");
  }

  @Test
  void anOutHoldingFilesParallaxDidNotWriteIsRefused() throws Exception {
    Path out = Files.createDirectories(dir.resolve("thesis"));
    Files.writeString(out.resolve("chapter-1.txt"), "my own words");
    StringWriter err = new StringWriter();

    int exit = run(err, "analyze", "--until", "clean", "--out", out.toString(), page().toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("cannot use --out", "holds files Parallax did not write", OutputFolder.MARKER);
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("chapter-1.txt"));
    }
  }

  @Test
  void anOutThatIsAFileFailsBeforeTheAnalysis() throws Exception {
    Path out = Files.writeString(dir.resolve("out.txt"), "x");
    StringWriter err = new StringWriter();

    int exit = run(err, "analyze", "--until", "clean", "--out", out.toString(), page().toString());

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString())
        .contains("cannot create or write --out " + out + ": exists and is not a folder");
    assertThat(Files.readString(out)).isEqualTo("x");
  }

  @Test
  void cleanIntoAnEarlierFullRunLeavesNoRecordOfThatRun() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve(OutputFolder.MARKER), "");
    for (String old :
        new String[] {
          "events.jsonl", "stories.jsonl", "report.html", "run.json", "articles.jsonl"
        }) {
      Files.writeString(out.resolve(old), "from the earlier run\n");
    }
    Files.writeString(out.resolve("notes.md"), "the user's own note");
    StringWriter err = new StringWriter();

    int exit = run(err, "analyze", "--until", "clean", "--out", out.toString(), page().toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.resolve("events.jsonl")).doesNotExist();
    assertThat(out.resolve("stories.jsonl")).doesNotExist();
    assertThat(out.resolve("report.html")).doesNotExist();
    assertThat(Files.readString(out.resolve("articles.jsonl"))).contains("The bridge reopened");
    assertThat(Files.readString(out.resolve("run.json"))).contains("\"until\"");
    assertThat(out.resolve(OutputFolder.MARKER)).exists();
    assertThat(out.resolve("notes.md")).exists();
    assertThat(out.resolve(".parallax-partial")).doesNotExist();
  }

  @Test
  void aStoreInUseIsRefusedAtOnceNamingTheOtherProcess() throws Exception {
    Path db = dir.resolve("c.db");
    StringWriter err = new StringWriter();
    int exit;
    try (RelationalStore held = RelationalStore.open(db)) {
      exit = run(err, "analyze", "--store", db.toString(), "--out", dir + "/o", page().toString());
    }

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("cannot use --store", "in use by another analysis")
        .contains("pid " + ProcessHandle.current().pid());
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void anOutThatCannotBeCreatedFailsBeforeTheAnalysis() throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
    StringWriter err = new StringWriter();

    int exit =
        run(
            err,
            "analyze",
            "--until",
            "clean",
            "--out",
            blocker.resolve("out").toString(),
            page().toString());

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString())
        .contains("parallax: failed: cannot create or write --out", "blocker");
  }
}
