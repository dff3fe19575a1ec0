package dev.parallax.eval;

/**
 * Entity-level exact-match counts, and the precision, recall and F1 they give (0 when undefined).
 *
 * @param correct predicted entities whose type and extent equal a gold entity's
 * @param predicted all predicted entities
 * @param gold all gold entities
 */
public record EntityCounts(int correct, int predicted, int gold) {
  public static final EntityCounts ZERO = new EntityCounts(0, 0, 0);

  public EntityCounts {
    if (correct < 0 || predicted < 0 || gold < 0) {
      throw new IllegalArgumentException(
          "negative count " + correct + "/" + predicted + "/" + gold);
    }
  }

  public EntityCounts plus(EntityCounts o) {
    return new EntityCounts(correct + o.correct, predicted + o.predicted, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
