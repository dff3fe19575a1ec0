package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KbCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void showPrintsCodesForAMetonymAndAPersonOnADate() {
    assertThat(run("kb", "show", "the", "Kremlin")).isZero();
    assertThat(out.toString()).contains("metonym\tRUSGOV");
    assertThat(run("kb", "show", "Vucic", "--date", "2016-01-01")).isZero();
    assertThat(out.toString())
        .contains("Aleksandar Vučić, Prime Minister of SRB")
        .doesNotContain("President of");
  }

  @Test
  void showSaysWhenNothingIsKnown() {
    assertThat(run("kb", "show", "Xyzzy")).isZero();
    assertThat(out.toString()).contains("nothing known");
  }

  @Test
  void importWritesATableThatShowCanLoad(@TempDir Path dir) throws IOException {
    Path dict =
        Files.write(
            dir.resolve("test.actors.txt"),
            List.of(
                "# written for this test",
                "PAT_EXAMPLE_",
                "+P._EXAMPLE_",
                "\t[ALBGOV 180101-191231]"),
            StandardCharsets.UTF_8);
    Path tsv = dir.resolve("out.tsv");
    assertThat(run("kb", "import", "--petrarch", dict.toString(), "--out", tsv.toString()))
        .isZero();
    assertThat(out.toString()).contains("wrote 1 rows for 1 names");
    assertThat(run("kb", "show", "P. Example", "--kb", tsv.toString(), "--date", "2019-06-01"))
        .isZero();
    assertThat(out.toString()).contains("ALBGOV\tPat Example, ALB, 2018-01-01 to 2020-01-01");
  }

  @Test
  void showReadsAUsersRulesFolder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("actors/kb/metonyms.tsv");
    Files.createDirectories(file.getParent());
    Files.write(file, List.of("surface\ttarget\trole\tkind\tnote", "!the Kremlin"));
    assertThat(run("kb", "show", "the Kremlin", "--rules", dir.toString())).isZero();
    assertThat(out.toString()).contains("nothing known");
  }
}
