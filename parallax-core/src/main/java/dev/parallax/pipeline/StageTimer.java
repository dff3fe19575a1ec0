package dev.parallax.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time spent in each stage across worker threads, for the run's per-stage breakdown:
 * the time that passed, and the CPU time of the threads running the stage (without the garbage
 * collector's and compiler's threads, which no stage owns). Thread-safe.
 */
final class StageTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Whether the JVM measures the current thread's CPU time. */
  private static final boolean CPU_MEASURED = THREADS.isCurrentThreadCpuTimeSupported();

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> cpuNanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    long cpuStart = cpuNow();
    try {
      return work.get();
    } finally {
      order.putIfAbsent(stage, order.size());
      nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
      if (cpuStart >= 0) {
        cpuNanos.computeIfAbsent(stage, s -> new LongAdder()).add(cpuNow() - cpuStart);
      }
    }
  }

  /** The current thread's CPU time in nanoseconds, or -1 where the JVM does not measure it. */
  private static long cpuNow() {
    return CPU_MEASURED ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /** Time per stage, summed over threads, in the order the stages first ran. */
  Map<String, Duration> totals() {
    return inOrder(nanos);
  }

  /**
   * CPU time of the threads running each stage, summed, in the order the stages first ran; empty
   * where the JVM does not measure a thread's CPU time.
   */
  Map<String, Duration> cpuTotals() {
    return inOrder(cpuNanos);
  }

  private Map<String, Duration> inOrder(Map<String, LongAdder> sums) {
    Map<String, Duration> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .filter(e -> sums.containsKey(e.getKey()))
        .forEach(e -> out.put(e.getKey(), Duration.ofNanos(sums.get(e.getKey()).sum())));
    return out;
  }
}
