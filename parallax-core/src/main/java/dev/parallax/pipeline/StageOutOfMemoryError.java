package dev.parallax.pipeline;

/**
 * The heap ran out while a per-article stage analysed a document. An {@link OutOfMemoryError}, so
 * that a caller unaware of it still sees one; it names the document on the thread and the stage,
 * which need not be the document that used the memory (see {@link Pipeline#analyse}).
 */
final class StageOutOfMemoryError extends OutOfMemoryError {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String stage;

  StageOutOfMemoryError(String source, String stage, OutOfMemoryError cause) {
    super("out of memory in stage " + stage + " on " + source);
    this.source = source;
    this.stage = stage;
    initCause(cause);
  }

  /** The input on the thread when the heap ran out. */
  String source() {
    return source;
  }

  /** The stage that was running. */
  String stage() {
    return stage;
  }
}
