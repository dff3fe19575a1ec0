package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class MainTest {
  @TempDir Path dir;

  /** What one run of the command printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path report(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String outDir() {
    return dir.resolve("out").toString();
  }

  @Test
  void helpNamesEveryCommandAndGivesExamples() {
    Run top = run("--help");
    Run analyze = run("analyze", "--help");

    assertThat(top.exit()).isZero();
    assertThat(top.out()).contains("analyze", "kb", "Examples:", "Exit codes:");
    // eval and bench come with parallax-eval, which is not on this module's class path
    assertThat(Main.commandLine().getSubcommands()).doesNotContainKeys("eval", "bench");
    assertThat(analyze.exit()).isZero();
    assertThat(analyze.out())
        .contains("articles.jsonl", "--manifest", "--until", "Examples:", "Exit codes:");
    assertThat(analyze.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(81));
  }

  @Test
  void everyAnalyzeOptionAndParameterHasAnExample() {
    CommandLine.Model.CommandSpec spec =
        Main.commandLine().getSubcommands().get("analyze").getCommandSpec();
    List<OptionSpec> options =
        spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList();

    assertThat(options).isNotEmpty();
    assertThat(options)
        .allSatisfy(o -> assertThat(String.join(" ", o.description())).contains("Example"));
    assertThat(spec.positionalParameters())
        .allSatisfy(p -> assertThat(String.join(" ", p.description())).contains("Example"));
  }

  @Test
  void exitsZeroWithASummaryWhenEveryInputIsAnArticle() throws IOException {
    Path input = report("report.txt", "The harbour reopened on Monday.\n\nShips unloaded grain.");

    Run r = run("analyze", "--until", "clean", "--out", outDir(), input.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .matches("(?s)parallax: 1 articles, 0 rejected, 0 diagnostics, [0-9.]+ s; output in .*");
    assertThat(dir.resolve("out/articles.jsonl")).exists();
  }

  @Test
  void exitsOneWhenSomeInputsAreRejectedAndStillWritesTheRest() throws IOException {
    Path good = report("good.txt", "The bridge closed for repairs on Tuesday.");
    Path empty = report("empty.txt", "");

    Run r =
        run("analyze", "--until", "clean", "--out", outDir(), good.toString(), empty.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("1 articles, 1 rejected");
    List<String> lines = Files.readAllLines(dir.resolve("out/articles.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("\"rejected\":\"empty input\"");
  }

  @Test
  void usageErrorsExitTwoWithAShortMessage() throws IOException {
    Path input = report("a.txt", "Text.");
    Path badDate = report("manifest.csv", "file,published\na.txt,the fifth of May\n");
    Path garbage = report("manifest.json", "{not json");

    Run[] runs = {
      run("analyze", "--frobnicate", input.toString()),
      run("analyze", "--out", outDir()),
      run("analyze", "--until", "summarise", input.toString()),
      run("analyze", "--manifest", badDate.toString(), input.toString()),
      run("analyze", "--manifest", garbage.toString(), input.toString()),
      run("analyze", "--manifest", dir.resolve("missing.csv").toString(), input.toString()),
      run("analyze", "--threads", "0", input.toString()),
      run("nonsense")
    };
    String[] expected = {
      "Unknown option", "INPUT", "unknown stage 'summarise'", "the fifth of May",
      "not a JSON manifest", "missing.csv", "at least 1", "Unmatched argument"
    };
    for (int i = 0; i < runs.length; i++) {
      assertThat(runs[i].exit()).as(expected[i]).isEqualTo(2);
      assertThat(runs[i].err()).as(expected[i]).contains(expected[i]).contains("--help");
      assertThat(runs[i].err().lines()).as(expected[i]).hasSizeLessThan(5);
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Tag("slow") // the whole analysis runs before the unwritable folder shows
  @Test
  void exitsThreeWhenTheRunCannotFinish() throws IOException {
    Path input = report("a.txt", "The station reopened.");
    Path notAFolder = report("out", "a file where the output folder should be");

    Run r = run("analyze", "--out", notAFolder.toString(), input.toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("parallax: failed: ").contains(notAFolder.toString());
  }

  @Test
  void theRunEndsWithTheRejectionsByReasonAndTheirInputs() throws IOException {
    Path good = report("good.txt", "The bridge closed for repairs on Tuesday.");
    Path empty = report("empty.txt", "");
    Path nav = report("nav.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    Path nav2 = report("nav2.html", "<html><body><nav><a href=/>News</a></nav></body></html>");

    Run r =
        run(
            "analyze",
            "--until",
            "clean",
            "--out",
            outDir(),
            good.toString(),
            empty.toString(),
            nav.toString(),
            nav2.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines())
        .contains(
            "parallax: 3 rejected: 2 no article text found ("
                + nav
                + ", "
                + nav2
                + "), 1 empty input ("
                + empty
                + ")");
    assertThat(r.out()).doesNotContain("diagnostics:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void quietPrintsNothingButErrorsBeforeOrAfterTheCommand() throws IOException {
    Path good = report("good.txt", "The bridge closed for repairs on Tuesday.");
    Path empty = report("empty.txt", "");
    Path notAFolder = report("file", "a file where the output folder should be");
    String[] inputs = {good.toString(), empty.toString()};

    Run before = run("--quiet", "analyze", "--until", "clean", "--out", outDir(), inputs[0]);
    Run after = run("analyze", "--quiet", "--until", "clean", "--out", outDir(), inputs[1]);
    Run failed = run("--quiet", "analyze", "--out", notAFolder.toString(), inputs[0]);
    Run both = run("--quiet", "analyze", "--verbose", inputs[0]);

    assertThat(before).isEqualTo(new Run(0, "", ""));
    assertThat(after).isEqualTo(new Run(1, "", ""));
    assertThat(failed.exit()).isEqualTo(3);
    assertThat(failed.out()).isEmpty();
    assertThat(failed.err()).startsWith("parallax: failed: ");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }
}
