package dev.parallax.eval.bench;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Timed runs of an annotator over a list of articles, and the JVM's heap figures. */
final class AnnotationBench {
  /** Articles annotated before timing, so the JIT has compiled the hot paths. */
  private static final int WARM_UP_ARTICLES = 3;

  /**
   * What one timed run saw.
   *
   * @param seconds wall-clock time
   * @param cpuSeconds CPU time of the annotating threads: on a shared machine, the fair measure of
   *     one core's speed, since wall time also counts the time other processes held the core
   */
  record Run(long tokens, long sentences, long parsed, double seconds, double cpuSeconds) {
    double tokensPerSecond() {
      return seconds == 0 ? 0 : tokens / seconds;
    }

    double tokensPerCpuSecond() {
      return cpuSeconds == 0 ? 0 : tokens / cpuSeconds;
    }

    double parsedShare() {
      return sentences == 0 ? 0 : (double) parsed / sentences;
    }

    Run plus(Run o) {
      return new Run(
          tokens + o.tokens,
          sentences + o.sentences,
          parsed + o.parsed,
          seconds + o.seconds,
          cpuSeconds + o.cpuSeconds);
    }

    Run withSeconds(double wall) {
      return new Run(tokens, sentences, parsed, wall, cpuSeconds);
    }
  }

  private AnnotationBench() {}

  static void warmUp(Annotator annotator, List<Article> articles) {
    articles.stream().limit(WARM_UP_ARTICLES).forEach(annotator::annotate);
  }

  /** All articles, one after another, on the calling thread. */
  static Run single(Annotator annotator, List<Article> articles) {
    long started = System.nanoTime();
    Run total = new Run(0, 0, 0, 0, 0);
    for (Article a : articles) {
      total = total.plus(timed(annotator, a));
    }
    return total.withSeconds(seconds(started));
  }

  /** All articles spread over {@code threads} threads sharing the one annotator. */
  static Run parallel(Annotator annotator, List<Article> articles, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long started = System.nanoTime();
      List<Future<Run>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> timed(annotator, a)));
      }
      Run total = new Run(0, 0, 0, 0, 0);
      for (Future<Run> f : futures) {
        total = total.plus(f.get());
      }
      return total.withSeconds(seconds(started));
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The sum of the heap pools' peak use since the JVM started, in MB (an upper bound). */
  static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  /** Heap in use after a full collection, in MB: what the loaded models keep alive. */
  static long liveHeapMb() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static Run timed(Annotator annotator, Article article) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    AnnotatedArticle annotated = annotator.annotate(article);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    return count(annotated, cpuSeconds);
  }

  private static Run count(AnnotatedArticle annotated, double cpuSeconds) {
    long tokens = 0;
    long parsed = 0;
    for (Sentence s : annotated.sentences()) {
      tokens += s.tokens().size();
      parsed += s.isParsed() ? 1 : 0;
    }
    return new Run(tokens, annotated.sentences().size(), parsed, 0, cpuSeconds);
  }
}
