package dev.parallax.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of the articles seen so far, and the similarity of two articles under them:
 * cosine of log-scaled TF-IDF vectors (mixed with the cosine of lead embeddings when both have
 * one), damped when the articles were published far apart or are mostly about different years. Not
 * thread-safe: owned by one {@link StoryIndex}.
 */
final class TermStatistics {
  private final Map<String, Integer> df = new HashMap<>();
  private final StoryOptions options;
  private int documents;
  private static final int MAX_CACHED = 4096;
  private final Map<String, Map<String, Double>> vectors = new HashMap<>();
  private int vectorsAt = -1;

  TermStatistics(StoryOptions options) {
    this.options = options;
  }

  void observe(ArticleProfile profile) {
    documents++;
    profile.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
  }

  /** Similarity in [0, 1] of two observed articles. */
  double similarity(ArticleProfile a, ArticleProfile b) {
    double cosine = cosine(vector(a), vector(b));
    double alpha = options.embeddingWeight();
    if (alpha > 0 && a.embedding() != null && b.embedding() != null) {
      cosine = (1 - alpha) * cosine + alpha * Math.max(0, dense(a.embedding(), b.embedding()));
    }
    double people = a.otherPeople(b) ? options.otherPeopleFactor() : 1;
    return cosine * people * dateFactor(a, b);
  }

  double dateFactor(ArticleProfile a, ArticleProfile b) {
    if (!options.uses(StorySignal.DATES)) {
      return 1;
    }
    long days = daysApart(a, b);
    if (days >= 0) {
      return days <= options.windowDays()
          ? 1
          : Math.pow(0.5, (days - options.windowDays()) / options.decayDays());
    }
    // Without both publication days, the years the articles mostly write about stand in: a
    // report of a 2019 expulsion is not one of the 2021 expulsion, though each mentions both.
    boolean otherYear = a.focusYear() != 0 && b.focusYear() != 0 && a.focusYear() != b.focusYear();
    return otherYear ? options.otherYearFactor() : 1;
  }

  /**
   * Days between the anchors of two articles, or -1 when unknown. A yearless dateline ("March 14")
   * is placed in the year nearest the other article's anchor.
   */
  private static long daysApart(ArticleProfile a, ArticleProfile b) {
    if (a.anchor() != null && b.anchor() != null) {
      return Math.abs(ChronoUnit.DAYS.between(a.anchor(), b.anchor()));
    }
    ArticleProfile dated = a.anchor() != null ? a : b;
    ArticleProfile yearless = dated == a ? b : a;
    if (dated.anchor() == null || yearless.anchorMonthDay() == 0) {
      return -1;
    }
    long best = Long.MAX_VALUE;
    for (int y = dated.anchor().getYear() - 1; y <= dated.anchor().getYear() + 1; y++) {
      try {
        LocalDate d =
            LocalDate.of(y, yearless.anchorMonthDay() / 100, yearless.anchorMonthDay() % 100);
        best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(dated.anchor(), d)));
      } catch (java.time.DateTimeException e) {
        // 29 February outside a leap year: try the other years
      }
    }
    return best == Long.MAX_VALUE ? -1 : best;
  }

  /**
   * The keys {@link StoryCandidates} posts and looks an article up under: the people it names up
   * front ({@code p:}) and its {@code count} terms of highest TF-IDF weight under the current
   * counts (years and month names left out: dates are compared through the anchor, not as words).
   * Ties go to the term first in alphabetical order, so the keys do not depend on hash order.
   */
  java.util.List<String> keys(ArticleProfile p, int count) {
    java.util.List<String> out = new java.util.ArrayList<>();
    p.people().stream().sorted().forEach(person -> out.add("p:" + person));
    vector(p).entrySet().stream()
        .filter(e -> !e.getKey().startsWith("y:") && !e.getKey().startsWith("m:"))
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  /** The unit TF-IDF vector of a profile under the current counts (cached until they change). */
  private Map<String, Double> vector(ArticleProfile p) {
    if (vectorsAt != documents) {
      vectors.clear();
      vectorsAt = documents;
    }
    if (vectors.size() >= MAX_CACHED) {
      // the merge pass reads every profile under one count: keep memory flat, not one vector each
      vectors.clear();
    }
    return vectors.computeIfAbsent(p.id(), k -> weigh(p));
  }

  private Map<String, Double> weigh(ArticleProfile p) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : p.terms().entrySet()) {
      int n = df.getOrDefault(e.getKey(), 0);
      double idf = Math.log((documents + options.backgroundDocuments() + 1.0) / (n + 1.0));
      double w = Math.log1p(e.getValue()) * idf;
      if (w > 0) {
        v.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double len = Math.sqrt(norm);
    v.replaceAll((k, w) -> w / len);
    return v;
  }

  private static double dense(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }
}
