package dev.parallax.eval.cli;

import dev.parallax.coverage.LoadedLabelLexicon;
import dev.parallax.eval.LabelEvaluation;
import dev.parallax.model.Jsonl;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval labels}: the loaded-label lexicon against BASIL's lexical-bias spans. */
@Command(
    name = "labels",
    mixinStandardHelpOptions = true,
    description = {
      "Matches the loaded-label lexicon in the BASIL articles and scores the matches against the"
          + " lexical-bias (loaded word) spans of annotations/<year>/<uuid>_<n>_ann.json:"
          + " span P/R/F1 by overlap, and token P/R/F1.",
      "A lexicon finds candidate loaded words, it is no bias classifier: expect modest figures.",
      "Last line: {\"task\":\"labels\",\"span_f1\":..,\"span_precision\":..,\"span_recall\":..,"
          + "\"token_f1\":..,\"gold\":..,\"n\":..} (n = annotated articles).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax eval labels --data ../shared/eval/basil",
      "  parallax eval labels --data ../shared/eval/basil --years 2013-2016   (held-out half)"
    })
final class EvalLabelsCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @CommandLine.Mixin BasilYears years;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    LabelEvaluation.Score s =
        new LabelEvaluation(LoadedLabelLexicon.builtIn())
            .run(data, years.read(data, spec.commandLine()));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "labels");
    EvalCommand.putPrf(line, "span", s.spans());
    EvalCommand.putPrf(line, "token", s.tokens());
    line.put("gold", s.gold());
    line.put("unplaced", s.unplaced());
    line.put("n", s.articles());
    spec.commandLine().getOut().println(Jsonl.line(line));
    return 0;
  }
}
