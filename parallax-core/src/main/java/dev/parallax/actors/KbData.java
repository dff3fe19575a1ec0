package dev.parallax.actors;

import dev.parallax.resources.Table;
import dev.parallax.resources.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the rows of the knowledge-base tables, a user's rows already layered over the bundled
 * ones by the rule loader (a user's rows for a key replace the bundled group of that key). Rows the
 * records refuse, and two rows that land on one key, are reported; of two, the later wins.
 * Organisations and outlets share one map: an id already taken by an organisation is not taken
 * again by an outlet. Not thread-safe (used while building a {@link KnowledgeBase} only).
 */
final class KbData {
  private static final Logger LOG = LoggerFactory.getLogger(KbData.class);

  final Map<String, Country> countries = new LinkedHashMap<>();
  final Map<String, Organization> organizations = new LinkedHashMap<>();
  final Map<String, List<Metonym>> metonyms = new LinkedHashMap<>();
  final Map<String, RoleCode> roles = new LinkedHashMap<>();
  final Map<String, OfficeTerm> terms = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

  void countries(Table t) {
    each(t, r -> put(countries, KbRows.country(r), Country::code, r));
  }

  void organizations(Table t) {
    each(t, r -> put(organizations, KbRows.organization(r), KbData::orgKey, r));
  }

  /** Outlets: a user's organisation row with an outlet's id stands for that outlet. */
  void media(Table t) {
    each(t, r -> organizations.putIfAbsent(orgKey(KbRows.organization(r)), KbRows.organization(r)));
  }

  void roles(Table t) {
    each(t, r -> put(roles, KbRows.role(r), RoleCode::code, r));
  }

  void terms(Table t) {
    each(t, r -> put(terms, KbRows.term(r), KbData::termKey, r));
  }

  void metonyms(Table t) {
    each(t, r -> addMetonym(KbRows.metonym(r)));
  }

  void problem(String message) {
    LOG.warn("knowledge base: {}", message);
    problems.add(message);
  }

  private void each(Table t, java.util.function.Consumer<TableRow> add) {
    for (TableRow row : t.rows()) {
      try {
        add.accept(row);
      } catch (RuntimeException e) {
        problem(row.where() + ": " + e.getMessage());
      }
    }
  }

  private void addMetonym(Metonym m) {
    List<Metonym> readings =
        metonyms.computeIfAbsent(SurfaceForm.key(m.surface()), k -> new ArrayList<>());
    // Spellings that fold to one key (Priština, Pristina) are one reading.
    if (readings.stream()
        .noneMatch(r -> r.target().equals(m.target()) && r.role().equals(m.role()))) {
      readings.add(m);
    }
  }

  private <T> void put(Map<String, T> map, T value, Function<T, String> key, TableRow row) {
    if (map.put(key.apply(value), value) != null) {
      problem(row.where() + ": repeats the key " + key.apply(value));
    }
  }

  private static String orgKey(Organization o) {
    return o.id().toUpperCase(Locale.ROOT);
  }

  static String termKey(OfficeTerm t) {
    return SurfaceForm.key(t.person())
        + "|"
        + t.holder()
        + "|"
        + SurfaceForm.key(t.office())
        + "|"
        + t.start().map(Object::toString).orElse("")
        + "|"
        + (t.office().isEmpty() ? t.code() : "");
  }
}
