package dev.parallax.eval.cli;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.cli.TerminalProgress;
import dev.parallax.eval.CleanEvaluation;
import dev.parallax.eval.TimemlDocument;
import dev.parallax.eval.TimemlReader;
import dev.parallax.eval.TimexClassTally;
import dev.parallax.eval.TimexEvaluation;
import dev.parallax.eval.TimexScore;
import dev.parallax.eval.TimexSpan;
import dev.parallax.eval.baseline.HeidelTimeTagger;
import dev.parallax.eval.baseline.TimexClasses;
import dev.parallax.eval.baseline.TimexCombination;
import dev.parallax.pipeline.Progress;
import dev.parallax.time.TimeTagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval timex}: TIMEX3 extent and value F1 on TimeML files, TempEval-3 style. */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Tags the raw text of every TimeML (.tml) file under PATH, recursively, against its document"
          + " creation time, and scores TIMEX3s the TempEval-3 way: strict (exact) and relaxed"
          + " (overlapping) extent F1, value F1 (a hit needs overlap and an equal value) and type"
          + " accuracy on relaxed matches. The creation-time TIMEX3 is not scored.",
      "Also prints totals per folder (TimeBank, AQUAINT), for the documents of even and odd"
          + " index in sorted path order (odd: the half held out by earlier rounds), and for the"
          + " fixed split of the documents by file name that eval clean uses for pages (held out"
          + " when the first four bytes of SHA-256(name) are divisible by 3; tune otherwise).",
      "The last line is one JSON object; its n is the number of gold TIMEX3s scored.",
      ""
    })
final class EvalTimexCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin GoldSet goldSet;

  @Option(names = "--verbose", description = "Print one line of figures per document.")
  boolean verbose;

  @Option(
      names = "--errors",
      description =
          "Print every gold TIMEX3 (HIT, DIFF: extent or value differs, MISS) and every"
              + " spurious one (SPUR); gold text stays local.")
  boolean errors;

  @Option(
      names = "--layers",
      paramLabel = "LAYERS",
      description = "FULL (SUTime with Parallax's rules, the default) or SUTIME_ONLY.")
  TimeTagger.Layers layers = TimeTagger.Layers.FULL;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description =
          "Sentences SUTime reads: DATE_LIKE_SENTENCES (with a digit or a date-like word, the"
              + " default) or ALL_SENTENCES.")
  TimeTagger.Scope scope = TimeTagger.Scope.DATE_LIKE_SENTENCES;

  /** Which tagger is scored. */
  enum Engine {
    PARALLAX,
    HEIDELTIME,
    COMBINED
  }

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "PARALLAX (SUTime with Parallax's rules, the default), HEIDELTIME (HeidelTime 2.2.1's"
              + " English news rules on the same sentences and POS tags; --layers and --scope do"
              + " not apply) or COMBINED (both, combined by expression class: Parallax's extents"
              + " and values, HeidelTime's where its expression is wider or the class says so;"
              + " prints value accuracy per class for the three).")
  Engine engine = Engine.PARALLAX;

  @Option(
      names = "--part",
      paramLabel = "PART",
      defaultValue = "all",
      description =
          "all (default), tune or held-out: tag and score only the documents of that part of the"
              + " fixed split by file name.")
  String part;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Resamples of the documents for 95%% intervals of strict, relaxed and value F1 on each"
              + " part of the split (seed 21); 0 for none. Default ${DEFAULT-VALUE}.")
  int bootstrap;

  // Filled by the COMBINED engine only.
  private TimexClassTally tally;
  private final Map<TimexCombination.Rule, Integer> decisions =
      new EnumMap<>(TimexCombination.Rule.class);

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    PrintWriter out = spec.commandLine().getOut();
    CleanEvaluation.Part which;
    try {
      which = CleanEvaluation.Part.parse(part);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Path> files =
        TimemlReader.files(data).stream()
            .filter(f -> which.holds(f.getFileName().toString()))
            .toList();
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no .tml files under " + data + " in part " + part);
    }
    Function<TimemlDocument, List<TimexSpan>> tagger = tagger();
    TimexScore total = TimexScore.ZERO;
    Map<String, TimexScore> parts = new TreeMap<>();
    Map<String, List<TimexScore>> splitDocuments = new TreeMap<>();
    Progress progress = TerminalProgress.forStderr();
    int done = 0;
    for (Path f : files) {
      TimemlDocument doc = TimemlReader.read(f);
      List<TimexSpan> system = tagger.apply(doc);
      TimexScore s = TimexScore.of(doc.timexes(), system);
      if (errors) {
        printErrors(out, doc, system);
      }
      total = total.plus(s);
      parts.merge("folder " + f.getParent().getFileName(), s, TimexScore::plus);
      parts.merge(
          done % 2 == 0 ? "even-index documents" : "odd-index documents", s, TimexScore::plus);
      String split =
          CleanEvaluation.Part.heldOut(f.getFileName().toString())
              ? "split held-out documents"
              : "split tune documents";
      parts.merge(split, s, TimexScore::plus);
      splitDocuments.computeIfAbsent(split, k -> new ArrayList<>()).add(s);
      if (verbose) {
        out.println(line(doc.id(), s));
      }
      progress.update(++done, 0);
    }
    progress.done();
    parts.forEach((name, s) -> out.println(line(name, s)));
    if (tally != null) {
      tally.lines().forEach(out::println);
      out.println("combination rules decided: " + decisions);
    }
    out.println(line("all " + files.size() + " documents", total));
    if (bootstrap > 0) {
      splitDocuments.forEach((name, scores) -> printIntervals(out, name, scores));
    }
    printTotals(out, total);
    out.flush();
    return 0;
  }

  private void printIntervals(PrintWriter out, String name, List<TimexScore> scores) {
    TimexScore.Intervals ci = TimexScore.bootstrap(scores, bootstrap, 21);
    out.printf(
        Locale.ROOT,
        "%s: 95%% intervals (%d resamples of %d documents): strict [%.3f, %.3f], relaxed"
            + " [%.3f, %.3f], value [%.3f, %.3f]%n",
        name,
        bootstrap,
        scores.size(),
        ci.strictF1().low(),
        ci.strictF1().high(),
        ci.relaxedF1().low(),
        ci.relaxedF1().high(),
        ci.valueF1().low(),
        ci.valueF1().high());
  }

  private static void printTotals(PrintWriter out, TimexScore total) {
    out.printf(
        Locale.ROOT,
        "type accuracy %.3f, value accuracy %.3f (on relaxed matches)%n",
        total.typeAccuracy(),
        total.valueAccuracy());
    out.printf(
        Locale.ROOT,
        "{\"task\":\"timex\",\"strict_f1\":%.4f,\"relaxed_f1\":%.4f,\"value_f1\":%.4f,"
            + "\"type_accuracy\":%.4f,\"n\":%d}%n",
        total.strictF1(),
        total.relaxedF1(),
        total.valueF1(),
        total.typeAccuracy(),
        total.gold());
  }

  private Function<TimemlDocument, List<TimexSpan>> tagger() {
    TimexEvaluation parallax =
        new TimexEvaluation(new TimeTagger(CoreNlpAnnotators.sutime(), layers, scope));
    if (engine == Engine.PARALLAX) {
      return parallax::system;
    }
    HeidelTimeTagger heidelTime = new HeidelTimeTagger();
    if (engine == Engine.HEIDELTIME) {
      return doc -> heidelTime(heidelTime, doc, CoreNlpAnnotators.posTaggedSentences(doc.text()));
    }
    TimexClasses classes = TimexClasses.bundled();
    TimexCombination combination = new TimexCombination(classes);
    tally = new TimexClassTally(List.of("parallax", "heideltime", "combined"), classes::classOf);
    return doc -> {
      List<Sentence> sentences = CoreNlpAnnotators.posTaggedSentences(doc.text());
      List<TimexSpan> p = parallax.system(doc, sentences);
      List<TimexSpan> h = heidelTime(heidelTime, doc, sentences);
      TimexCombination.Combined c = combination.combine(doc.text(), p, h);
      c.decisions().forEach((rule, n) -> decisions.merge(rule, n, Integer::sum));
      tally.add(doc, List.of(p, h, c.spans()));
      return c.spans();
    };
  }

  private static List<TimexSpan> heidelTime(
      HeidelTimeTagger tagger, TimemlDocument doc, List<Sentence> sentences) {
    return doc.dct() == null || doc.dct().length() < 10
        ? List.of()
        : tagger.tag(doc.text(), sentences, doc.dct().substring(0, 10));
  }

  private static void printErrors(PrintWriter out, TimemlDocument doc, List<TimexSpan> system) {
    for (TimexSpan g : doc.timexes()) {
      TimexSpan hit =
          system.stream()
              .filter(x -> x.start() < g.end() && g.start() < x.end())
              .findFirst()
              .orElse(null);
      if (hit == null) {
        out.printf("MISS %s [%s] %s %s%n", doc.id(), text(doc, g), g.type(), g.value());
      } else {
        boolean same =
            java.util.Objects.equals(hit.value(), g.value())
                && hit.start() == g.start()
                && hit.end() == g.end();
        out.printf(
            "%s %s [%s]/[%s] %s %s / %s %s | dct %s | %s%n",
            same ? "HIT" : "DIFF",
            doc.id(),
            text(doc, g),
            text(doc, hit),
            g.type(),
            g.value(),
            hit.type(),
            hit.value(),
            doc.dct(),
            context(doc, g));
      }
    }
    for (TimexSpan x : system) {
      if (doc.timexes().stream().noneMatch(g -> x.start() < g.end() && g.start() < x.end())) {
        out.printf(
            "SPUR %s [%s] %s %s | %s%n",
            doc.id(), text(doc, x), x.type(), x.value(), context(doc, x));
      }
    }
  }

  private static String text(TimemlDocument doc, TimexSpan t) {
    return doc.text().substring(t.start(), t.end()).replace('\n', ' ');
  }

  private static String context(TimemlDocument doc, TimexSpan t) {
    return doc.text()
        .substring(Math.max(0, t.start() - 60), Math.min(doc.text().length(), t.end() + 30))
        .replace('\n', ' ');
  }

  private static String line(String id, TimexScore s) {
    return String.format(
        Locale.ROOT,
        "%-28s gold %4d sys %4d  strict %.3f  relaxed P %.3f R %.3f F1 %.3f  value F1 %.3f",
        id,
        s.gold(),
        s.system(),
        s.strictF1(),
        s.relaxedPrecision(),
        s.relaxedRecall(),
        s.relaxedF1(),
        s.valueF1());
  }
}
