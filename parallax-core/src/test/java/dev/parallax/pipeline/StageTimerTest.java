package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What a {@link StageTimer} adds up: time passed and the CPU time of the stage's threads. */
class StageTimerTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Keeps this thread busy until it has used {@code millis} of CPU time. */
  private static long spin(long millis) {
    long until = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000;
    long n = 0;
    while (THREADS.getCurrentThreadCpuTime() < until) {
      n++;
    }
    return n;
  }

  @Test
  void aStageThatWaitsUsesLittleCpuAndOneThatComputesOnTwoThreadsSumsBoth() throws Exception {
    Assumptions.assumeTrue(THREADS.isCurrentThreadCpuTimeSupported());
    StageTimer timer = new StageTimer();

    timer.time(
        "wait",
        () -> {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return null;
        });
    CompletableFuture<Long> other =
        CompletableFuture.supplyAsync(() -> timer.time("compute", () -> spin(30)));
    timer.time("compute", () -> spin(30));
    other.get();

    assertThat(timer.totals().keySet()).containsExactly("wait", "compute");
    assertThat(timer.cpuTotals().keySet()).containsExactly("wait", "compute");
    assertThat(timer.totals().get("wait")).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(timer.cpuTotals().get("wait")).isLessThan(Duration.ofMillis(100));
    assertThat(timer.cpuTotals().get("compute")).isGreaterThanOrEqualTo(Duration.ofMillis(60));
  }
}
