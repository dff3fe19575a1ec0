package dev.parallax.eval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.eval.BasilCorpus;
import dev.parallax.eval.CopyEvaluation;
import dev.parallax.eval.Prf;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.stories.CopyDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval copies}: copy detection on edited copies and on a set's own articles. */
@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    description = {
      "Scores copy detection (articles.jsonl copy_of) on pairs made from a set of articles: each"
          + " article against edited copies of itself (dateline, byline, last paragraph cut, first"
          + " half only, an outlet's lines around it, every 25th word changed, all at once) and"
          + " every two different articles against each other; then lists the copies found among"
          + " the set's own articles compared all with all (the pipeline compares only within a"
          + " story).",
      "--data is a BASIL folder (articles/<year>/) or an articles.jsonl file of analyze.",
      "Last line: {\"task\":\"copies\",\"threshold\":..,\"pairs_f1\":..,\"pairs_precision\":..,"
          + "\"pairs_recall\":..,"
          + "\"copies_among_articles\":..,\"n\":..}.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax eval copies --data ../shared/eval/basil --years 2010-2012",
      "  parallax eval copies --data out/articles.jsonl"
    })
final class EvalCopiesCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @CommandLine.Mixin BasilYears years;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Containment that makes a copy (default: the tuned one).")
  Double threshold;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path data = goldSet.path();
    List<Article> articles =
        Files.isDirectory(data)
            ? years.read(data, spec.commandLine()).stream().map(BasilCorpus.Item::article).toList()
            : fromJsonl(data);
    double t = threshold == null ? CopyDetector.THRESHOLD : threshold;
    CopyEvaluation.Result r = new CopyEvaluation(CopyDetector.MIN_SHINGLES).run(articles, t);
    long copyPairs = r.pairs().stream().filter(CopyEvaluation.Pair::copy).count();
    out.printf(
        Locale.ROOT,
        "pairs: %d edited copies, %d pairs of two articles%n",
        copyPairs,
        r.pairs().size() - copyPairs);
    for (double sweep = 0.3; sweep < 0.95; sweep += 0.1) {
      Prf p = r.at(sweep);
      out.printf(
          Locale.ROOT,
          "threshold %.1f\tP %.4f\tR %.4f\tF1 %.4f%n",
          sweep,
          p.precision(),
          p.recall(),
          p.f1());
    }
    for (String kind : CopyEvaluation.edits()) {
      out.printf(Locale.ROOT, "lowest containment, %s: %.3f%n", kind, r.lowest(kind));
    }
    out.printf(Locale.ROOT, "highest containment of two articles: %.3f%n", r.highestOther());
    for (CopyEvaluation.Pair p : r.foundAmongArticles()) {
      out.printf(
          Locale.ROOT,
          "copy among the articles: %s %s containment %.3f jaccard %.3f%n",
          p.a(),
          p.b(),
          p.containment(),
          p.jaccard());
    }
    out.printf(
        Locale.ROOT,
        "time: shingles %.1f us/article, one comparison %.2f us%n",
        r.shingleMicrosPerArticle(),
        r.compareMicrosPerPair());
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "copies");
    line.put("threshold", t);
    EvalCommand.putPrf(line, "pairs", r.at(t));
    line.put("copies_among_articles", r.foundAmongArticles().size());
    line.put("n", r.articles());
    out.println(Jsonl.line(line));
    return 0;
  }

  /** The accepted articles of an articles.jsonl (rejections have no body and are left out). */
  private static List<Article> fromJsonl(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) {
      JsonNode node = Jsonl.mapper().readTree(l);
      if (node.hasNonNull("body")) {
        out.add(Jsonl.read(l, Article.class));
      }
    }
    return out;
  }
}
