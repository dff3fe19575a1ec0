package dev.parallax.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTimexCommandTest {
  private static final String DOC =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2012-06-15\""
          + " functionInDocument=\"CREATION_TIME\">June 15, 2012</TIMEX3></DCT>"
          + "<TEXT>The pier reopened <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2012-06-14\">"
          + "Thursday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\">three"
          + " weeks</TIMEX3> of repairs.</TEXT></TimeML>";

  @Test
  void lastLineIsOneJsonObject(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/pier.tml"), DOC);
    String out = run("--data", dir.toString(), "--verbose");
    String[] lines = out.strip().split("\\R");
    assertThat(lines[0]).startsWith("pier");
    assertThat(lines[lines.length - 1])
        .startsWith("{\"task\":\"timex\",\"strict_f1\":1.0000,\"relaxed_f1\":1.0000")
        .contains("\"value_f1\":1.0000")
        .endsWith("\"n\":2}");
  }

  @Test
  void heidelTimeRunsOnTheSameDocumentsAndPrintsTheHeldOutHalf(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pier.tml"), DOC);
    String out = run("--data", dir.toString(), "--engine", "HEIDELTIME", "--errors");
    assertThat(out)
        .contains("HIT pier [Thursday]/[Thursday] DATE 2012-06-14 / DATE 2012-06-14")
        .contains("even-index documents")
        .contains("\"value_f1\":1.0000");
  }

  @Test
  void combinedRunsBothEnginesAndPrintsValuesPerClass(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pier.tml"), DOC);
    String out = run("--data", dir.toString(), "--engine", "COMBINED");
    assertThat(out)
        .contains(
            "class WEEKDAY    gold    1 | parallax matched    1 value    1 spurious   0"
                + " | heideltime matched    1 value    1 spurious   0"
                + " | combined matched    1 value    1 spurious   0")
        .contains("class DURATION   gold    1")
        .contains("combination rules decided: {}")
        .contains("\"value_f1\":1.0000");
  }

  @Test
  void partTagsOnlyItsDocumentsAndPrintsIntervals(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pier.tml"), DOC); // held out: SHA-256 of the name
    Files.writeString(dir.resolve("harbour.tml"), DOC.replace("three weeks", "three days"));
    String out = run("--data", dir.toString(), "--part", "held-out", "--verbose");
    assertThat(out)
        .contains("all 1 documents")
        .doesNotContain("harbour")
        .contains(
            "split held-out documents: 95% intervals (1000 resamples of 1 documents): strict"
                + " [1.000, 1.000], relaxed [1.000, 1.000], value [1.000, 1.000]");
  }

  @Test
  void unknownPartIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pier.tml"), DOC);
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("eval", "timex", "--data", dir.toString(), "--part", "dev"))
        .isEqualTo(2);
  }

  @Test
  void emptyFolderIsAUsageError(@TempDir Path dir) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("eval", "timex", "--data", dir.toString())).isEqualTo(2);
  }

  // Runs eval timex with args; the output, after checking the exit code is 0.
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    String[] all = new String[args.length + 2];
    all[0] = "eval";
    all[1] = "timex";
    System.arraycopy(args, 0, all, 2, args.length);
    assertThat(cli.execute(all)).isZero();
    return out.toString();
  }
}
