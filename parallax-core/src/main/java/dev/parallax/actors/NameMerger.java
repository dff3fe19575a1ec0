package dev.parallax.actors;

import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which mention keys of a corpus name the same actor although their articles resolved them
 * apart: full names that are transliterations of each other (Nikolai Gritsenko and Mikalai
 * Hrytsenka, Alena and Elena Kovalevskaya), a surname alone and the one full name with that
 * surname, an acronym or alias and the one entity seen with it. Two knowledge-base entries are
 * never merged, a name matching two of them joins neither, a surname shared by two different full
 * names joins neither, and a feminine and a masculine surname stay apart. Used by one thread.
 */
final class NameMerger {
  /** Names are tried in the order of their keys' strings: the order decides ties. */
  private static final Comparator<ActorKey> BY_WIRE = Comparator.comparing(ActorKey::wire);

  private final NameVariants variants;
  private final Map<ActorKey, ActorKey> parent = new HashMap<>();

  NameMerger(NameVariants variants) {
    this.variants = variants;
  }

  /**
   * The root key of each key.
   *
   * @param names canonical name of each key
   * @param types type of each key
   * @param surfaces every surface form seen under each key (no pronouns or descriptions)
   */
  Map<ActorKey, ActorKey> merge(
      Map<ActorKey, String> names,
      Map<ActorKey, EntityType> types,
      Map<ActorKey, Set<String>> surfaces) {
    names.keySet().forEach(k -> parent.put(k, k));
    List<ActorKey> fullNames = new ArrayList<>();
    List<ActorKey> surnames = new ArrayList<>();
    for (ActorKey key : names.keySet()) {
      if (types.get(key) == EntityType.PERSON) {
        (names.get(key).strip().contains(" ") ? fullNames : surnames).add(key);
      }
    }
    Map<String, List<ActorKey>> bySurname = new HashMap<>();
    fullNames.sort(BY_WIRE);
    for (ActorKey f : fullNames) {
      bySurname
          .computeIfAbsent(variants.skeleton(surnameVariant(names.get(f))), x -> new ArrayList<>())
          .add(f);
    }
    for (ActorKey a : fullNames) {
      if (a instanceof ActorKey.Name) {
        List<ActorKey> group = bySurname.get(variants.skeleton(surnameVariant(names.get(a))));
        joinUnique(a, group.stream().filter(b -> !b.equals(a) && same(names, a, b)).toList(), true);
      }
    }
    surnames.sort(BY_WIRE);
    for (ActorKey s : surnames) {
      if (s instanceof ActorKey.Name) {
        String v = variants.variant(names.get(s));
        List<ActorKey> group = bySurname.getOrDefault(variants.skeleton(v), List.of());
        joinUnique(
            s, group.stream().filter(f -> surnameVariant(names.get(f)).equals(v)).toList(), false);
      }
    }
    joinAliases(names, types, surfaces);
    Map<ActorKey, ActorKey> roots = new HashMap<>();
    names.keySet().forEach(k -> roots.put(k, find(k)));
    return roots;
  }

  /**
   * Joins {@code key} to the entities of {@code others}: to all of them when {@code all} (spellings
   * of one full name), else only when they are one entity; never when two knowledge-base entries
   * are among them.
   */
  private void joinUnique(ActorKey key, List<ActorKey> others, boolean all) {
    if (others.stream().filter(ActorKey::isKnowledgeBase).count() > 1) {
      return;
    }
    Set<ActorKey> roots = new HashSet<>();
    others.forEach(o -> roots.add(find(o)));
    roots.remove(find(key));
    if (roots.size() == 1 || all) {
      roots.forEach(r -> union(key, r));
    }
  }

  /** An unresolved name equal to a surface form of exactly one other entity of its type. */
  private void joinAliases(
      Map<ActorKey, String> names,
      Map<ActorKey, EntityType> types,
      Map<ActorKey, Set<String>> surfaces) {
    Map<String, Set<ActorKey>> rootsBySurface = new HashMap<>();
    surfaces.forEach(
        (key, forms) ->
            forms.forEach(
                f ->
                    rootsBySurface
                        .computeIfAbsent(variants.variant(f), x -> new HashSet<>())
                        .add(key)));
    for (ActorKey key : names.keySet()) {
      if (!(key instanceof ActorKey.Name) || types.get(key) == EntityType.PERSON) {
        continue;
      }
      Set<ActorKey> roots = new HashSet<>();
      for (ActorKey other :
          rootsBySurface.getOrDefault(variants.variant(names.get(key)), Set.of())) {
        if (types.get(other) == types.get(key) || types.get(key) == EntityType.ORGANIZATION) {
          roots.add(find(other));
        }
      }
      roots.remove(find(key));
      if (roots.size() == 1) {
        union(key, roots.iterator().next());
      }
    }
  }

  /** Two full names that are spellings of one person's name. */
  private boolean same(Map<ActorKey, String> names, ActorKey a, ActorKey b) {
    String[] x = variants.variant(names.get(a)).split(" ");
    String[] y = variants.variant(names.get(b)).split(" ");
    String sx = x[x.length - 1];
    String sy = y[y.length - 1];
    if (!variants.skeleton(sx).equals(variants.skeleton(sy))
        || variants.feminine(sx) != variants.feminine(sy)) {
      return false;
    }
    String gx = variants.skeleton(String.join(" ", java.util.Arrays.copyOf(x, x.length - 1)));
    String gy = variants.skeleton(String.join(" ", java.util.Arrays.copyOf(y, y.length - 1)));
    boolean sameGiven = x[0].equals(y[0]) || gx.equals(gy);
    return (sameGiven || gx.length() >= 3 && distance(gx, gy) <= 1)
        && (x[0].equals(y[0]) || sx.equals(sy) || variants.skeleton(sx).length() >= 3);
  }

  private String surnameVariant(String name) {
    String[] words = variants.variant(name).split(" ");
    return words[words.length - 1];
  }

  /** Edit distance of two equal-length strings, or more when lengths differ by more than one. */
  private static int distance(String a, String b) {
    if (a.length() != b.length()) {
      return Math.abs(a.length() - b.length()) + 1;
    }
    int d = 0;
    for (int i = 0; i < a.length(); i++) {
      d += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return d;
  }

  private ActorKey find(ActorKey k) {
    ActorKey p = parent.getOrDefault(k, k);
    if (p.equals(k)) {
      return k;
    }
    ActorKey r = find(p);
    parent.put(k, r);
    return r;
  }

  /** Joins two sets, keeping a knowledge-base key as the root; never joins two KB roots. */
  private void union(ActorKey a, ActorKey b) {
    ActorKey ra = find(a);
    ActorKey rb = find(b);
    if (ra.equals(rb) || ra.isKnowledgeBase() && rb.isKnowledgeBase()) {
      return;
    }
    if (ra.isKnowledgeBase()) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }
}
