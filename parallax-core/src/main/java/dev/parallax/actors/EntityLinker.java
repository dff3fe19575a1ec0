package dev.parallax.actors;

import dev.parallax.model.ContentId;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    Map<ActorKey, List<ActorMention>> actorsByKey = new LinkedHashMap<>();
    for (ArticleActors a : articles) {
      for (ActorMention m : a.mentions()) {
        actorsByKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<ActorKey, String> names = new HashMap<>();
    Map<ActorKey, EntityType> types = new HashMap<>();
    Map<ActorKey, Set<String>> surfaces = new HashMap<>();
    actorsByKey.forEach(
        (key, ms) -> {
          names.put(key, bestName(ms));
          types.put(key, ms.get(0).type());
          surfaces.put(
              key,
              ms.stream()
                  .filter(EntityLinker::isName)
                  .map(ActorMention::text)
                  .collect(Collectors.toCollection(LinkedHashSet::new)));
          if (key instanceof ActorKey.NationalBody body) {
            // a national body is also named without its country ("the Food Safety Agency")
            surfaces.get(key).add(body.name());
          }
        });
    Map<ActorKey, ActorKey> roots = new NameMerger(variants).merge(names, types, surfaces);
    Map<ActorKey, List<ActorKey>> members = new LinkedHashMap<>();
    for (ActorKey key : actorsByKey.keySet()) {
      members.computeIfAbsent(roots.get(key), r -> new ArrayList<>()).add(key);
    }
    Map<ActorKey, List<Mention>> mentionsByRoot = new HashMap<>();
    for (ArticleActors a : articles) {
      for (ActorMention m : a.mentions()) {
        mentionsByRoot
            .computeIfAbsent(roots.get(m.key()), k -> new ArrayList<>())
            .add(new Mention(a.article(), m.start(), m.end(), m.text()));
      }
    }
    List<Entity> entities = new ArrayList<>();
    Map<ActorKey, String> entityByKey = new HashMap<>();
    members.forEach(
        (root, keys) -> {
          Entity e = entity(root, keys, actorsByKey, names, mentionsByRoot.get(root));
          entities.add(e);
          keys.forEach(k -> entityByKey.put(k, e.id()));
        });
    entities.sort(Comparator.comparing(Entity::id));
    return new LinkedEntities(entities, entityByKey);
  }

  private Entity entity(
      ActorKey root,
      List<ActorKey> keys,
      Map<ActorKey, List<ActorMention>> actorsByKey,
      Map<ActorKey, String> names,
      List<Mention> mentions) {
    List<ActorMention> all = new ArrayList<>();
    for (ActorKey k : keys) {
      all.addAll(actorsByKey.get(k));
    }
    // a root alone in its entity has the best name of its own mentions, found already
    String name =
        root.isKnowledgeBase()
            ? actorsByKey.get(root).get(0).name()
            : keys.size() == 1 ? names.get(keys.get(0)) : bestName(all);
    Set<String> aliases = new LinkedHashSet<>();
    all.stream()
        .filter(m -> m.how() != ActorMention.How.PRONOUN)
        .forEach(m -> aliases.add(m.text().strip()));
    return new Entity(
        ContentId.of('e', root.wire()),
        name,
        actorsByKey.get(root).get(0).type(),
        actorCode(root, all),
        List.copyOf(aliases),
        mentions);
  }

  private String actorCode(ActorKey root, List<ActorMention> all) {
    Optional<String> country = root.kbId(ActorKey.Kind.COUNTRY);
    if (country.isPresent()) {
      return kb.country(country.get()).map(Country::code).orElse(null);
    }
    return mostFrequent(
        all.stream().map(ActorMention::actor).filter(a -> a != null).toList(), Function.identity());
  }

  /** The most frequent full name among the names written, longest first on a tie. */
  private static String bestName(List<ActorMention> ms) {
    List<String> written =
        ms.stream().filter(EntityLinker::isName).map(ActorMention::name).toList();
    if (written.isEmpty()) {
      return ms.get(0).name();
    }
    // each name's words counted once: an entity of a large corpus has many mentions of few names
    Map<String, Integer> wordsOf = new HashMap<>();
    written.forEach(n -> wordsOf.computeIfAbsent(n, x -> SPACES.split(x).length));
    int words = wordsOf.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    return mostFrequent(
        written.stream().filter(n -> wordsOf.get(n) == words).toList(), Function.identity());
  }

  private static boolean isName(ActorMention m) {
    return m.how() != ActorMention.How.PRONOUN && m.how() != ActorMention.How.DESCRIPTION;
  }

  private static <T> T mostFrequent(List<T> items, Function<T, String> tieBreak) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    items.forEach(i -> counts.merge(i, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<T, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> tieBreak.apply(e.getKey()), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
