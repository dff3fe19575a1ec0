package dev.parallax.eval;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    int attributed) {

  /** A predicted statement: its content span and the span naming its speaker (or null). */
  public record Predicted(Span content, Span source) {}

  public static QuoteScore empty() {
    return new QuoteScore(0, 0, 0, 0, 0, 0, 0);
  }

  public QuoteScore plus(QuoteScore o) {
    return new QuoteScore(
        gold + o.gold,
        predicted + o.predicted,
        exact + o.exact,
        overlap + o.overlap,
        goldSources + o.goldSources,
        sourceCorrect + o.sourceCorrect,
        attributed + o.attributed);
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
        }
      } else {
        attributed++;
      }
    }
    return new QuoteScore(gold.size(), pred.size(), exact, overlap, sources, correct, attributed);
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

  /** A few lines for people. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "gold %d, predicted %d%ncontent exact   P %.3f R %.3f F1 %.3f%n"
            + "content overlap P %.3f R %.3f F1 %.3f%nsource accuracy %.3f (%d/%d)%n"
            + "attribution     P %.3f R %.3f F1 %.3f%n",
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
        attributionPrf().f1());
  }

  /** The summary line's fields. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "quotes");
    out.put("content_f1", round(overlapPrf().f1()));
    out.put("attribution_f1", round(attributionPrf().f1()));
    out.put("source_accuracy", round(sourceAccuracy()));
    out.put("n", gold);
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
