package dev.parallax.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies of the articles seen so far, and the similarity of two articles under them:
 * cosine of log-scaled TF-IDF vectors (mixed with the cosine of lead embeddings when both have
 * one), damped when the articles were published far apart or are mostly about different years.
 *
 * <p>Each observed article's terms are kept as a compact vector (term numbers in ascending order
 * and their log-scaled counts), and the TF-IDF weights are computed from them under the current
 * counts when compared: no weighted map is built per comparison, and the article's term map need
 * not be kept. Not thread-safe: owned by one {@link StoryIndex}.
 */
final class TermStatistics {
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private int[] df = new int[1024];
  private double[] logDf = new double[1024];
  private final Map<String, Compact> compact = new HashMap<>();
  private final StoryOptions options;
  private int documents;

  /** An article's terms: their numbers in ascending order and {@code log1p} of their weights. */
  private record Compact(int[] ids, double[] tf) {}

  TermStatistics(StoryOptions options) {
    this.options = options;
  }

  void observe(ArticleProfile profile) {
    documents++;
    int n = profile.terms().size();
    int[] ids = new int[n];
    double[] tf = new double[n];
    Integer[] order = new Integer[n];
    int k = 0;
    for (Map.Entry<String, Double> e : profile.terms().entrySet()) {
      int id = termIds.computeIfAbsent(e.getKey(), t -> newTerm(t));
      df[id]++;
      logDf[id] = Math.log(df[id] + 1.0);
      ids[k] = id;
      tf[k] = Math.log1p(e.getValue());
      order[k] = k;
      k++;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
    int[] sortedIds = new int[n];
    double[] sortedTf = new double[n];
    for (int i = 0; i < n; i++) {
      sortedIds[i] = ids[order[i]];
      sortedTf[i] = tf[order[i]];
    }
    compact.put(profile.id(), new Compact(sortedIds, sortedTf));
  }

  private int newTerm(String term) {
    int id = terms.size();
    terms.add(term);
    if (id == df.length) {
      df = Arrays.copyOf(df, 2 * id);
      logDf = Arrays.copyOf(logDf, 2 * id);
    }
    return id;
  }

  /** Similarity in [0, 1] of two observed articles. */
  double similarity(ArticleProfile a, ArticleProfile b) {
    double cosine = cosine(vectorOf(a), vectorOf(b));
    double alpha = options.embeddingWeight();
    if (alpha > 0 && a.embedding() != null && b.embedding() != null) {
      cosine = (1 - alpha) * cosine + alpha * Math.max(0, dense(a.embedding(), b.embedding()));
    }
    double people = a.otherPeople(b) ? options.otherPeopleFactor() : 1;
    return cosine * people * dateFactor(a, b);
  }

  private Compact vectorOf(ArticleProfile p) {
    Compact c = compact.get(p.id());
    if (c == null) {
      throw new IllegalStateException("article not observed: " + p.id());
    }
    return c;
  }

  private double logDocuments() {
    return Math.log(documents + options.backgroundDocuments() + 1.0);
  }

  /** The TF-IDF weight of term {@code i} of {@code c} (0 or less: left out). */
  private double weight(Compact c, int i, double logN) {
    return c.tf[i] * (logN - logDf[c.ids[i]]);
  }

  private double norm(Compact c, double logN) {
    double sum = 0;
    for (int i = 0; i < c.ids.length; i++) {
      double w = weight(c, i, logN);
      if (w > 0) {
        sum += w * w;
      }
    }
    return Math.sqrt(sum);
  }

  private double cosine(Compact a, Compact b) {
    double logN = logDocuments();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      int c = Integer.compare(a.ids[i], b.ids[j]);
      if (c == 0) {
        double wa = weight(a, i, logN);
        double wb = weight(b, j, logN);
        if (wa > 0 && wb > 0) {
          dot += wa * wb;
        }
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / (norm(a, logN) * norm(b, logN));
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
  List<String> keys(ArticleProfile p, int count) {
    List<String> out = new ArrayList<>();
    p.people().stream().sorted().forEach(person -> out.add("p:" + person));
    Compact c = vectorOf(p);
    double logN = logDocuments();
    Map<String, Double> weights = new HashMap<>();
    for (int i = 0; i < c.ids.length; i++) {
      String term = terms.get(c.ids[i]);
      double w = weight(c, i, logN);
      if (w > 0 && !term.startsWith("y:") && !term.startsWith("m:")) {
        weights.put(term, w);
      }
    }
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .forEach(e -> out.add(e.getKey()));
    return out;
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
}
