package dev.parallax.eval.cli;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.eval.QuoteEvaluation;
import dev.parallax.eval.QuoteScore;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.QuoteScope;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval quotes}: the quotes stage on a PolNeAR split. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the quotes stage (annotator FULL, knowledge-base actors, quote extractor) on a"
          + " PolNeAR split: text/*.txt and brat attributions/*.ann with Source, Cue and Content."
          + " Content spans are matched one to one; precision, recall and F1 exact (trimmed of"
          + " punctuation and quotation marks) and by overlap (a shared word character); source"
          + " accuracy on matched content (the predicted speaker span overlaps the gold source);"
          + " attribution F1 (content overlaps and source matches).",
      "Last line: {\"task\":\"quotes\",\"content_f1\":..,\"attribution_f1\":..,"
          + "\"source_accuracy\":..,\"n\":..} where content_f1 is the overlap F1 and n the number"
          + " of gold attributions.",
      ""
    },
    footer = {"", "Example:", "  parallax eval quotes --data ../shared/eval/polnear/dev"})
final class EvalQuotesCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @Option(
      names = "--predictions",
      paramLabel = "DIR",
      description = "Also write each text's predictions to DIR/<name>.tsv for inspection.")
  Path predictions;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      defaultValue = "ATTRIBUTIONS",
      description =
          "STATEMENTS (what quotes.jsonl holds) or ATTRIBUTIONS (also stances with their object,"
              + " PolNeAR's notion); default ${DEFAULT-VALUE}.")
  QuoteScope scope;

  @Option(
      names = "--half",
      paramLabel = "HALF",
      defaultValue = "ALL",
      description =
          "ALL texts, or only the EVEN (2nd, 4th, ... in name order: the half the extractor is"
              + " tuned on) or ODD ones (held out); default ${DEFAULT-VALUE}.")
  QuoteEvaluation.Half half;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    if (!Files.isDirectory(data.resolve("text"))
        || !Files.isDirectory(data.resolve("attributions"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no text/ and attributions/ folders in " + data);
    }
    QuoteEvaluation eval =
        new QuoteEvaluation(
            Models.shared().annotator(),
            new ActorResolver(KnowledgeBase.builtIn()),
            new QuoteExtractor(scope),
            predictions);
    QuoteScore score = eval.run(data, half);
    PrintWriter out = spec.commandLine().getOut();
    out.print(score.report());
    out.println(Jsonl.line(score.summary()));
    out.flush();
    return 0;
  }
}
