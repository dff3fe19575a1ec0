package dev.parallax.stories;

import dev.parallax.model.Event;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
  public static final EventKeys NONE = new EventKeys(Map.of());

  private final Map<String, List<String>> byArticle;

  private EventKeys(Map<String, List<String>> byArticle) {
    this.byArticle = byArticle;
  }

  /**
   * The keys of the article-level events {@code events} (each reported by one article, its first
   * mention's), by article.
   */
  public static EventKeys of(Collection<Event> events) {
    Map<String, TreeSet<String>> keys = new HashMap<>();
    for (Event e : events) {
      String key = key(e);
      if (key != null && !e.mentions().isEmpty()) {
        keys.computeIfAbsent(e.mentions().get(0).article(), a -> new TreeSet<>()).add(key);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    keys.forEach((article, set) -> out.put(article, List.copyOf(set)));
    return new EventKeys(out);
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
    return byArticle.getOrDefault(id, List.of());
  }

  /** How many articles have keys. */
  public int articles() {
    return byArticle.size();
  }
}
