package dev.parallax.model;

/**
 * The mark of a folder Parallax wrote its output into: a file of this name at the folder's top.
 * Input reading never reads a marked folder, and an analysis writes only into an empty or marked
 * folder (docs/reliability.md).
 */
public final class OutputFolder {
  /** The marker file's name. */
  public static final String MARKER = ".parallax-output";

  private OutputFolder() {}
}
