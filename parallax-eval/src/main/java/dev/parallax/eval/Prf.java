package dev.parallax.eval;

/** Precision, recall and F1, with the convention that nothing predicted of nothing scores 1. */
public record Prf(double precision, double recall, double f1) {

  /**
   * @param correct items both predicted and in the reference
   * @param predicted items predicted
   * @param reference items in the reference
   */
  public static Prf of(double correct, double predicted, double reference) {
    if (predicted == 0 && reference == 0) {
      return new Prf(1, 1, 1);
    }
    double p = predicted == 0 ? 0 : correct / predicted;
    double r = reference == 0 ? 0 : correct / reference;
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
