package dev.parallax.pipeline;

import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.InferredPublication;
import java.util.List;
import java.util.Map;

/**
 * The records of some stories, in output order: what a {@link CorpusStore} gives back for the
 * stories whose inputs did not change since it saved them.
 *
 * @param coverage the stories' coverage rows
 * @param conflicts the stories' conflicts
 * @param events the stories' fused events
 * @param published the publication dates inferred for the stories' articles, each with the event it
 *     comes from, by article id
 */
public record SavedStoryRecords(
    List<Coverage> coverage,
    List<Conflict> conflicts,
    List<Event> events,
    Map<String, InferredPublication> published) {
  /** No stories' records. */
  public static final SavedStoryRecords NONE =
      new SavedStoryRecords(List.of(), List.of(), List.of(), Map.of());

  public SavedStoryRecords {
    coverage = List.copyOf(coverage);
    conflicts = List.copyOf(conflicts);
    events = List.copyOf(events);
    published = Map.copyOf(published);
  }
}
