package dev.parallax.pipeline;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.RecordDigest;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stories of a stored corpus need their fused events, coverage and conflicts computed again.
 * The three stages work story by story (reports fuse only within their story), so a story whose
 * inputs are what they were when the store saved its records has the same events, coverage and
 * conflicts: these are read back, and only the other stories' computed.
 *
 * <p>A story's inputs are summed up, before fusion, in a digest ({@link RecordDigest}) of: {@link
 * Provenance#stagePrint} (the rules, knowledge base, user rule files and analysis code); the
 * story's record as grouping made it (its articles); each of its articles as written before fusion
 * dates it (outlet, dates, copy; not its body), its outlet id, each key of its actor mentions with
 * the entity it was linked to; and the id, name, type and actor code of every entity these name. An
 * article's body, events, mentions, quotes and scare quotes follow from its id (its content's
 * hash), so the id stands for them; an event's actors are among its article's actor mentions
 * ({@code ArgumentMentions}), whose entities are digested already, and the dates fusion infers
 * follow from the story's events; a fused quote is its article's quote with its speaker's entity,
 * and a quote's speaker is one of its article's actor mentions ({@code SpeakerResolver} picks among
 * them): neither a story's events nor its quotes are read to digest it. What the digest leaves out
 * (another story's records, an entity's mentions elsewhere) none of the stages reads.
 *
 * @param digests the digest of every story's inputs, by story id: saved with the records
 * @param unchanged the stories whose digest equals the one stored with their records
 * @param stored the stored records of {@code unchanged}
 */
public record StoryReuse(
    Map<String, String> digests, Set<String> unchanged, SavedStoryRecords stored) {
  public StoryReuse {
    digests = Map.copyOf(digests);
    unchanged = Set.copyOf(unchanged);
  }

  /**
   * The stories of {@code corpus} (grouped, before fusion) whose records {@code store} holds
   * already, read {@code whole} or only to be saved again ({@link SavedStoryRecords}).
   */
  static StoryReuse of(Corpus corpus, CorpusStore store, String stagePrint, boolean whole) {
    Map<String, String> digests = digests(corpus, stagePrint);
    Map<String, String> saved = store.storyDigests();
    Set<String> unchanged = new HashSet<>();
    digests.forEach(
        (story, digest) -> {
          if (digest.equals(saved.get(story))) {
            unchanged.add(story);
          }
        });
    SavedStoryRecords stored =
        unchanged.isEmpty() ? SavedStoryRecords.NONE : store.storyRecords(unchanged, whole);
    return new StoryReuse(digests, unchanged, stored);
  }

  /** The stories of {@code stories} whose records are to be computed. */
  List<Story> changed(List<Story> stories) {
    return stories.stream().filter(s -> !unchanged.contains(s.id())).toList();
  }

  /**
   * The fused events of every story: each unchanged story's stored ones (none when they were read
   * only to be saved: they stay in the store, {@link SavedStoryRecords}), each other's {@code
   * computed} ones (those the fusion of the changed stories' articles gave), in the order fusion
   * over every article gives them: by the position of each event's first report, the first of its
   * articles in {@code results}. An article's events are all in its story, so the stored and the
   * computed events never share a first article, and the events of one keep their order.
   */
  List<Event> events(List<Event> computed, List<ArticleResult> results) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      position.put(results.get(i).record().id(), i);
    }
    List<Event> all = new ArrayList<>(stored.events());
    all.addAll(computed);
    // each event's first article found once, not in every comparison of the sort
    long[] keyed = new long[all.size()];
    for (int i = 0; i < keyed.length; i++) {
      int first = Integer.MAX_VALUE;
      for (EventMention m : all.get(i).mentions()) {
        first = Math.min(first, position.getOrDefault(m.article(), Integer.MAX_VALUE));
      }
      keyed[i] = ((long) first << 32) | i;
    }
    Arrays.sort(keyed);
    List<Event> out = new ArrayList<>(keyed.length);
    for (long k : keyed) {
      out.add(all.get((int) k));
    }
    return out;
  }

  /**
   * The publication dates inferred through shared events: the unchanged stories' articles' as
   * stored, the others' as {@code computed}.
   */
  Map<String, InferredPublication> published(Map<String, InferredPublication> computed) {
    Map<String, InferredPublication> out = new HashMap<>(stored.published());
    out.putAll(computed);
    return out;
  }

  /**
   * The coverage of {@code stories}: each unchanged story's stored rows, each other's {@code
   * computed} ones, story by story in the order of {@code stories}, as the coverage stage orders
   * them.
   */
  List<Coverage> coverage(List<Story> stories, List<Coverage> computed) {
    Map<String, List<Coverage>> byStory = new HashMap<>();
    for (List<Coverage> rows : List.of(stored.coverage(), computed)) {
      rows.forEach(c -> byStory.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
    }
    List<Coverage> out = new ArrayList<>();
    stories.forEach(s -> out.addAll(byStory.getOrDefault(s.id(), List.of())));
    return out;
  }

  /**
   * The conflicts of {@code stories}: each unchanged story's stored ones, each other's {@code
   * computed} ones, story by story in the order of {@code stories} (those of no story first), as
   * the conflict detector orders them.
   */
  List<Conflict> conflicts(List<Story> stories, List<Conflict> computed) {
    Map<String, List<Conflict>> byStory = new HashMap<>();
    for (List<Conflict> found : List.of(stored.conflicts(), computed)) {
      found.forEach(c -> byStory.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
    }
    List<Conflict> out = new ArrayList<>(byStory.getOrDefault(null, List.of()));
    stories.forEach(s -> out.addAll(byStory.getOrDefault(s.id(), List.of())));
    return out;
  }

  /** The digest of each story's inputs to fusion, coverage and conflicts, by story id. */
  static Map<String, String> digests(Corpus corpus, String stagePrint) {
    Map<String, ArticleResult> resultOf = corpus.resultsById();
    Map<String, Entity> entityOf = new HashMap<>();
    corpus.entities().entities().forEach(e -> entityOf.put(e.id(), e));
    LinkedEntities linked = corpus.entities();
    Map<String, String> out = new LinkedHashMap<>();
    for (Story story : corpus.stories()) {
      RecordDigest d = new RecordDigest();
      d.add(stagePrint).add(story);
      Set<String> entities = new TreeSet<>();
      for (String id : story.articles()) {
        ArticleResult r = resultOf.get(id);
        if (r == null || !(r.record() instanceof Article a)) {
          d.add("no article " + id);
          continue;
        }
        // without its body, which follows from its id as its mentions do: every run digests every
        // story, and need not walk every stored body to do so
        d.add(corpus.asWritten(a).withText("", List.of())).add(corpus.outletId(id));
        ArticleActors actors = r.actors();
        if (actors != null) {
          // each key once: a mention's entity is its key's, and a stored article's keys are known
          // without reading its mentions
          for (ActorKey key : actors.keys()) {
            String entity = linked.entityByKey().get(key);
            d.add(key.wire()).add(entity);
            if (entity != null) {
              entities.add(entity);
            }
          }
        }
      }
      for (String id : entities) {
        Entity e = entityOf.get(id);
        d.add(id);
        if (e != null) {
          d.add(e.name()).add(e.type().name()).add(e.actor());
        }
      }
      out.put(story.id(), d.hex());
    }
    return out;
  }
}
