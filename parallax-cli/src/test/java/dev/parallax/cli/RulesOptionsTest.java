package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --rules} and {@code --kb}: a user's rule files, checked first, then read by the stages.
 */
class RulesOptionsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void rulesListsEveryTableWithItsColumns() {
    assertThat(run("rules")).isZero();
    assertThat(out.toString())
        .contains("coverage/loaded-labels.tsv\t")
        .contains("actors/kb/offices.tsv\t")
        .contains("*term (text)");
  }

  @Test
  void rulesSaysWhatAUsersFilesChange() {
    assertThat(run("rules", "--rules", Path.of("..", "docs", "rules-example").toString())).isZero();
    assertThat(out.toString())
        .contains("coverage/loaded-labels.tsv: ")
        .containsPattern("actors/kb/offices.tsv: (\\d+) bundled rows, \\d+ with yours");
  }

  @Test
  void aMistakeInAUsersFileStopsTheRunBeforeAnyWorkNamingFileAndLine() throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules.resolve("coverage"));
    Files.writeString(
        rules.resolve("coverage/loaded-labels.tsv"),
        "term\tcategory\tneutral\nhardliner\tharsh\tofficial\n");
    Path outDir = dir.resolve("out");
    int code =
        run(
            "analyze",
            "--rules",
            rules.toString(),
            "--out",
            outDir.toString(),
            EXAMPLES.resolve("mpb-ursachi-espionage-belarus.txt").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(rules.resolve("coverage/loaded-labels.tsv") + ":2: column category: 'harsh'");
    assertThat(outDir).doesNotExist();
  }

  /**
   * The worked example of docs/rules.md: an office holder and a loaded label of the user's own
   * change the entities and coverage records as expected.
   */
  @Test
  @Tag("slow")
  void aUsersOfficeHolderAndLoadedLabelReachTheOutput() throws IOException {
    String input = EXAMPLES.resolve("dnieper-herald-chisinau-provocation.html").toString();
    Path plain = dir.resolve("plain");
    Path mine = dir.resolve("mine");
    assertThat(run("analyze", "--quiet", "--out", plain.toString(), input)).isZero();
    assertThat(
            run(
                "analyze",
                "--quiet",
                "--rules",
                Path.of("..", "docs", "rules-example").toString(),
                "--out",
                mine.toString(),
                input))
        .isZero();

    assertThat(actorOf(plain, "Gritsenko")).isEqualTo("null");
    assertThat(actorOf(mine, "Gritsenko")).isEqualTo("BLRGOV");
    assertThat(label(plain, "leadership").path("loaded").asBoolean()).isFalse();
    assertThat(label(mine, "leadership").path("category").asText()).isEqualTo("evaluative");
    assertThat(label(mine, "regime").path("category").asText()).isEqualTo("delegitimising");
    assertThat(Files.readString(mine.resolve("run.json")))
        .contains("\"user_rules\":[{\"file\":")
        .contains("loaded-labels.tsv");
  }

  private static String actorOf(Path out, String alias) throws IOException {
    for (JsonNode e : lines(out.resolve("entities.jsonl"))) {
      if (e.path("aliases").toString().contains(alias)) {
        return e.path("actor").asText("null");
      }
    }
    throw new AssertionError("no entity " + alias);
  }

  /** The first label whose last word is {@code term} ("the Chisinau regime" for "regime"). */
  private static JsonNode label(Path out, String term) throws IOException {
    for (JsonNode c : lines(out.resolve("coverage.jsonl"))) {
      for (JsonNode l : c.path("labels")) {
        if (l.path("label").asText().toLowerCase(java.util.Locale.ROOT).matches("(.* )?" + term)) {
          return l;
        }
      }
    }
    throw new AssertionError("no label " + term);
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }
}
