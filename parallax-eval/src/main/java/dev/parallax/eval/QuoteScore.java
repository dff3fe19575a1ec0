package dev.parallax.eval;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for scoring extracted statements against gold attributions, summed over documents.
 *
 * <p>Content spans are matched one to one, greedily by the number of shared letters and digits: a
 * predicted content matches a gold content by overlap when they share a word character, and exactly
 * when both, trimmed of spaces, punctuation and quotation marks, are equal. On content matched by
 * overlap, the source is correct when the predicted speaker span shares a word character with the
 * gold source; an attribution is correct when its content matches by overlap and its source is
 * correct.
 */
public record QuoteScore(
    int gold,
    int predicted,
    int exact,
    int overlap,
    int goldSources,
    int sourceCorrect,
    int attributed,
    int spurious,
    Map<String, Sieve> sieves) {

  /** The sieve named for statements that carry no sieve name. */
  public static final String UNNAMED = "unnamed";

  public QuoteScore {
    sieves = Map.copyOf(sieves);
  }

  /**
   * A predicted statement: its content span, the span naming its speaker (or null) and the sieve
   * that decided it.
   */
  public record Predicted(Span content, Span source, String sieve) {
    public Predicted {
      sieve = sieve == null ? UNNAMED : sieve;
    }

    public Predicted(Span content, Span source) {
      this(content, source, null);
    }
  }

  /**
   * What one sieve decided: its statements, those whose content matched a gold one by overlap, and
   * those whose attribution was correct.
   */
  public record Sieve(int predicted, int overlap, int attributed) {
    Sieve plus(Sieve o) {
      return new Sieve(predicted + o.predicted, overlap + o.overlap, attributed + o.attributed);
    }
  }

  public static QuoteScore empty() {
    return new QuoteScore(0, 0, 0, 0, 0, 0, 0, 0, Map.of());
  }

  public QuoteScore plus(QuoteScore o) {
    Map<String, Sieve> merged = new TreeMap<>(sieves);
    o.sieves.forEach((k, v) -> merged.merge(k, v, Sieve::plus));
    return new QuoteScore(
        gold + o.gold,
        predicted + o.predicted,
        exact + o.exact,
        overlap + o.overlap,
        goldSources + o.goldSources,
        sourceCorrect + o.sourceCorrect,
        attributed + o.attributed,
        spurious + o.spurious,
        merged);
  }

  /** The sum of documents' scores. */
  public static QuoteScore sum(List<QuoteScore> docs) {
    QuoteScore total = empty();
    for (QuoteScore d : docs) {
      total = total.plus(d);
    }
    return total;
  }

  /** Bootstrap 95% intervals of content F1 and attribution F1 over documents. */
  public record Intervals(
      CleanEvaluation.Interval contentF1, CleanEvaluation.Interval attributionF1) {}

  /**
   * Percentile bootstrap: {@code rounds} resamples of the documents (with replacement, seeded),
   * each summed; the 2.5th and 97.5th percentiles of content (overlap) F1 and attribution F1.
   */
  public static Intervals bootstrap(List<QuoteScore> docs, int rounds, long seed) {
    List<CleanEvaluation.Interval> ci =
        CleanEvaluation.bootstrap(
            docs,
            rounds,
            seed,
            sample -> {
              QuoteScore s = sum(sample);
              return new double[] {s.overlapPrf().f1(), s.attributionPrf().f1()};
            });
    return new Intervals(ci.get(0), ci.get(1));
  }

  /** Scores one document's predictions against its gold attributions. */
  public static QuoteScore of(String text, List<BratAttributions.Gold> gold, List<Predicted> pred) {
    record Pair(int g, int p, int shared) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        int shared = 0;
        for (Span frag : gold.get(g).content()) {
          shared += sharedWordChars(text, frag, pred.get(p).content());
        }
        if (shared > 0) {
          pairs.add(new Pair(g, p, shared));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::shared).reversed());
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[pred.size()];
    int exact = 0;
    int overlap = 0;
    int sources = 0;
    int correct = 0;
    int attributed = 0;
    Map<String, Sieve> sieves = new TreeMap<>();
    boolean[] right = new boolean[pred.size()];
    for (Pair pair : pairs) {
      if (goldUsed[pair.g()] || predUsed[pair.p()]) {
        continue;
      }
      goldUsed[pair.g()] = true;
      predUsed[pair.p()] = true;
      overlap++;
      BratAttributions.Gold g = gold.get(pair.g());
      Predicted p = pred.get(pair.p());
      if (g.content().size() == 1
          && trimmed(text, g.content().get(0)).equals(trimmed(text, p.content()))) {
        exact++;
      }
      if (!g.source().isEmpty()) {
        sources++;
        if (p.source() != null
            && g.source().stream().anyMatch(s -> sharedWordChars(text, s, p.source()) > 0)) {
          correct++;
          attributed++;
          right[pair.p()] = true;
        }
      } else {
        attributed++;
        right[pair.p()] = true;
      }
    }
    int spurious = 0;
    for (int p = 0; p < pred.size(); p++) {
      int q = p;
      boolean touches =
          gold.stream()
              .anyMatch(
                  g ->
                      g.content().stream()
                          .anyMatch(f -> sharedWordChars(text, f, pred.get(q).content()) > 0));
      spurious += touches ? 0 : 1;
      sieves.merge(
          pred.get(p).sieve(), new Sieve(1, predUsed[p] ? 1 : 0, right[p] ? 1 : 0), Sieve::plus);
    }
    return new QuoteScore(
        gold.size(), pred.size(), exact, overlap, sources, correct, attributed, spurious, sieves);
  }

  private static int sharedWordChars(String text, Span a, Span b) {
    int n = 0;
    for (int i = Math.max(a.start(), b.start()); i < Math.min(a.end(), b.end()); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String trimmed(String text, Span s) {
    return s.of(text).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
  }

  public Prf exactPrf() {
    return Prf.of(exact, predicted, gold);
  }

  public Prf overlapPrf() {
    return Prf.of(overlap, predicted, gold);
  }

  /** Correct sources over matched contents that have a gold source. */
  public double sourceAccuracy() {
    return goldSources == 0 ? 0 : (double) sourceCorrect / goldSources;
  }

  /**
   * Attributions with content matched by overlap and a correct source (any source, for gold
   * attributions annotated without one), over all predicted and all gold.
   */
  public Prf attributionPrf() {
    return Prf.of(attributed, predicted, gold);
  }

  /** Statements whose content shares no word character with any gold content, per 100 gold. */
  public double spuriousPer100() {
    return gold == 0 ? 0 : 100.0 * spurious / gold;
  }

  /**
   * One line per sieve: its statements, precision of content and attribution (over its own
   * statements) and its share of gold attributions found (its recall), best paying first.
   */
  public String sieveReport() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "%-28s %5s %8s %8s %8s%n", "sieve", "n", "P cont", "P attr", "R attr"));
    sieves.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().attributed(), a.getValue().attributed()))
        .forEach(
            e -> {
              Sieve v = e.getValue();
              out.append(
                  String.format(
                      Locale.ROOT,
                      "%-28s %5d %8.3f %8.3f %8.3f%n",
                      e.getKey(),
                      v.predicted(),
                      Prf.of(v.overlap(), v.predicted(), gold).precision(),
                      Prf.of(v.attributed(), v.predicted(), gold).precision(),
                      Prf.of(v.attributed(), v.predicted(), gold).recall()));
            });
    return out.toString();
  }

  /** A few lines for people. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "gold %d, predicted %d%ncontent exact   P %.3f R %.3f F1 %.3f%n"
            + "content overlap P %.3f R %.3f F1 %.3f%nsource accuracy %.3f (%d/%d)%n"
            + "attribution     P %.3f R %.3f F1 %.3f%n"
            + "spurious        %.1f per 100 gold (%d)%n",
        gold,
        predicted,
        exactPrf().precision(),
        exactPrf().recall(),
        exactPrf().f1(),
        overlapPrf().precision(),
        overlapPrf().recall(),
        overlapPrf().f1(),
        sourceAccuracy(),
        sourceCorrect,
        goldSources,
        attributionPrf().precision(),
        attributionPrf().recall(),
        attributionPrf().f1(),
        spuriousPer100(),
        spurious);
  }

  /** The summary line's fields. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "quotes");
    out.put("content_f1", round(overlapPrf().f1()));
    out.put("attribution_f1", round(attributionPrf().f1()));
    out.put("source_accuracy", round(sourceAccuracy()));
    out.put("spurious_per_100", Math.round(spuriousPer100() * 10) / 10.0);
    out.put("n", gold);
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
