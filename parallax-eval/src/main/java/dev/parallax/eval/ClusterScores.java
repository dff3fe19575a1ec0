package dev.parallax.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against a reference clustering.
 * Both are maps from item to cluster label; the items scored are the reference's, and an item the
 * prediction lacks counts as a cluster of its own.
 *
 * @param bcubed per-item B-cubed (Bagga and Baldwin 1998), averaged over items
 * @param pairwise over unordered pairs of items placed in one cluster
 * @param n items scored
 */
public record ClusterScores(Prf bcubed, Prf pairwise, int n) {

  public static ClusterScores of(Map<String, String> predicted, Map<String, String> reference) {
    Map<String, String> pred = new HashMap<>();
    reference.keySet().forEach(i -> pred.put(i, predicted.getOrDefault(i, "\u0000" + i)));
    Map<String, Integer> predSize = sizes(pred);
    Map<String, Integer> refSize = sizes(reference);
    Map<String, Integer> both = new HashMap<>();
    reference.forEach((i, r) -> both.merge(pred.get(i) + "\u0001" + r, 1, Integer::sum));
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : reference.entrySet()) {
      String c = pred.get(e.getKey());
      int overlap = both.get(c + "\u0001" + e.getValue());
      p += overlap / (double) predSize.get(c);
      r += overlap / (double) refSize.get(e.getValue());
    }
    int n = reference.size();
    Prf bcubed = n == 0 ? new Prf(1, 1, 1) : harmonic(p / n, r / n);
    Prf pairwise = Prf.of(pairs(both), pairs(predSize), pairs(refSize));
    return new ClusterScores(bcubed, pairwise, n);
  }

  private static Prf harmonic(double p, double r) {
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Map<String, Integer> sizes(Map<String, String> clustering) {
    Map<String, Integer> sizes = new HashMap<>();
    clustering.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes;
  }

  private static double pairs(Map<String, Integer> sizes) {
    return sizes.values().stream().mapToDouble(s -> s * (s - 1) / 2.0).sum();
  }
}
