package dev.parallax.eval.cli;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Annotator;
import dev.parallax.eval.ParseCache;
import dev.parallax.eval.QuoteEvaluation;
import dev.parallax.eval.QuoteScore;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.QuoteScope;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
          + "\"source_accuracy\":..,\"spurious_per_100\":..,\"n\":..,\"texts\":..,\"half\":..}"
          + " where content_f1 is the overlap F1 and n the number"
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
          "ALL texts; the EVEN (2nd, 4th, ... in name order: the half the first rounds were"
              + " tuned on) or ODD ones; or the fixed split by name: TUNE or HELD_OUT (held out"
              + " when the first four bytes of SHA-256 of the name are divisible by 3; no rule is"
              + " written from it); default ${DEFAULT-VALUE}.")
  QuoteEvaluation.Half half;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "2147483647",
      description = "Score only the first N texts (in name order) of the part: a sample of train.")
  int limit;

  @Option(
      names = "--skip",
      paramLabel = "N",
      defaultValue = "0",
      description = "Leave out the first N texts in name order (with --limit: another sample).")
  int skip;

  @Option(
      names = "--parse-cache",
      paramLabel = "DIR",
      description =
          "Keep each text's parse in DIR and read it from there when run again (keep DIR outside"
              + " the repository: it holds the gold texts' parses).")
  Path parseCache;

  @Option(
      names = "--by-cue",
      description = "Count each sieve's statements by cue word too (which cues pay).")
  boolean byCue;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Resamples of the texts for 95%% intervals of content and attribution F1 (seed 21); 0"
              + " for none. Default ${DEFAULT-VALUE}.")
  int bootstrap;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    if (!Files.isDirectory(data.resolve("text"))
        || !Files.isDirectory(data.resolve("attributions"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no text/ and attributions/ folders in " + data);
    }
    Annotator annotator = Models.shared().annotator();
    if (parseCache != null) {
      annotator = new ParseCache(annotator, parseCache);
    }
    QuoteEvaluation eval =
        new QuoteEvaluation(
            annotator,
            new ActorResolver(KnowledgeBase.builtIn()),
            new QuoteExtractor(scope),
            predictions);
    if (byCue) {
      eval.byCue();
    }
    List<QuoteScore> docs = eval.scores(data, half, skip, limit);
    QuoteScore score = QuoteScore.sum(docs);
    PrintWriter out = spec.commandLine().getOut();
    out.print(score.report());
    out.print(score.sieveReport());
    Map<String, Object> summary = new LinkedHashMap<>(score.summary());
    summary.put("texts", docs.size());
    summary.put("half", half.name().toLowerCase(Locale.ROOT));
    if (bootstrap > 0 && !docs.isEmpty()) {
      QuoteScore.Intervals ci = QuoteScore.bootstrap(docs, bootstrap, 21);
      out.printf(
          Locale.ROOT,
          "95%% intervals (%d resamples of %d texts): content F1 [%.3f, %.3f], attribution F1"
              + " [%.3f, %.3f]%n",
          bootstrap,
          docs.size(),
          ci.contentF1().low(),
          ci.contentF1().high(),
          ci.attributionF1().low(),
          ci.attributionF1().high());
    }
    out.println(Jsonl.line(summary));
    out.flush();
    return 0;
  }
}
