package dev.parallax.stories;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link StoryIndex} must remember to go on growing in a later run: which articles form each
 * story, and the order the articles arrived in. The profiles are not kept: they are rebuilt from
 * the articles, in arrival order, because the boilerplate filter and the term statistics depend on
 * that order.
 *
 * @param stories the member ids of each story, stories in order of foundation, members in the
 *     index's order (the first member founded the story)
 * @param arrivals every member id once, in the order the index first saw it
 * @param ids the id of each story: made from its founder's id when it was founded, and kept when a
 *     later version of an article replaces the founder among the members
 */
public record StoryIndexState(List<List<String>> stories, List<String> arrivals, List<String> ids) {
  /** The state of an index that has seen nothing. */
  public static final StoryIndexState EMPTY = new StoryIndexState(List.of(), List.of());

  /** The state of stories named by their first members ({@link StoryIndex#storyIdOf}). */
  public StoryIndexState(List<List<String>> stories, List<String> arrivals) {
    this(
        stories,
        arrivals,
        stories.stream()
            .map(members -> members.isEmpty() ? null : StoryIndex.storyIdOf(members.get(0)))
            .toList());
  }

  public StoryIndexState {
    stories = stories.stream().map(List::copyOf).toList();
    arrivals = List.copyOf(arrivals);
    Set<String> members = new HashSet<>();
    for (List<String> story : stories) {
      if (story.isEmpty()) {
        throw new IllegalArgumentException("a story without members");
      }
      story.forEach(
          id -> {
            if (!members.add(Objects.requireNonNull(id, "member id"))) {
              throw new IllegalArgumentException("article in two stories: " + id);
            }
          });
    }
    // each arrival a member not listed before, and as many arrivals as members
    for (String id : arrivals) {
      if (!members.remove(id)) {
        throw new IllegalArgumentException("arrivals must list every story member exactly once");
      }
    }
    if (!members.isEmpty()) {
      throw new IllegalArgumentException("arrivals must list every story member exactly once");
    }
    ids = List.copyOf(ids);
    if (ids.size() != stories.size() || new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("one distinct id per story");
    }
  }
}
