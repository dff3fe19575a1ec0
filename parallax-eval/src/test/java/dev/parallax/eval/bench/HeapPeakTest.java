package dev.parallax.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

class HeapPeakTest {
  /** The heap in use after a collection counts what the work still held when it ran. */
  @Test
  void countsWhatACollectionLeftInUse() throws InterruptedException {
    try (HeapPeak heap = HeapPeak.start()) {
      long[] held = new long[8 << 20]; // 64 MB
      System.gc();
      // the collector's notices come on a thread of their own
      for (int i = 0; i < 200 && heap.collections() == 0; i++) {
        Thread.sleep(50);
      }
      assertThat(heap.collections()).isPositive();
      assertThat(heap.afterCollections()).isGreaterThanOrEqualTo(64L << 20);
      // each pool's peak is at least what it held after the collection
      assertThat(heap.poolPeaks()).isGreaterThanOrEqualTo(heap.afterCollections());
      Reference.reachabilityFence(held);
    }
  }
}
