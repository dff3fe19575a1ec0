package dev.parallax.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The inverted index a {@link StoryIndex} finds candidate stories through, so that a new article is
 * compared with a few stories, not with all of them. Each article is posted under its
 * <em>keys</em>: the people named in its headline and lead, and its most distinctive terms (the
 * highest TF-IDF weights when it arrived: names, knowledge-base actors, rare words, month-days). A
 * key is posted within a <em>date bucket</em> of the article's anchor day, so that looking a key up
 * reads the articles of a few weeks, not of the whole corpus; an article without an anchor is
 * posted in a bucket of its own and, like every article, in the key's bucket of all dates.
 *
 * <p>An article anchored on day {@code d} looks up the buckets covering {@code d ± reach} and the
 * undated bucket: a story whose members are all anchored further away cannot reach the threshold
 * (the date factor alone takes them below it, see {@link #reach}), so leaving it out changes
 * nothing. An article without an anchor looks up the all-dates bucket, whose length grows with the
 * corpus; the stories found are ranked by how many keys they share (then foundation order) and only
 * the first {@link StoryOptions#candidates()} are compared. What is lost: a story sharing none of
 * the article's keys, or ranked below that limit. Not thread-safe: owned by one {@link StoryIndex}.
 */
final class StoryCandidates {
  private static final String ALL = "*";
  private static final String NONE = "u";

  private final Map<String, List<String>> postings = new HashMap<>();
  private final long reach;
  private final long bucketDays;

  StoryCandidates(StoryOptions options) {
    this.reach = reach(options);
    this.bucketDays = Math.max(1, reach);
  }

  /**
   * Days beyond which two anchors cannot be similar enough: the date factor halves every {@code
   * decayDays} after {@code windowDays}, so past {@code window + decay * log2(1 / threshold)} even
   * identical texts fall below the threshold. {@link Long#MAX_VALUE} without the date signal or at
   * threshold 0.
   */
  static long reach(StoryOptions options) {
    if (!options.uses(StorySignal.DATES) || options.threshold() <= 0) {
      return Long.MAX_VALUE;
    }
    double days =
        options.windowDays()
            + options.decayDays() * (Math.log(1 / options.threshold()) / Math.log(2));
    return (long) Math.ceil(days) + 1;
  }

  /** Posts article {@code id} under {@code keys} in the bucket of its anchor. */
  void post(String id, LocalDate anchor, List<String> keys) {
    for (String key : keys) {
      postings.computeIfAbsent(key + '@' + ALL, k -> new ArrayList<>()).add(id);
      postings.computeIfAbsent(key + '@' + bucket(anchor), k -> new ArrayList<>()).add(id);
    }
  }

  /**
   * The stories sharing a key with an article anchored on {@code anchor} (null: undated), best
   * first: by keys shared, then by {@code order} (foundation order). At most {@code limit}.
   *
   * @param storyOf the story (its foundation number) of a posted article id, or -1 to skip it
   */
  List<Integer> find(
      LocalDate anchor, List<String> keys, ToIntFunction<String> storyOf, int limit) {
    Map<Integer, Integer> shared = new HashMap<>();
    List<String> buckets = lookups(anchor);
    for (String key : keys) {
      // one key counts once per story, however many members carry it
      Set<Integer> seen = new HashSet<>();
      for (String bucket : buckets) {
        List<String> ids = postings.get(key + '@' + bucket);
        if (ids == null) {
          continue;
        }
        for (String id : ids) {
          int story = storyOf.applyAsInt(id);
          if (story >= 0 && seen.add(story)) {
            shared.merge(story, 1, Integer::sum);
          }
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private String bucket(LocalDate anchor) {
    return anchor == null ? NONE : Long.toString(Math.floorDiv(anchor.toEpochDay(), bucketDays));
  }

  private List<String> lookups(LocalDate anchor) {
    if (anchor == null || reach == Long.MAX_VALUE) {
      return List.of(ALL);
    }
    long day = anchor.toEpochDay();
    List<String> out = new ArrayList<>();
    for (long b = Math.floorDiv(day - reach, bucketDays);
        b <= Math.floorDiv(day + reach, bucketDays);
        b++) {
      out.add(Long.toString(b));
    }
    out.add(NONE);
    return out;
  }
}
