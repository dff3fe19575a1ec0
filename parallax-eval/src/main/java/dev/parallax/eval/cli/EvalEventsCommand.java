package dev.parallax.eval.cli;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Annotator;
import dev.parallax.eval.CleanEvaluation;
import dev.parallax.eval.EventCase;
import dev.parallax.eval.EventEvaluation;
import dev.parallax.eval.EventGoldReader;
import dev.parallax.eval.EventScore;
import dev.parallax.eval.ExampleEventCases;
import dev.parallax.eval.ParseCache;
import dev.parallax.events.EventExtractor;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
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

/** {@code parallax eval events}: event extraction on a gold set of coded sentences. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores event extraction (annotation FULL, knowledge-base actor tagging, pattern-based"
          + " extraction) on JSON Lines gold records: PETRARCH-style {text, date, events:[{source,"
          + " target, code}], noevents} or PLOVER gold records {text, date, event_current,"
          + " source, target}; or on the example corpus when PATH is its answer key"
          + " (examples/.answers.json).",
      "Each gold event is paired with the best predicted event of its text. root_accuracy: pairs"
          + " whose CAMEO root (PLOVER type for PLOVER gold) agrees, over pairs; code_accuracy:"
          + " full CAMEO code, over pairs (null without codes); precision and recall: type-correct"
          + " pairs over predicted and gold events; actors agree on their first three letters.",
      "Last line: {\"task\":\"events\",\"root_accuracy\":..,\"code_accuracy\":..,"
          + "\"source_accuracy\":..,\"target_accuracy\":..,\"precision\":..,\"recall\":..,"
          + "\"f1\":..,\"n\":..,\"part\":..} where n is the number of gold events.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax eval events --data ../shared/eval/plover/plover_gsr.jsonl",
      "  parallax eval events --data ../shared/eval/plover/plover_gsr.jsonl --part TUNE",
      "  parallax eval events --data examples/.answers.json"
    })
final class EvalEventsCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @Option(
      names = "--part",
      paramLabel = "PART",
      defaultValue = "ALL",
      description =
          "ALL texts, or the fixed split by text: TUNE or HELD_OUT (held out when the first four"
              + " bytes of SHA-256 of the text are divisible by 3; no rule is written from it);"
              + " default ${DEFAULT-VALUE}.")
  CleanEvaluation.Part part;

  @Option(
      names = "--parse-cache",
      paramLabel = "DIR",
      description =
          "Keep each text's parse in DIR and read it from there when run again (keep DIR outside"
              + " the repository: it holds the gold texts' parses).")
  Path parseCache;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Resamples of the texts for 95%% intervals of root accuracy and F1 (seed 21); 0 for"
              + " none. Default ${DEFAULT-VALUE}.")
  int bootstrap;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "Also write one TSV line per text to FILE for inspection: gold events, predicted"
              + " events, the text.")
  Path predictions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    if (!Files.isRegularFile(data)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + data);
    }
    List<EventCase> cases =
        data.getFileName().toString().endsWith(".json")
            ? ExampleEventCases.read(data)
            : EventGoldReader.read(data);
    cases = EventEvaluation.part(cases, part);
    Annotator annotator = Models.shared().annotator();
    if (parseCache != null) {
      annotator = new ParseCache(annotator, parseCache);
    }
    EventEvaluation evaluation =
        new EventEvaluation(
            annotator, new ActorResolver(KnowledgeBase.builtIn()), new EventExtractor());
    StringBuilder lines = new StringBuilder();
    List<EventScore> texts =
        evaluation.scores(cases, (c, events) -> lines.append(EventEvaluation.line(c, events)));
    if (predictions != null) {
      Files.writeString(predictions, lines);
    }
    EventScore score = EventScore.sum(texts);
    PrintWriter out = spec.commandLine().getOut();
    out.print(score.report());
    if (bootstrap > 0 && !texts.isEmpty()) {
      EventScore.Intervals ci = EventScore.bootstrap(texts, bootstrap, 21);
      out.printf(
          Locale.ROOT,
          "95%% intervals (%d resamples of %d texts): root accuracy [%.3f, %.3f], F1 [%.3f,"
              + " %.3f]%n",
          bootstrap,
          texts.size(),
          ci.rootAccuracy().low(),
          ci.rootAccuracy().high(),
          ci.f1().low(),
          ci.f1().high());
    }
    Map<String, Object> summary = new LinkedHashMap<>(score.summary());
    summary.put("part", part.name().toLowerCase(Locale.ROOT));
    out.println(Jsonl.line(summary));
    out.flush();
    return 0;
  }
}
