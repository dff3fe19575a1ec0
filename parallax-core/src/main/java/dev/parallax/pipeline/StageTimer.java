package dev.parallax.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time spent in each stage across worker threads, for the run's per-stage breakdown.
 * Thread-safe.
 */
final class StageTimer {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      order.putIfAbsent(stage, order.size());
      nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  /** Time per stage, summed over threads, in the order the stages first ran. */
  Map<String, Duration> totals() {
    Map<String, Duration> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), Duration.ofNanos(nanos.get(e.getKey()).sum())));
    return out;
  }
}
