package dev.parallax.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Surface-form index over all entries: the {@link SurfaceForm#key key} of every name, alias,
 * demonym, metonym, surname and role noun. Short acronyms written in capitals ("US", "WHO") only
 * match surfaces without lower-case letters, and a surname alone only a capitalised surface, so the
 * words "who", "us", "may" and "ban" stay words. Immutable after {@link KnowledgeBase} builds it.
 */
final class KbIndex {
  /** What the letter case of a surface must be for a slot to match. */
  private enum CaseRule {
    ANY,
    INITIAL_CAPITAL,
    ALL_CAPITALS
  }

  private record Slot(KbHit hit, CaseRule rule) {
    boolean accepts(String surface) {
      return switch (rule) {
        case ANY -> true;
        case INITIAL_CAPITAL ->
            !surface.isBlank() && Character.isUpperCase(surface.strip().charAt(0));
        case ALL_CAPITALS -> SurfaceForm.isCapitalized(surface);
      };
    }
  }

  private final Map<String, List<Slot>> byKey = new HashMap<>();

  void add(String surface, KbEntry entry, KbHit.How how) {
    String key = SurfaceForm.key(surface);
    if (key.isEmpty()) {
      return;
    }
    CaseRule rule = CaseRule.ANY;
    if (how == KbHit.How.ROLE_NOUN) {
      rule = CaseRule.ANY;
    } else if (SurfaceForm.isShortAcronym(surface)) {
      rule = CaseRule.ALL_CAPITALS;
    } else if (how == KbHit.How.SURNAME || how == KbHit.How.DEMONYM) {
      rule = CaseRule.INITIAL_CAPITAL;
    }
    List<Slot> slots = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    for (Slot s : slots) {
      if (s.hit().entry() == entry && s.hit().how() == how) {
        return;
      }
    }
    slots.add(new Slot(new KbHit(entry, how), rule));
  }

  /** Indexes every name of every entry. */
  void addEntries(
      List<Country> countries,
      List<Organization> organizations,
      List<Metonym> metonyms,
      List<RoleCode> roles,
      List<OfficeTerm> terms) {
    for (Country c : countries) {
      add(c.name(), c, KbHit.How.NAME);
      add(c.officialName(), c, KbHit.How.NAME);
      addAll(c.aliases(), c, KbHit.How.ALIAS);
      addAll(c.demonyms(), c, KbHit.How.DEMONYM);
    }
    for (Organization o : organizations) {
      add(o.name(), o, KbHit.How.NAME);
      addAll(o.aliases(), o, KbHit.How.ALIAS);
    }
    metonyms.forEach(m -> add(m.surface(), m, KbHit.How.METONYM));
    roles.forEach(r -> addAll(r.nouns(), r, KbHit.How.ROLE_NOUN));
    for (OfficeTerm t : terms) {
      add(t.person(), t, KbHit.How.NAME);
      addAll(t.variants(), t, KbHit.How.ALIAS);
      add(t.surname(), t, KbHit.How.SURNAME);
    }
  }

  private void addAll(List<String> surfaces, KbEntry entry, KbHit.How how) {
    surfaces.forEach(s -> add(s, entry, how));
  }

  /** All hits for {@code surface}, names before aliases before demonyms, metonyms and surnames. */
  List<KbHit> find(String surface) {
    List<Slot> slots = byKey.get(SurfaceForm.key(surface));
    if (slots == null) {
      return List.of();
    }
    return slots.stream()
        .filter(s -> s.accepts(surface))
        .map(Slot::hit)
        .sorted(Comparator.comparing(KbHit::how))
        .toList();
  }

  int size() {
    return byKey.size();
  }
}
