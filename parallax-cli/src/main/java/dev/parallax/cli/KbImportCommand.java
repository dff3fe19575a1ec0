package dev.parallax.cli;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.PetrarchDictionary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax kb import}: converts a PETRARCH actor dictionary to our office-holder TSV. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a PETRARCH-format actor dictionary (entries like VLADIMIR_PUTIN_, synonyms +PUTIN_,"
          + " codes [RUSGOV >120507]) and writes a TSV in the format of Parallax's offices.tsv:"
          + " one row per code, with its dates. Load the result with --kb FILE.",
      "Malformed entries and codes are skipped and listed on standard error.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax kb import --petrarch Phoenix.Countries.actors.txt --out actors.tsv",
      "",
      "Exit codes: 0 done; 1 done, but some entries were skipped; 3 failed."
    })
final class KbImportCommand implements Callable<Integer> {
  @Option(
      names = "--petrarch",
      paramLabel = "FILE",
      required = true,
      description = "The dictionary.")
  Path petrarch;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The TSV to write.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PetrarchDictionary.Result r;
    // InputStreamReader replaces undecodable bytes instead of failing on old Latin-1 entries.
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(petrarch), StandardCharsets.UTF_8))) {
      r =
          new PetrarchDictionary(KnowledgeBase.builtIn())
              .read(in, petrarch.getFileName().toString());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      PetrarchDictionary.write(r.terms(), petrarch.getFileName().toString(), w);
    }
    r.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
    long names = r.terms().stream().map(t -> t.person()).distinct().count();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d rows for %d names to %s; %d problems%n",
            r.terms().size(), names, out, r.problems().size());
    return r.problems().isEmpty() ? 0 : Main.EXIT_REJECTED;
  }
}
