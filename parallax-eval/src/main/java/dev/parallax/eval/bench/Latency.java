package dev.parallax.eval.bench;

import java.util.Arrays;

/** Latency figures of the benches that time queries and requests. */
final class Latency {
  private Latency() {}

  /** p50 and p95 of {@code ms} (sorted in place; not empty). */
  static double[] p50p95(double[] ms) {
    Arrays.sort(ms);
    int n = ms.length;
    return new double[] {ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1]};
  }

  /** {@code value} to two decimals. */
  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
