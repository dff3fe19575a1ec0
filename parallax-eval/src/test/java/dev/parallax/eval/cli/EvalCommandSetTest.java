package dev.parallax.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * With this module on the class path, {@code parallax} has eval and bench (found by ServiceLoader).
 */
class EvalCommandSetTest {
  @Test
  void parallaxListsEvalAndBenchBesideItsOwnCommands() {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("--help")).isZero();
    assertThat(cli.getSubcommands()).containsKeys("analyze", "kb", "eval", "bench");
    assertThat(out.toString()).contains("eval", "bench");
  }

  @Test
  void everyEvalTaskTakesTheSharedDataOption() {
    CommandLine eval = Main.commandLine().getSubcommands().get("eval");
    List<String> tasks = List.copyOf(eval.getSubcommands().keySet());
    assertThat(tasks)
        .containsExactly(
            "clean", "ner", "timex", "actors", "events", "stories", "labels", "quotes", "copies");
    for (String task : tasks) {
      CommandLine.Model.CommandSpec spec = eval.getSubcommands().get(task).getCommandSpec();
      assertThat(spec.mixins().values())
          .as(task)
          .anyMatch(mixin -> mixin.userObject() instanceof GoldSet);
      assertThat(spec.findOption("--data").required()).as(task).isTrue();
    }
  }

  @Test
  void aTaskWithoutDataIsAUsageError() {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("eval", "ner")).isEqualTo(2);
    assertThat(err.toString()).contains("--data");
  }
}
