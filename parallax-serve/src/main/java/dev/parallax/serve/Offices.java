package dev.parallax.serve;

import dev.parallax.actors.KbHit;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.OfficeTerm;
import dev.parallax.model.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The offices an entity held, as the bundled knowledge base (actors/kb/offices.tsv) dates them. The
 * store keeps no link from an entity to a knowledge-base entry, so they are looked up when a page
 * asks: by the entity's name and each alias, matched as a full name or spelling variant (a surname
 * alone matches too many people to say who held an office).
 */
public final class Offices {
  private Offices() {}

  /**
   * One term in office.
   *
   * @param person the knowledge base's name for the holder
   * @param holder the country code or organisation whose office it is (may be empty)
   * @param office the title (may be empty)
   * @param function what the office is
   * @param code the CAMEO actor code of the person in office
   * @param start the first day (ISO, of any precision), null when unknown
   * @param end the day it ended, null while in office as far as the data knows
   * @param note acting terms, uncertainty (may be empty)
   */
  public record Office(
      String person,
      String holder,
      String office,
      String function,
      String code,
      String start,
      String end,
      String note) {}

  private static final class Kb {
    static final KnowledgeBase BUILT_IN = KnowledgeBase.builtIn();
  }

  /** The terms of the person the entity names, oldest first. */
  static List<Office> of(Entity entity) {
    Set<OfficeTerm> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<OfficeTerm> terms = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String name : names) {
      for (KbHit hit : Kb.BUILT_IN.lookup(name)) {
        if (hit.entry() instanceof OfficeTerm t
            && (hit.how() == KbHit.How.NAME || hit.how() == KbHit.How.ALIAS)
            && seen.add(t)) {
          terms.add(t);
        }
      }
    }
    return terms.stream()
        .map(
            t ->
                new Office(
                    t.person(),
                    t.holder(),
                    t.office(),
                    t.function().name(),
                    t.code(),
                    t.start().map(Object::toString).orElse(null),
                    t.end().map(Object::toString).orElse(null),
                    t.note()))
        .sorted(
            java.util.Comparator.comparing(
                Office::start,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
        .toList();
  }
}
