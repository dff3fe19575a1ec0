package dev.parallax.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.cli.Main;
import dev.parallax.model.Jsonl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code parallax bench ingest}, run through the {@code parallax} command. */
class BenchIngestCommandTest {
  /** What one run of the command printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void benchIngestEndsWithOneJsonLineOfFigures() {
    Run r = run("bench", "ingest", "--pages", "3");

    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    JsonNode figures = Jsonl.read(lines.get(lines.size() - 1), JsonNode.class);
    assertThat(figures.get("task").asText()).isEqualTo("bench-ingest");
    assertThat(figures.get("threads").asInt()).isEqualTo(1);
    assertThat(figures.get("pages").asInt()).isEqualTo(3);
    assertThat(figures.get("rejected").asInt()).isZero();
    assertThat(figures.get("html_pages_per_s").asDouble()).isPositive();
    assertThat(figures.get("text_pages_per_s").asDouble()).isPositive();
  }
}
