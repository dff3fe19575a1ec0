package dev.parallax.eval;

import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairwise precision and recall of entity merges against an answer key that lists each entity with
 * the names it goes by. The key's names (aliases that start with a capital letter; lower-case
 * descriptions such as "the minister" are left out, since one description can name different people
 * in different articles) are found in every article body as whole words, the longest first; a name
 * listed under two entities is left out. Each occurrence takes the entity of the actor mention at
 * its place ({@link ArticleActors#at}), or stays alone when none was found. Precision is the share
 * of occurrence pairs put in one entity that the key puts in one entity; recall the share of pairs
 * the key puts in one entity that were put in one entity. Pure.
 */
public final class EntityMergeEvaluation {
  private EntityMergeEvaluation() {}

  /** An entity of the answer key. */
  public record GoldEntity(String name, List<String> aliases) {
    public GoldEntity {
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * Pair counts.
   *
   * @param occurrences key names found in the bodies
   * @param found occurrences that an actor mention covers
   * @param truePairs pairs joined by both
   * @param predictedPairs pairs joined by the system
   * @param goldPairs pairs joined by the key
   */
  public record Score(
      int occurrences, int found, long truePairs, long predictedPairs, long goldPairs) {
    /** Pairwise precision, recall and F1 of the merges. */
    public Prf prf() {
      return Prf.of(truePairs, predictedPairs, goldPairs);
    }

    public double precision() {
      return prf().precision();
    }

    public double recall() {
      return prf().recall();
    }

    public String summary() {
      return String.format(
          Locale.ROOT,
          "{\"task\":\"actors\",\"merge_precision\":%.4f,\"merge_recall\":%.4f,\"merge_f1\":%.4f,"
              + "\"occurrences\":%d,\"found\":%d}",
          precision(),
          recall(),
          prf().f1(),
          occurrences,
          found);
    }
  }

  private record Occurrence(String gold, String system) {}

  /** Scores the linked entities of {@code actors} on {@code articles} against {@code key}. */
  public static Score score(
      List<Article> articles,
      List<ArticleActors> actors,
      LinkedEntities linked,
      List<GoldEntity> key) {
    Map<String, String> goldOfAlias = aliases(key);
    List<String> sorted = new ArrayList<>(goldOfAlias.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    Map<String, ArticleActors> byArticle = new HashMap<>();
    actors.forEach(a -> byArticle.put(a.article(), a));
    List<Occurrence> found = new ArrayList<>();
    int covered = 0;
    for (Article article : articles) {
      boolean[] taken = new boolean[article.body().length()];
      for (String alias : sorted) {
        Matcher m =
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])")
                .matcher(article.body());
        while (m.find()) {
          if (free(taken, m.start(), m.end())) {
            String system = systemEntity(byArticle.get(article.id()), linked, article, m);
            covered += system == null ? 0 : 1;
            String id = system != null ? system : "alone:" + article.id() + ":" + m.start();
            found.add(new Occurrence(goldOfAlias.get(alias), id));
          }
        }
      }
    }
    return new Score(
        found.size(),
        covered,
        pairs(found, o -> o.gold() + "\u0000" + o.system()),
        pairs(found, Occurrence::system),
        pairs(found, Occurrence::gold));
  }

  private static Map<String, String> aliases(List<GoldEntity> key) {
    Map<String, String> out = new HashMap<>();
    Map<String, Integer> owners = new HashMap<>();
    for (GoldEntity e : key) {
      for (String a : e.aliases()) {
        String alias = a.replace("\"", "").strip();
        if (!alias.isEmpty()
            && Character.isUpperCase(alias.codePointAt(0))
            && !e.name().equals(out.get(alias))) {
          owners.merge(alias, 1, Integer::sum);
          out.put(alias, e.name());
        }
      }
    }
    owners.forEach(
        (alias, n) -> {
          if (n > 1) {
            out.remove(alias);
          }
        });
    return out;
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    return true;
  }

  private static String systemEntity(
      ArticleActors actors, LinkedEntities linked, Article article, Matcher m) {
    if (actors == null) {
      return null;
    }
    return actors
        .at(m.start(), m.end())
        .flatMap(mention -> linked.entityOf(article.id(), mention))
        .orElse(null);
  }

  private static long pairs(
      List<Occurrence> all, java.util.function.Function<Occurrence, String> by) {
    Map<String, Long> counts = new HashMap<>();
    for (Occurrence o : all) {
      counts.merge(by.apply(o), 1L, Long::sum);
    }
    return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }
}
