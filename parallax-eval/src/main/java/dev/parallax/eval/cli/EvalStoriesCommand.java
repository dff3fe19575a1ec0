package dev.parallax.eval.cli;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Annotator;
import dev.parallax.eval.BasilCorpus;
import dev.parallax.eval.ClusterScores;
import dev.parallax.eval.ParseCache;
import dev.parallax.eval.StoryEvaluation;
import dev.parallax.eval.baseline.MiniLmLeadEmbedder;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import dev.parallax.pipeline.Models;
import dev.parallax.stories.EventKeys;
import dev.parallax.stories.StoryOptions;
import dev.parallax.stories.StorySignal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval stories}: story grouping on the BASIL layout. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the BASIL articles (articles/<year>/<uuid>_<n>.json) into stories and scores them"
          + " against the triplet id (the uuid of the file name): B-cubed and pairwise P/R/F1.",
      "Last line: {\"task\":\"stories\",\"bcubed_f1\":..,\"pairwise_f1\":..,\"n\":..}"
          + " (n = articles).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax eval stories --data ../shared/eval/basil",
      "  parallax eval stories --data ../shared/eval/basil --years 2013-2016 --sweep",
      "  parallax eval stories --data ../shared/eval/basil --without ENTITIES,DATES",
      "  parallax eval stories --data ../shared/eval/basil --split TUNE --candidates 0",
      "  parallax eval stories --data ../shared/eval/basil --events --parse-cache /tmp/basil-parses"
    })
final class EvalStoriesCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @CommandLine.Mixin BasilYears years;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Similarity threshold (default: the tuned one).")
  Double threshold;

  @Option(
      names = "--embeddings",
      description =
          "Mix all-MiniLM-L6-v2 lead embeddings into the similarity (half and half with TF-IDF,"
              + " its own tuned threshold); slower.")
  boolean embeddings;

  @Option(
      names = "--without",
      paramLabel = "SIGNAL",
      split = ",",
      description =
          "Leave out these signals (${COMPLETION-CANDIDATES}) to measure what each adds;"
              + " words are always used.")
  List<StorySignal> without = List.of();

  /** Which stories to score: all, or one half chosen by a hash of the story (triplet) id. */
  enum Split {
    ALL,
    TUNE,
    HELD_OUT
  }

  @Option(
      names = "--split",
      paramLabel = "PART",
      defaultValue = "ALL",
      description =
          "Only the stories of one part (${COMPLETION-CANDIDATES}): TUNE holds the triplets whose"
              + " id's String.hashCode is even, HELD_OUT the odd ones (default: ALL).")
  Split split;

  @Option(
      names = "--candidates",
      paramLabel = "N",
      description =
          "Compare each article with at most N candidate stories from the index; 0: with every"
              + " story (the exhaustive search). Default: the tuned value.")
  Integer candidates;

  @Option(
      names = "--index-terms",
      paramLabel = "K",
      description = "Index each article under its K most distinctive terms (default: tuned).")
  Integer indexTerms;

  @Option(
      names = "--batches",
      paramLabel = "N",
      description =
          "Also group the articles as a stored corpus grows over N runs (publication order, N"
              + " consecutive batches, each run restoring the last one's stories) and print the"
              + " agreement of that grouping with the one-run grouping (B3 against it) and its"
              + " own scores.")
  Integer batches;

  @Option(
      names = "--events",
      description =
          "Also find candidate stories through the articles' own events (actor pair and CAMEO"
              + " root, as analyze does): each article is annotated and its events extracted"
              + " first (loads the language models).")
  boolean events;

  @Option(
      names = "--parse-cache",
      paramLabel = "DIR",
      description =
          "With --events: keep each article's parse in DIR and read it from there when run again"
              + " (keep DIR outside the repository: it holds the gold texts' parses).")
  Path parseCache;

  @Option(names = "--sweep", description = "First print the scores at thresholds 0.100 to 0.500.")
  boolean sweep;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print every story that mixes triplets or splits one.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    List<BasilCorpus.Item> items =
        years.read(data, spec.commandLine()).stream().filter(this::inSplit).toList();
    StoryOptions tuned = embeddings ? StoryOptions.WITH_EMBEDDINGS : StoryOptions.DEFAULTS;
    Set<StorySignal> used = EnumSet.allOf(StorySignal.class);
    without.forEach(used::remove);
    StoryOptions base = tuned.withSignals(used);
    base =
        base.withCandidates(
            candidates == null ? base.candidates() : candidates,
            indexTerms == null ? base.indexTerms() : indexTerms);
    StoryEvaluation evaluation =
        new StoryEvaluation(KnowledgeBase.builtIn(), embeddings ? new MiniLmLeadEmbedder() : null);
    var out = spec.commandLine().getOut();
    EventKeys keys = EventKeys.NONE;
    if (events) {
      Models models = Models.shared();
      Annotator annotator = models.annotator();
      if (parseCache != null) {
        annotator = new ParseCache(annotator, parseCache);
      }
      keys = StoryEvaluation.events(items, annotator, models.actors(), models.events());
    }
    if (sweep) {
      for (int i = 4; i <= 20; i++) {
        double t = i * 0.025;
        ClusterScores s = evaluation.run(items, base.withThreshold(t), keys).scores();
        out.printf(
            Locale.ROOT,
            "threshold=%.3f\tbcubed_f1=%.4f\tpairwise_f1=%.4f%n",
            t,
            s.bcubed().f1(),
            s.pairwise().f1());
      }
    }
    StoryOptions options = threshold == null ? base : base.withThreshold(threshold);
    StoryEvaluation.Result result = evaluation.run(items, options, keys);
    if (verbose) {
      printImpure(result.stories(), items, out);
    }
    ClusterScores s = result.scores();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "stories");
    line.put(
        "event_keys_articles", keys.articles(items.stream().map(i -> i.article().id()).toList()));
    EvalCommand.putPrf(line, "bcubed", s.bcubed());
    EvalCommand.putPrf(line, "pairwise", s.pairwise());
    line.put("stories", result.stories().size());
    line.put("n", s.n());
    out.println(Jsonl.line(line));
    if (batches != null) {
      if (batches < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--batches must be >= 1");
      }
      StoryEvaluation.Result b = evaluation.runInBatches(items, options, batches, keys);
      Map<String, Object> batched = new LinkedHashMap<>();
      batched.put("task", "stories-in-batches");
      batched.put("batches", batches);
      EvalCommand.putPrf(
          batched, "agreement_bcubed", StoryEvaluation.agreement(b, result).bcubed());
      EvalCommand.putPrf(batched, "bcubed", b.scores().bcubed());
      EvalCommand.putPrf(batched, "pairwise", b.scores().pairwise());
      batched.put("stories", b.stories().size());
      batched.put("one_run_stories", result.stories().size());
      out.println(Jsonl.line(batched));
    }
    return 0;
  }

  private boolean inSplit(BasilCorpus.Item item) {
    boolean even = (item.triplet().hashCode() & 1) == 0;
    return split == Split.ALL || (split == Split.TUNE) == even;
  }

  private static void printImpure(
      List<Story> stories, List<BasilCorpus.Item> items, java.io.PrintWriter out) {
    Map<String, String> triplet = new LinkedHashMap<>();
    items.forEach(i -> triplet.put(i.article().id(), i.triplet()));
    for (Story story : stories) {
      long kinds = story.articles().stream().map(triplet::get).distinct().count();
      if (kinds > 1 || story.articles().size() < 3) {
        out.printf(Locale.ROOT, "%s\t%s\t%s%n", story.id(), story.articles(), story.title());
      }
    }
  }
}
