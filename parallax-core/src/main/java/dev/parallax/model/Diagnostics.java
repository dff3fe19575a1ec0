package dev.parallax.model;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a stage reports the problems it goes on from (as jsoup collects parse errors): the stage
 * keeps a partial result and says so here, and the pipeline gathers what was said for the document
 * and the run. Not thread-safe: one collector serves one stage on one document.
 */
public final class Diagnostics {
  private static final Logger LOG = LoggerFactory.getLogger(Diagnostics.class);

  private final String stage;
  private final boolean log;
  private final List<Diagnostic> found = new ArrayList<>();

  private Diagnostics(String stage, boolean log) {
    this.stage = stage;
    this.log = log;
  }

  /** A collector for what {@code stage} reports, for the pipeline to gather. */
  public static Diagnostics of(String stage) {
    return new Diagnostics(stage, false);
  }

  /**
   * A collector that also logs each report as a warning: for a stage called outside the pipeline
   * (an evaluation, a benchmark), where nobody gathers the list.
   */
  public static Diagnostics logged(String stage) {
    return new Diagnostics(stage, true);
  }

  /** Records that the stage met a problem and went on; {@code message} says what and how. */
  public void report(String message) {
    Diagnostic d = new Diagnostic(stage, message);
    found.add(d);
    if (log) {
      LOG.warn("{}", d);
    }
  }

  /** What was reported, in order. */
  public List<Diagnostic> list() {
    return List.copyOf(found);
  }
}
