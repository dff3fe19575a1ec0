package dev.parallax.actors;

import dev.parallax.model.EntityType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link EntityLinker} reads of a corpus's actor mentions, summed up key by key, in the order
 * the keys were first mentioned (the articles' order, then each article's): so that a store can
 * keep the sums of its articles and a run growing it add those of its new articles alone, instead
 * of reading every stored mention again. Adding the tallies of articles to those of the articles
 * before them gives the tallies of all of them in that order. Not thread-safe.
 */
public final class KeyTallies {
  private final Map<ActorKey, Sum> sums = new LinkedHashMap<>();

  /** The tallies of {@code articles}, in this order. */
  public static KeyTallies of(Collection<ArticleActors> articles) {
    KeyTallies out = new KeyTallies();
    articles.forEach(out::add);
    return out;
  }

  /** The tallies stored as {@code tallies}, in their keys' order. */
  public static KeyTallies of(Map<ActorKey, KeyTally> tallies) {
    KeyTallies out = new KeyTallies();
    tallies.forEach((key, tally) -> out.sum(key).add(tally));
    return out;
  }

  /** Adds the mentions of one article, which comes after those added before. */
  public KeyTallies add(ArticleActors article) {
    for (ActorMention m : article.mentions()) {
      sum(m.key()).add(m);
    }
    return this;
  }

  /** Adds {@code later}'s tallies, of articles after those added before. */
  public KeyTallies add(KeyTallies later) {
    later.sums.forEach((key, sum) -> sum(key).add(sum.tally()));
    return this;
  }

  /** The keys, in the order they were first mentioned. */
  public Set<ActorKey> keys() {
    return sums.keySet();
  }

  /** The tally of {@code key}, or null when it was never mentioned. */
  public KeyTally tally(ActorKey key) {
    Sum sum = sums.get(key);
    return sum == null ? null : sum.tally();
  }

  /** Every key's tally, in the keys' order. */
  public Map<ActorKey, KeyTally> tallies() {
    Map<ActorKey, KeyTally> out = new LinkedHashMap<>();
    sums.forEach((key, sum) -> out.put(key, sum.tally()));
    return out;
  }

  private Sum sum(ActorKey key) {
    return sums.computeIfAbsent(key, k -> new Sum());
  }

  /** Whether a mention names its actor (neither a pronoun nor a description). */
  private static boolean isName(ActorMention.How how) {
    return how != ActorMention.How.PRONOUN && how != ActorMention.How.DESCRIPTION;
  }

  /** One key's tally as it grows. */
  private static final class Sum {
    private EntityType type;
    private String name;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<String> surfaces = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Map<String, Integer> actors = new LinkedHashMap<>();
    private int mentions;
    private KeyTally made;

    void add(ActorMention m) {
      made = null;
      if (mentions++ == 0) {
        type = m.type();
        name = m.name();
      }
      if (isName(m.how())) {
        names.merge(m.name(), 1, Integer::sum);
        surfaces.add(m.text());
      }
      if (m.how() != ActorMention.How.PRONOUN) {
        aliases.add(m.text().strip());
      }
      if (m.actor() != null) {
        actors.merge(m.actor(), 1, Integer::sum);
      }
    }

    void add(KeyTally t) {
      made = null;
      if (mentions == 0) {
        type = t.type();
        name = t.name();
      }
      mentions += t.mentions();
      t.names().forEach((n, c) -> names.merge(n, c, Integer::sum));
      surfaces.addAll(t.surfaces());
      aliases.addAll(t.aliases());
      t.actors().forEach((a, c) -> actors.merge(a, c, Integer::sum));
    }

    /** The tally as it stands, made once until the next addition. */
    KeyTally tally() {
      if (made == null) {
        made =
            new KeyTally(
                type, name, names, List.copyOf(surfaces), List.copyOf(aliases), actors, mentions);
      }
      return made;
    }
  }
}
