package dev.parallax.eval.cli;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.eval.ActorCorpus;
import dev.parallax.eval.EntityMergeEvaluation;
import dev.parallax.pipeline.Models;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval actors}: entity merges of a folder against its answer key. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a folder of articles with its manifest.csv (such as examples/), resolves and links"
          + " its actors, and scores the entity merges against the folder's answer key"
          + " (.answers.json, its 'entities' with their names): pairwise precision and recall"
          + " over the occurrences of the key's names in the article bodies.",
      "Last line: {\"task\":\"actors\",\"merge_precision\":..,\"merge_recall\":..,"
          + "\"merge_f1\":..,\"occurrences\":..,\"found\":..}.",
      ""
    },
    footer = {"", "Example:", "  parallax eval actors --data examples"})
final class EvalActorsCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    Path key = data.resolve(".answers.json");
    if (!Files.isRegularFile(data.resolve("manifest.csv")) || !Files.isRegularFile(key)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no manifest.csv and .answers.json in " + data);
    }
    ActorCorpus corpus =
        ActorCorpus.read(data, Models.shared().annotator(), KnowledgeBase.builtIn());
    EntityMergeEvaluation.Score score = corpus.score(ActorCorpus.readKey(key));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "articles %d, entities %d; key names found %d of %d; pairs: joined %d, in key %d,"
            + " both %d%n",
        corpus.articles().size(),
        corpus.linked().entities().size(),
        score.found(),
        score.occurrences(),
        score.predictedPairs(),
        score.goldPairs(),
        score.truePairs());
    out.println(score.summary());
    out.flush();
    return 0;
  }
}
