package dev.parallax.stories;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of the articles seen so far, and the similarity of two articles under them:
 * cosine of log-scaled TF-IDF vectors, damped when the articles were published far apart or are
 * mostly about different years. Not thread-safe: owned by one {@link StoryIndex}.
 */
final class TermStatistics {
  private final Map<String, Integer> df = new HashMap<>();
  private final StoryOptions options;
  private int documents;
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
    return cosine * dateFactor(a, b);
  }

  double dateFactor(ArticleProfile a, ArticleProfile b) {
    if (a.published() != null && b.published() != null) {
      long days = Math.abs(ChronoUnit.DAYS.between(a.published(), b.published()));
      return days <= options.windowDays()
          ? 1
          : Math.pow(0.5, (days - options.windowDays()) / options.decayDays());
    }
    // Without both publication days, the years the articles mostly write about stand in: a
    // report of a 2019 expulsion is not one of the 2021 expulsion, though each mentions both.
    boolean otherYear = a.focusYear() != 0 && b.focusYear() != 0 && a.focusYear() != b.focusYear();
    return otherYear ? options.otherYearFactor() : 1;
  }

  /** The unit TF-IDF vector of a profile under the current counts (cached until they change). */
  private Map<String, Double> vector(ArticleProfile p) {
    if (vectorsAt != documents) {
      vectors.clear();
      vectorsAt = documents;
    }
    return vectors.computeIfAbsent(p.id(), k -> weigh(p));
  }

  private Map<String, Double> weigh(ArticleProfile p) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : p.terms().entrySet()) {
      int n = df.getOrDefault(e.getKey(), 0);
      double idf = Math.log((documents + 1.0) / (n + 1.0));
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
