package dev.parallax.pipeline;

/** Receives progress of a run; the CLI draws it as a progress bar. Called from one thread. */
public interface Progress {
  Progress NONE = (articles, rejected) -> {};

  /** Called after each input is done, with running totals. */
  void update(int articles, int rejected);

  /** Called once when the run is done. */
  default void done() {}
}
