package dev.parallax.stories;

import dev.parallax.model.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The event keys of each article, which {@link StoryCandidates} posts and looks an article up under
 * beside its people and terms: one key per distinct (source actor code, target actor code, CAMEO
 * root) of the article's own extracted events ({@code e:SRC>TGT|root}), within the article's date
 * bucket. A report that shares an act with a story (the same actors doing the same kind of thing
 * near the same days) then finds it even when it tells it in other words. An event without both
 * actor codes gives no key: an act by one side alone says too little to find a story by. The keys
 * only widen the candidates; whether an article joins a story is still decided by similarity.
 * Immutable.
 */
public final class EventKeys {
  /** No article has event keys: grouping by people and terms alone. */
  public static final EventKeys NONE = new EventKeys(id -> List.of());

  private final Function<String, List<Event>> eventsOf;
  private final Map<String, List<String>> found = new ConcurrentHashMap<>();

  private EventKeys(Function<String, List<Event>> eventsOf) {
    this.eventsOf = eventsOf;
  }

  /**
   * The keys of the article-level events {@code events} (each reported by one article, its first
   * mention's), by article.
   */
  public static EventKeys of(Collection<Event> events) {
    Map<String, List<Event>> byArticle = new HashMap<>();
    for (Event e : events) {
      if (!e.mentions().isEmpty()) {
        byArticle.computeIfAbsent(e.mentions().get(0).article(), a -> new ArrayList<>()).add(e);
      }
    }
    return new EventKeys(id -> byArticle.getOrDefault(id, List.of()));
  }

  /**
   * The keys of each article's own events as {@code eventsOf} gives them by article id, found when
   * the article is first looked up: an index restored from a checkpoint looks up the articles it
   * places alone, so a run growing a stored corpus reads no stored article's events.
   */
  public static EventKeys ofArticles(Function<String, List<Event>> eventsOf) {
    return new EventKeys(eventsOf);
  }

  /** The key of one event, or null when it lacks an actor code. */
  static String key(Event e) {
    String source = e.source().actor();
    String target = e.target().actor();
    if (source == null || target == null || source.isEmpty() || target.isEmpty()) {
      return null;
    }
    String root = e.cameo().length() >= 2 ? e.cameo().substring(0, 2) : e.cameo();
    return "e:" + source + ">" + target + "|" + root;
  }

  /** The keys of article {@code id}, sorted; empty when it has none. */
  public List<String> of(String id) {
    return found.computeIfAbsent(id, this::keys);
  }

  /** How many of the articles with these ids have keys. */
  public long articles(Collection<String> ids) {
    return ids.stream().filter(id -> !of(id).isEmpty()).count();
  }

  private List<String> keys(String id) {
    TreeSet<String> keys = new TreeSet<>();
    for (Event e : eventsOf.apply(id)) {
      String key = key(e);
      if (key != null) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }
}
