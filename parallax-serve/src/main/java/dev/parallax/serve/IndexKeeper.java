package dev.parallax.serve;

import dev.parallax.store.RelationalStore;
import dev.parallax.store.search.SearchIndex;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the search index in step with the store while serve runs: a catch-up when serve starts and
 * then every so many seconds, each applying only the store's article changes after the last one the
 * index has seen (through its own reader connection of the store). A catch-up that fails, or finds
 * the index being changed by another process (analyze catching it up), is said on the log and tried
 * again next time; searches meanwhile read the index as it was.
 */
final class IndexKeeper implements AutoCloseable {
  private final RelationalStore store;
  private final SearchIndex index;
  private final PrintWriter log;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "parallax-index-keeper");
            t.setDaemon(true);
            return t;
          });

  IndexKeeper(RelationalStore store, SearchIndex index, PrintWriter log) {
    this.store = store;
    this.index = index;
    this.log = log;
  }

  /** One catch-up now; what it did, or null when it could not run (said on the log). */
  synchronized SearchIndex.CatchUp catchUp() {
    try {
      SearchIndex.CatchUp done = index.catchUp(store);
      if (done.changes() > 0) {
        log.printf(
            "parallax serve: search index caught up: %d article changes (through change %d)%n",
            done.changes(), done.through());
        log.flush();
      }
      return done;
    } catch (SearchIndex.IndexBusy e) {
      index.refresh(); // the other process's commits are searchable meanwhile
      log.println("parallax serve: " + e.getMessage());
    } catch (RuntimeException e) {
      log.println("parallax serve: the search index was not caught up: " + e.getMessage());
    }
    log.flush();
    return null;
  }

  /** Catches up every {@code seconds} seconds from now on (none when 0). */
  void every(int seconds) {
    if (seconds > 0) {
      timer.scheduleWithFixedDelay(this::catchUp, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      store.close();
    }
  }
}
