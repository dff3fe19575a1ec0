package dev.parallax.eval;

import dev.parallax.model.Article;
import dev.parallax.stories.CopyDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How well {@link CopyDetector} tells copies from other reports, on pairs made from a set of
 * articles: each article against edited copies of itself (a wire story as another outlet carries
 * it: a dateline or byline added, the last paragraph cut, only the first half kept, the outlet's
 * lines around it, a few words changed, all of these at once), and every two different articles of
 * the set against each other (other reports, often of the same happening by another outlet). Also
 * what the detector calls copies among the set's own articles when all of them are compared (the
 * worst case; the pipeline compares only within a story), a check for false copies on real text.
 */
public final class CopyEvaluation {
  /** The edits a copy is made with, each one a function of the original body. */
  static final List<Map.Entry<String, Function<String, String>>> EDITS =
      List.of(
          Map.entry("dateline", CopyEvaluation::dateline),
          Map.entry("byline", CopyEvaluation::byline),
          Map.entry("last_paragraph_cut", CopyEvaluation::lastParagraphCut),
          Map.entry("first_half", b -> dateline(firstHalf(b))),
          Map.entry("outlet_lines", CopyEvaluation::outletLines),
          Map.entry("words_changed", CopyEvaluation::wordsChanged),
          Map.entry(
              "all_edits", b -> outletLines(byline(dateline(wordsChanged(lastParagraphCut(b)))))));

  /** The names of the edits, in order. */
  public static List<String> edits() {
    return EDITS.stream().map(Map.Entry::getKey).toList();
  }

  /** One compared pair: whether it is a copy, its containment and Jaccard resemblance. */
  public record Pair(
      String kind, String a, String b, boolean copy, double containment, double jaccard) {}

  /** What the evaluation found. */
  public record Result(
      int articles,
      List<Pair> pairs,
      List<Pair> foundAmongArticles,
      double shingleMicrosPerArticle,
      double compareMicrosPerPair) {

    /** Precision, recall and F1 of calling a pair a copy at {@code threshold} (containment). */
    public Prf at(double threshold) {
      long predicted = pairs.stream().filter(p -> p.containment() >= threshold).count();
      long correct = pairs.stream().filter(p -> p.copy() && p.containment() >= threshold).count();
      long reference = pairs.stream().filter(Pair::copy).count();
      return Prf.of(correct, predicted, reference);
    }

    /** The lowest containment of a copy pair of this kind (1 if none). */
    public double lowest(String kind) {
      return pairs.stream()
          .filter(p -> p.kind().equals(kind))
          .mapToDouble(Pair::containment)
          .min()
          .orElse(1);
    }

    /** The highest containment of two different articles (0 if none). */
    public double highestOther() {
      return pairs.stream().filter(p -> !p.copy()).mapToDouble(Pair::containment).max().orElse(0);
    }
  }

  private final int minShingles;

  public CopyEvaluation(int minShingles) {
    this.minShingles = minShingles;
  }

  /** The pairs of {@code articles} and their edited copies, and the copies among the articles. */
  public Result run(List<Article> articles, double threshold) {
    List<Article> usable = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Article a : articles) {
      long[] s = CopyDetector.shingles(a.body());
      if (s.length >= minShingles) {
        usable.add(a);
        shingles.add(s);
      }
    }
    double shingleMicros = (System.nanoTime() - t0) / 1e3 / Math.max(1, articles.size());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      for (var edit : EDITS) {
        long[] copy = CopyDetector.shingles(edit.getValue().apply(usable.get(i).body()));
        pairs.add(pair(edit.getKey(), usable.get(i).id(), "edited", true, shingles.get(i), copy));
      }
    }
    List<Pair> found = new ArrayList<>();
    long comparisons = 0;
    long t1 = System.nanoTime();
    for (int i = 0; i < usable.size(); i++) {
      for (int j = i + 1; j < usable.size(); j++) {
        Pair p =
            pair(
                "other",
                usable.get(i).id(),
                usable.get(j).id(),
                false,
                shingles.get(i),
                shingles.get(j));
        comparisons++;
        pairs.add(p);
        if (p.containment() >= threshold) {
          found.add(p);
        }
      }
    }
    double compareMicros = (System.nanoTime() - t1) / 1e3 / Math.max(1, comparisons);
    return new Result(articles.size(), pairs, found, shingleMicros, compareMicros);
  }

  private static Pair pair(String kind, String a, String b, boolean copy, long[] x, long[] y) {
    return new Pair(kind, a, b, copy, CopyDetector.containment(x, y), CopyDetector.jaccard(x, y));
  }

  // ---- the edits (made-up wire and outlet lines, no text of any set)

  static String dateline(String body) {
    return "RIVERTON, March 3 (Northwire) - " + body;
  }

  static String byline(String body) {
    return "By Pat Lindqvist, Northwire correspondent\n\n"
        + body
        + "\n\n(Reporting by Pat Lindqvist; editing by Sam Okafor)";
  }

  static String lastParagraphCut(String body) {
    List<String> paragraphs = paragraphs(body);
    return paragraphs.size() < 2
        ? body
        : String.join("\n\n", paragraphs.subList(0, paragraphs.size() - 1));
  }

  static String firstHalf(String body) {
    List<String> paragraphs = paragraphs(body);
    return String.join("\n\n", paragraphs.subList(0, Math.max(1, (paragraphs.size() + 1) / 2)));
  }

  static String outletLines(String body) {
    return "Advertisement\n\nThe Valley Ledger brings you this wire report.\n\n"
        + body
        + "\n\nSign up for the Valley Ledger morning briefing to get the day's news in your inbox."
        + "\n\nFollow the Valley Ledger for more stories like this one. All rights reserved.";
  }

  /** Every 25th word replaced, as a copy editor changing a word here and there. */
  static String wordsChanged(String body) {
    String[] words = body.split(" ", -1);
    for (int i = 24; i < words.length; i += 25) {
      words[i] = "altered";
    }
    return String.join(" ", Arrays.asList(words));
  }

  private static List<String> paragraphs(String body) {
    return Arrays.stream(body.split("\n\\s*\n")).filter(p -> !p.isBlank()).toList();
  }
}
