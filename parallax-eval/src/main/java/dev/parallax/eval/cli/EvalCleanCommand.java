package dev.parallax.eval.cli;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.clean.Cleaner;
import dev.parallax.eval.CleanEvaluation;
import dev.parallax.eval.baseline.Readability4JCleaner;
import dev.parallax.model.Jsonl;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval clean}: the cleaner on a WCXB-format folder. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the cleaner on a WCXB-format folder: html/<id>.html.gz pages (or, with --input"
          + " text, the whole-page dumps of text-dumps.jsonl.gz) against ground-truth/<id>.json.",
      "Body: macro mean of per-page F1 over lower-cased \\w+ word bags; title: exact after folding"
          + " white space; date: exact, over pages whose ground truth has one.",
      "Last line: {\"task\":\"clean\",\"body_f1\":..,\"precision\":..,\"recall\":..,"
          + "\"title_accuracy\":..,\"date_accuracy\":..,\"n\":..} (n = pages).",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax eval clean --data ../shared/eval/wcxb-dev-articles --input text"
    })
final class EvalCleanCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @Option(
      names = "--input",
      paramLabel = "KIND",
      defaultValue = "html",
      description = "html (default) or text.")
  String input;

  @Option(
      names = "--extractor",
      paramLabel = "NAME",
      defaultValue = "parallax",
      description = "parallax (default), or readability4j to score the reference extractor.")
  String extractor;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print one line per page.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    CleanEvaluation.Input kind;
    try {
      kind = CleanEvaluation.Input.valueOf(input.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--input must be html or text");
    }
    Cleaner cleaner =
        switch (extractor.toLowerCase(Locale.ROOT)) {
          case "parallax" -> new ArticleCleaner();
          case "readability4j" -> new Readability4JCleaner();
          default ->
              throw new CommandLine.ParameterException(
                  spec.commandLine(), "--extractor must be parallax or readability4j");
        };
    var out = spec.commandLine().getOut();
    CleanEvaluation.Score s =
        new CleanEvaluation(cleaner)
            .run(
                data,
                kind,
                page -> {
                  if (verbose) {
                    out.printf(
                        Locale.ROOT,
                        "%s\tf1=%.3f\tp=%.3f\tr=%.3f\ttitle=%s\tdate=%s\t%s%n",
                        page.id(),
                        page.body().f1(),
                        page.body().precision(),
                        page.body().recall(),
                        page.titleCorrect() ? "ok" : "WRONG",
                        page.dateCorrect(),
                        page.title());
                  }
                });
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "clean");
    line.put("body_f1", round(s.bodyF1()));
    line.put("precision", round(s.precision()));
    line.put("recall", round(s.recall()));
    line.put("title_accuracy", round(s.titleAccuracy()));
    line.put("date_accuracy", round(s.dateAccuracy()));
    line.put("n", s.n());
    out.println(Jsonl.line(line));
    return 0;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
