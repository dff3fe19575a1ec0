package dev.parallax.pipeline;

/** A corpus stage failed: the run cannot make its corpus records. Names the stage. */
public final class CorpusStageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String stage;

  CorpusStageException(String stage, Throwable cause) {
    super("stage " + stage + " failed: " + cause, cause);
    this.stage = stage;
  }

  /** The stage that failed. */
  public String stage() {
    return stage;
  }
}
