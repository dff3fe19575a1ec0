package dev.parallax.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings and errors logged through SLF4J while a test runs, from any thread: the test JVM's
 * SLF4J provider ({@link CapturingLoggerProvider}) writes here, and {@link NoUndeclaredWarnings}
 * fails a test that logged a line it did not declare. Thread-safe.
 */
public final class LogCapture {
  /** One logged line. */
  public record Line(String level, String logger, String message) {
    @Override
    public String toString() {
      return level + " " + logger + ": " + message;
    }
  }

  private static final List<Line> LINES = new ArrayList<>();

  private LogCapture() {}

  static synchronized void add(Line line) {
    LINES.add(line);
  }

  /** Forgets what was logged so far. */
  public static synchronized void reset() {
    LINES.clear();
  }

  /** What was logged since the last reset, in order. */
  public static synchronized List<Line> lines() {
    return List.copyOf(LINES);
  }
}
