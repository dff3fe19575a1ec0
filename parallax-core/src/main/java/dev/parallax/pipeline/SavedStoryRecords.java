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
 * <p>Read whole, they are what the store holds. Read to be saved only ({@code whole} false: a run
 * without an output folder, whose records nobody reads but the save), none of the events, coverage
 * rows and conflicts is read at all (none given: they stay in the store, and the next save keeps
 * them, and each of the stories' own records, as stored); only the publication dates inferred for
 * the stories' articles are.
 *
 * @param coverage the stories' coverage rows; none when not {@code whole}
 * @param conflicts the stories' conflicts; none when not {@code whole}
 * @param events the stories' fused events; none when not {@code whole}
 * @param published the publication dates inferred for the stories' articles, each with the event it
 *     comes from, by article id
 * @param whole whether the records were read whole
 */
public record SavedStoryRecords(
    List<Coverage> coverage,
    List<Conflict> conflicts,
    List<Event> events,
    Map<String, InferredPublication> published,
    boolean whole) {
  /** No stories' records. */
  public static final SavedStoryRecords NONE =
      new SavedStoryRecords(List.of(), List.of(), List.of(), Map.of());

  public SavedStoryRecords {
    coverage = List.copyOf(coverage);
    conflicts = List.copyOf(conflicts);
    events = List.copyOf(events);
    published = Map.copyOf(published);
  }

  /** Records read whole. */
  public SavedStoryRecords(
      List<Coverage> coverage,
      List<Conflict> conflicts,
      List<Event> events,
      Map<String, InferredPublication> published) {
    this(coverage, conflicts, events, published, true);
  }
}
