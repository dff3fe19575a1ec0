package dev.parallax.cli;

import dev.parallax.pipeline.Progress;
import java.io.PrintStream;

/**
 * A one-line progress display on the terminal (standard error), redrawn at most every 200 ms;
 * nothing at all when standard error is not a terminal, so logs and pipes stay clean, or when the
 * run is {@code --quiet}.
 */
public final class TerminalProgress implements Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private TerminalProgress(PrintStream err) {
    this.err = err;
  }

  public static Progress forStderr() {
    return System.console() == null || TerminalLog.verbosity() == Verbosity.QUIET
        ? Progress.NONE
        : new TerminalProgress(System.err);
  }

  @Override
  public void update(int articles, int rejected) {
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    err.printf(
        "\r%s %d inputs done: %d articles, %d rejected (%.0f per second)   ",
        spinner(now), articles + rejected, articles, rejected, (articles + rejected) / seconds);
    err.flush();
    drawn = true;
  }

  @Override
  public void done() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static char spinner(long now) {
    return "|/-\\".charAt((int) ((now / REDRAW_NANOS) % 4));
  }
}
