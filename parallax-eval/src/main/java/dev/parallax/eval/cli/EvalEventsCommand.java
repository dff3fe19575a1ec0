package dev.parallax.eval.cli;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.eval.EventCase;
import dev.parallax.eval.EventEvaluation;
import dev.parallax.eval.EventGoldReader;
import dev.parallax.eval.EventScore;
import dev.parallax.eval.ExampleEventCases;
import dev.parallax.events.EventExtractor;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
          + "\"source_accuracy\":..,\"target_accuracy\":..,\"precision\":..,\"recall\":..,\"n\":..}"
          + " where n is the number of gold events.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax eval events --data ../shared/eval/plover/plover_gsr.jsonl",
      "  parallax eval events --data examples/.answers.json"
    })
final class EvalEventsCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

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
    EventEvaluation evaluation =
        new EventEvaluation(
            Models.shared().annotator(),
            new ActorResolver(KnowledgeBase.builtIn()),
            new EventExtractor());
    EventScore score = evaluation.run(cases);
    PrintWriter out = spec.commandLine().getOut();
    out.print(score.report());
    out.println(Jsonl.line(score.summary()));
    out.flush();
    return 0;
  }
}
