package dev.parallax.actors;

import dev.parallax.model.ContentId;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.GrownList;
import dev.parallax.model.LazyList;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Builds the entities of a whole run from every article's actor mentions: mentions with equal keys
 * are one entity, and keys that {@link NameMerger} finds to be spellings, surnames or aliases of
 * one actor are joined. An entity's id is {@code ContentId.of('e', key.wire())} of its root key
 * (the knowledge-base key when there is one), so it is stable across runs over the same articles;
 * its name is the knowledge base's canonical name or the most frequent full name written; its actor
 * code is the country's code for a country and otherwise the most frequent code of its mentions;
 * its aliases are every surface form seen except pronouns; its mentions are in corpus order (the
 * articles' order, then each article's), so that a corpus grown by new articles adds to the end of
 * an entity's mentions. Thread-safe; each call is independent.
 */
public final class EntityLinker {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final KnowledgeBase kb;
  private final NameVariants variants;

  /** A linker over {@code kb} and the name folds of the rules it was built from. */
  public EntityLinker(KnowledgeBase kb) {
    this.kb = kb;
    this.variants = NameVariants.of(kb.rules());
  }

  /** The entities of {@code articles}, given in corpus order. */
  public LinkedEntities link(List<ArticleActors> articles) {
    return link(KeyTallies.of(articles), articles);
  }

  /** The entities of {@code articles}, given in corpus order, whose tallies are {@code all}. */
  public LinkedEntities link(KeyTallies all, List<ArticleActors> articles) {
    Map<ActorKey, ActorKey> roots = roots(all);
    Map<ActorKey, List<Mention>> mentions = mentionsByRoot(articles, roots);
    return link(all, roots, (root, keys) -> mentions.get(root));
  }

  /**
   * The entities of a corpus whose first articles were summed up as {@code before}, followed by
   * {@code added} in corpus order ({@code all} being {@code before}'s tallies with {@code added}'s
   * added): what {@link #link(List)} gives for all of them, without reading the first articles'
   * mentions unless an entity's mentions in them are read ({@link GrownList}: {@code
   * beforeArticles} then gives those articles, in corpus order, once for every entity).
   */
  public LinkedEntities link(
      KeyTallies before,
      KeyTallies all,
      Supplier<List<ArticleActors>> beforeArticles,
      List<ArticleActors> added) {
    Map<ActorKey, ActorKey> roots = roots(all);
    Map<ActorKey, List<Mention>> addedMentions = mentionsByRoot(added, roots);
    LazyList<Map<ActorKey, List<Mention>>> earlier =
        new LazyList<>(() -> List.of(mentionsByRoot(beforeArticles.get(), roots)));
    return link(
        all,
        roots,
        (root, keys) -> {
          int count = 0;
          for (ActorKey k : keys) {
            KeyTally t = before.tally(k);
            count += t == null ? 0 : t.mentions();
          }
          return new GrownList<>(
              count,
              () -> earlier.get(0).getOrDefault(root, List.of()),
              addedMentions.getOrDefault(root, List.of()));
        });
  }

  /** The root key of each key of {@code all} ({@link NameMerger}). */
  private Map<ActorKey, ActorKey> roots(KeyTallies all) {
    Map<ActorKey, String> names = new HashMap<>();
    Map<ActorKey, EntityType> types = new HashMap<>();
    Map<ActorKey, Set<String>> surfaces = new HashMap<>();
    all.tallies()
        .forEach(
            (key, tally) -> {
              names.put(key, bestName(List.of(tally)));
              types.put(key, tally.type());
              Set<String> forms = new LinkedHashSet<>(tally.surfaces());
              if (key instanceof ActorKey.NationalBody body) {
                // a national body is also named without its country ("the Food Safety Agency")
                forms.add(body.name());
              }
              surfaces.put(key, forms);
            });
    return new NameMerger(variants).merge(names, types, surfaces);
  }

  /** The mentions of {@code articles} in corpus order, by the root of their keys. */
  private static Map<ActorKey, List<Mention>> mentionsByRoot(
      List<ArticleActors> articles, Map<ActorKey, ActorKey> roots) {
    Map<ActorKey, List<Mention>> out = new HashMap<>();
    for (ArticleActors a : articles) {
      for (ActorMention m : a.mentions()) {
        out.computeIfAbsent(roots.get(m.key()), k -> new ArrayList<>())
            .add(new Mention(a.article(), m.start(), m.end(), m.text()));
      }
    }
    return out;
  }

  /**
   * The entities of the keys of {@code all} joined under their {@code roots}, each with the
   * mentions {@code mentionsOf} gives for its root and keys.
   */
  private LinkedEntities link(
      KeyTallies all,
      Map<ActorKey, ActorKey> roots,
      BiFunction<ActorKey, List<ActorKey>, List<Mention>> mentionsOf) {
    Map<ActorKey, List<ActorKey>> members = new LinkedHashMap<>();
    for (ActorKey key : all.keys()) {
      members.computeIfAbsent(roots.get(key), r -> new ArrayList<>()).add(key);
    }
    List<Entity> entities = new ArrayList<>();
    Map<ActorKey, String> entityByKey = new HashMap<>();
    members.forEach(
        (root, keys) -> {
          Entity e = entity(root, keys, all, mentionsOf.apply(root, keys));
          entities.add(e);
          keys.forEach(k -> entityByKey.put(k, e.id()));
        });
    entities.sort(Comparator.comparing(Entity::id));
    return new LinkedEntities(entities, entityByKey);
  }

  private Entity entity(
      ActorKey root, List<ActorKey> keys, KeyTallies all, List<Mention> mentions) {
    List<KeyTally> tallies = keys.stream().map(all::tally).toList();
    KeyTally own = all.tally(root);
    String name = root.isKnowledgeBase() ? own.name() : bestName(tallies);
    Set<String> aliases = new LinkedHashSet<>();
    tallies.forEach(t -> aliases.addAll(t.aliases()));
    return new Entity(
        ContentId.of('e', root.wire()),
        name,
        own.type(),
        actorCode(root, tallies),
        List.copyOf(aliases),
        mentions);
  }

  private String actorCode(ActorKey root, List<KeyTally> tallies) {
    Optional<String> country = root.kbId(ActorKey.Kind.COUNTRY);
    if (country.isPresent()) {
      return kb.country(country.get()).map(Country::code).orElse(null);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    tallies.forEach(t -> t.actors().forEach((a, n) -> counts.merge(a, n, Integer::sum)));
    return mostFrequent(counts);
  }

  /**
   * The most frequent full name among the names written of these keys (in the order first
   * mentioned), longest first on a tie; the first key's first name when none was written.
   */
  private static String bestName(List<KeyTally> tallies) {
    Map<String, Integer> written = new LinkedHashMap<>();
    tallies.forEach(t -> t.names().forEach((n, c) -> written.merge(n, c, Integer::sum)));
    if (written.isEmpty()) {
      return tallies.get(0).name();
    }
    int words = 1;
    Map<String, Integer> longest = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : written.entrySet()) {
      int n = SPACES.split(e.getKey()).length;
      if (n > words) {
        words = n;
        longest.clear();
      }
      if (n == words) {
        longest.put(e.getKey(), e.getValue());
      }
    }
    return mostFrequent(longest);
  }

  /** The item counted most often, the first in string order on a tie; null for none. */
  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
