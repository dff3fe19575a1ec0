package dev.parallax.cli;

import dev.parallax.pipeline.RuleTables;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax rules}: the rule tables a user may extend, and a check of the user's files. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the rule tables the analysis reads (word lists, cue words, patterns, labels, the"
          + " knowledge base): each file's path, what it is for and its columns (* marks the key:"
          + " a row of yours with the key of a bundled row replaces it). With --rules or --kb,"
          + " checks your files as `analyze` would and says what they change.",
      ""
    },
    footer = {
      "",
      "A rules folder mirrors these paths (my-rules/coverage/loaded-labels.tsv); a file name",
      "that only one table has may stand at its top. Each file starts with the table's",
      "header row. A row whose first cell starts with "
          + TableSpec.REMOVE
          + " removes the bundled rows",
      "of its key. See docs/rules.md.",
      "",
      "Examples:",
      "  parallax rules",
      "  parallax rules --rules docs/rules-example/"
    })
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Rules rules = ruleOptions.rules(spec.commandLine());
    if (rules.userFiles().isEmpty()) {
      for (TableSpec t : RuleTables.ALL) {
        out.println(t.path() + "\t" + t.about());
        out.println(
            "  "
                + t.columns().stream()
                    .map(RulesCommand::describe)
                    .collect(Collectors.joining("  ")));
      }
      return 0;
    }
    for (Path file : rules.userFiles()) {
      out.println("read " + file);
    }
    for (TableSpec t : RuleTables.ALL) {
      int bundled = Rules.bundled().table(t).rows().size();
      int layered = rules.table(t).rows().size();
      if (rules.table(t) != Rules.bundled().table(t)) {
        out.println(t.path() + ": " + bundled + " bundled rows, " + layered + " with yours");
      }
    }
    return 0;
  }

  private static String describe(Column c) {
    String type =
        c.type() == Column.Type.KIND
            ? String.join("|", c.kinds().stream().sorted().toList())
            : c.type().name().toLowerCase(Locale.ROOT);
    return (c.key() ? "*" : "") + c.name() + " (" + type + ")";
  }
}
