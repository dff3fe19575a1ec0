package dev.parallax.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects rows from the built-in and user files. A later row with the key of an earlier one
 * replaces it in place: countries by code, organisations by id, roles by code, office terms by
 * person, holder, office and start. For metonyms a user file restates a surface: its rows replace
 * every built-in row of that surface. Bad rows are skipped and reported; not thread-safe (used
 * while building a {@link KnowledgeBase} only).
 */
final class KbData {
  private static final Logger LOG = LoggerFactory.getLogger(KbData.class);

  final Map<String, Country> countries = new LinkedHashMap<>();
  final Map<String, Organization> organizations = new LinkedHashMap<>();
  final Map<String, List<Metonym>> metonyms = new LinkedHashMap<>();
  final Map<String, RoleCode> roles = new LinkedHashMap<>();
  final Map<String, OfficeTerm> terms = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();
  private final Set<String> restatedSurfaces = new HashSet<>();

  void add(KbTsv.Parsed parsed, boolean user) {
    for (KbTsv.Row row : parsed.rows()) {
      try {
        addRow(parsed.table(), row, user);
      } catch (RuntimeException e) {
        problem(row.where() + ": " + e.getMessage());
      }
    }
  }

  void problem(String message) {
    LOG.warn("knowledge base: {}", message);
    problems.add(message);
  }

  private void addRow(KbTable table, KbTsv.Row row, boolean user) {
    if (row.cells().size() > table.columns().size()) {
      throw new IllegalArgumentException(
          row.cells().size() + " cells, the header has " + table.columns().size());
    }
    switch (table) {
      case COUNTRIES -> put(countries, KbRows.country(row), Country::code, row, user);
      case ORGANIZATIONS ->
          put(
              organizations,
              KbRows.organization(row),
              o -> o.id().toUpperCase(Locale.ROOT),
              row,
              user);
      case ROLES -> put(roles, KbRows.role(row), RoleCode::code, row, user);
      case OFFICES -> put(terms, KbRows.term(row), KbData::termKey, row, user);
      case METONYMS -> addMetonym(KbRows.metonym(row), user);
    }
  }

  private void addMetonym(Metonym m, boolean user) {
    String key = SurfaceForm.key(m.surface());
    if (user && restatedSurfaces.add(key)) {
      metonyms.remove(key);
    }
    List<Metonym> readings = metonyms.computeIfAbsent(key, k -> new ArrayList<>());
    // Spellings that fold to one key (Priština, Pristina) are one reading.
    if (readings.stream()
        .noneMatch(r -> r.target().equals(m.target()) && r.role().equals(m.role()))) {
      readings.add(m);
    }
  }

  /** Built-in files must not repeat a key; user files replace on purpose. */
  private <T> void put(
      Map<String, T> map, T value, Function<T, String> key, KbTsv.Row row, boolean user) {
    if (map.put(key.apply(value), value) != null && !user) {
      problem(row.where() + ": repeats the key " + key.apply(value));
    }
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
