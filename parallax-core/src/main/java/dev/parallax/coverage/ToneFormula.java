package dev.parallax.coverage;

/**
 * How an outlet's tone toward an actor is scored, in [-1, 1]. Each piece of evidence is a value in
 * [-1, 1]:
 *
 * <ul>
 *   <li>a polar word of the outlet's own wording near a mention of the actor: its {@code
 *       tone-words.tsv} weight;
 *   <li>a loaded label the outlet gives the actor: -1;
 *   <li>an event the outlet reports with the actor as source: Goldstein / 10 (what the actor is
 *       said to do reflects on it);
 *   <li>an event with the actor as target: Goldstein / 20 (half weight: being the object of
 *       conflict or cooperation says less about the actor than acting).
 * </ul>
 *
 * <p>The score is the sum over the n pieces divided by n + {@link #PRIOR}: a mean shrunk toward 0
 * so that one stray word does not make a strong tone. Rounded to three decimals.
 */
final class ToneFormula {
  /** Pseudo-count of neutral evidence every actor starts with. */
  static final double PRIOR = 2;

  private double sum;
  private int n;

  void word(double weight) {
    add(weight);
  }

  void loadedLabel() {
    add(-1);
  }

  void asSource(double goldstein) {
    add(goldstein / 10);
  }

  void asTarget(double goldstein) {
    add(goldstein / 20);
  }

  double score() {
    double s = sum / (n + PRIOR);
    return Math.round(Math.max(-1, Math.min(1, s)) * 1000) / 1000.0;
  }

  private void add(double value) {
    sum += Math.max(-1, Math.min(1, value));
    n++;
  }
}
