package dev.parallax.eval.cli;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.clean.Cleaner;
import dev.parallax.eval.CleanEvaluation;
import dev.parallax.eval.baseline.Readability4JCleaner;
import dev.parallax.model.Jsonl;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
          + "\"title_accuracy\":..,\"date_accuracy\":..,\"n\":..,\"part\":..,"
          + "\"body_f1_ci95\":[lo,hi],..} (n = pages; 95%% bootstrap intervals over pages).",
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
      names = "--part",
      paramLabel = "PART",
      defaultValue = "all",
      description =
          "all (default), tune or held-out: the fixed split of the pages by id (held out when the"
              + " first four bytes of SHA-256(id) are divisible by 3; docs/clean-html.md).")
  String part;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Resamples of the pages for the 95%% intervals (seed 21); 0 for none. Default 1000.")
  int bootstrap;

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
    CleanEvaluation.Part which;
    try {
      which = CleanEvaluation.Part.parse(part);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
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
    List<CleanEvaluation.PageResult> results =
        new CleanEvaluation(cleaner)
            .results(
                data,
                kind,
                which,
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
    CleanEvaluation.Score s = CleanEvaluation.summarise(results);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "clean");
    line.put("body_f1", round(s.bodyF1()));
    line.put("precision", round(s.precision()));
    line.put("recall", round(s.recall()));
    line.put("title_accuracy", round(s.titleAccuracy()));
    line.put("date_accuracy", round(s.dateAccuracy()));
    line.put("n", s.n());
    line.put("part", part.toLowerCase(Locale.ROOT));
    if (bootstrap > 0 && !results.isEmpty()) {
      CleanEvaluation.Intervals ci = CleanEvaluation.bootstrap(results, bootstrap, 21);
      line.put("body_f1_ci95", interval(ci.bodyF1()));
      line.put("title_ci95", interval(ci.titleAccuracy()));
      line.put("date_ci95", interval(ci.dateAccuracy()));
    }
    out.println(Jsonl.line(line));
    return 0;
  }

  private static List<Double> interval(CleanEvaluation.Interval i) {
    return List.of(round(i.low()), round(i.high()));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
