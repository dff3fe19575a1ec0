package dev.parallax.pipeline;

import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import java.util.List;

/**
 * The coverage rows and conflicts of some stories, in output order: what a {@link CorpusStore}
 * gives back for the stories whose inputs did not change since it saved them.
 */
public record SavedStoryRecords(List<Coverage> coverage, List<Conflict> conflicts) {
  /** No stories' records. */
  public static final SavedStoryRecords NONE = new SavedStoryRecords(List.of(), List.of());

  public SavedStoryRecords {
    coverage = List.copyOf(coverage);
    conflicts = List.copyOf(conflicts);
  }
}
