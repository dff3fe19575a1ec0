package dev.parallax.store;

import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.Quote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What serve's entity and outlet pages ask of the store: one linked entity's records, newest first
 * and bounded, and an outlet's voices, labels and tone summed over all its stories. Each query
 * starts from an index: {@code quotes_by_speaker}, {@code events_by_source_entity}/{@code
 * events_by_target_entity}, {@code coverage_labels_by_entity}/{@code coverage_tone_by_entity}
 * (schema version 10); an outlet's sums are read from the tables {@link OutletSums} keeps with each
 * run's corpus records (summing them per request took 0.6 s for an outlet with 16,668 stories),
 * most used first along their (outlet, use) indexes.
 */
public final class EntityQueries {
  private EntityQueries() {}

  /** A quote with the date of its article as the corpus stages dated it (null when undated). */
  public record DatedQuote(Quote quote, String published) {}

  /**
   * A label one outlet gives an entity, summed over its stories.
   *
   * @param outlet the outlet (as coverage names it), or the entity when summed over an outlet
   * @param count how often the label is used, over all the stories
   * @param loaded whether the label is loaded in any of them
   * @param stories in how many stories
   */
  public record LabelUse(
      String outlet, String entity, String label, int count, boolean loaded, int stories) {}

  /** The mean tone of an outlet toward an entity in one month of the stories (or overall). */
  public record ToneCell(String outlet, String entity, String month, double mean, int stories) {}

  /**
   * Voices an outlet carries, summed over its stories: of one entity ({@code key} its id, null for
   * speakers not linked to an entity) or of one side ({@code key} the side, null when unknown).
   */
  public record VoiceSum(String key, String side, int quotes, int reported, int stories) {}

  /** An outlet's aggregates over all its stories. */
  public record OutletSums(
      List<VoiceSum> voicesByEntity,
      List<VoiceSum> voicesBySide,
      List<LabelUse> labels,
      List<ToneCell> tone) {}

  /** The entity with this id with its aliases (no mentions), or empty. */
  static Optional<Entity> entity(Connection db, String id) throws SQLException {
    List<String> aliases = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY position")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          aliases.add(rs.getString(1));
        }
      }
    }
    try (PreparedStatement s =
        db.prepareStatement("SELECT name, type, actor FROM entities WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Entity(
                id,
                rs.getString(1),
                EntityType.valueOf(rs.getString(2)),
                rs.getString(3),
                aliases,
                List.of()));
      }
    }
  }

  /**
   * The stored entities whose actor code starts with {@code code}, by code and name (the order of
   * the {@code entities_by_actor} index, so only the first {@code limit} are read), at most limit.
   */
  static List<Entity> entitiesOfActor(Connection db, String code, int limit) throws SQLException {
    List<Entity> out = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id, name, type, actor FROM entities WHERE actor >= ? AND actor < ?"
                + " ORDER BY actor, name LIMIT ?")) {
      s.setString(1, code);
      s.setString(2, ReaderQueries.prefixEnd(code));
      s.setInt(3, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Entity(
                  rs.getString(1),
                  rs.getString(2),
                  EntityType.valueOf(rs.getString(3)),
                  rs.getString(4),
                  List.of(),
                  List.of()));
        }
      }
    }
    return out;
  }

  /**
   * The newest {@code limit} quotes by the entity (by their article's date, undated last, ties by
   * quote id): the speaker index, then each quote's article by its key.
   */
  static List<DatedQuote> quotesBy(Connection db, String entity, int limit) throws SQLException {
    List<Object> ids = new ArrayList<>();
    Map<String, String> dates = new HashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT q.id, coalesce(a.inferred_published, a.published) AS d FROM quotes q"
                + " LEFT JOIN articles a ON a.id = q.article WHERE q.speaker_entity = ?"
                + " ORDER BY (coalesce(a.inferred_published, a.published) IS NULL), d DESC, q.id"
                + " LIMIT ?")) {
      s.setString(1, entity);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
          dates.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Quote> read = new HashMap<>();
    RecordTables.readQuotes(db, RecordTables.Where.in("id", ids)).forEach(q -> read.put(q.id(), q));
    List<DatedQuote> out = new ArrayList<>();
    for (Object id : ids) {
      Quote q = read.get((String) id);
      if (q != null) {
        out.add(new DatedQuote(q, dates.get((String) id)));
      }
    }
    return out;
  }

  /**
   * The newest {@code limit} events with the entity as source ({@code asSource}) or target: event
   * date newest first, undated last, ties by id descending; a range of the entity's date index.
   */
  static List<Event> eventsOf(Connection db, String entity, boolean asSource, int limit)
      throws SQLException {
    String column = asSource ? "source_entity" : "target_entity";
    List<Object> ids = new ArrayList<>();
    for (String dated :
        new String[] {
          "event_date IS NOT NULL ORDER BY event_date DESC, id DESC",
          "event_date IS NULL ORDER BY id DESC"
        }) {
      if (ids.size() >= limit) {
        break;
      }
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT id FROM events WHERE " + column + " = ? AND " + dated + " LIMIT ?")) {
        s.setString(1, entity);
        s.setInt(2, limit - ids.size());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Event> read = new HashMap<>();
    RecordTables.readEvents(db, RecordTables.Where.in("id", ids)).forEach(e -> read.put(e.id(), e));
    return ids.stream().map(read::get).filter(e -> e != null).toList();
  }

  /**
   * The labels each outlet gives the entity, summed over the outlet's stories: by outlet, then the
   * most used first; at most {@code limit} rows.
   */
  static List<LabelUse> labelsOf(Connection db, String entity, int limit) throws SQLException {
    return labels(
        db,
        "SELECT c.outlet, l.entity, l.label, sum(l.label_count) AS n, max(l.loaded), count(*)"
            + " FROM coverage_labels l JOIN coverage c ON c.id = l.coverage WHERE l.entity = ?"
            + " GROUP BY c.outlet, l.entity, l.label ORDER BY c.outlet, n DESC, l.label LIMIT ?",
        entity,
        limit);
  }

  /**
   * The mean tone of each outlet toward the entity in each month of the stories (the month of a
   * story's last date; a story dated to the year only counts under the year, an undated one under
   * null): the newest {@code limit} cells, in order of month and outlet.
   */
  static List<ToneCell> toneOf(Connection db, String entity, int limit) throws SQLException {
    List<ToneCell> out = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT c.outlet, substr(st.last_date, 1, 7) AS m, avg(t.score), count(*)"
                + " FROM coverage_tone t JOIN coverage c ON c.id = t.coverage"
                + " LEFT JOIN stories st ON st.id = c.story WHERE t.entity = ?"
                + " GROUP BY c.outlet, substr(st.last_date, 1, 7)"
                + " ORDER BY (substr(st.last_date, 1, 7) IS NULL), m DESC,"
                + " c.outlet LIMIT ?")) {
      s.setString(1, entity);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ToneCell(
                  rs.getString(1), entity, rs.getString(2), round(rs.getDouble(3)), rs.getInt(4)));
        }
      }
    }
    out.sort(
        java.util.Comparator.comparing(
                ToneCell::month,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(
                ToneCell::outlet,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    return out;
  }

  /**
   * An outlet's voices (by entity and by side), labels (by entity and label) and tone (by entity)
   * over all its stories, each the top {@code limit} by use.
   */
  static OutletSums outletSums(Connection db, String outlet, int limit) throws SQLException {
    List<VoiceSum> byEntity =
        voices(
            db,
            "SELECT entity, side, quotes, reported, stories FROM outlet_voice_sums"
                + " WHERE outlet = ? ORDER BY quotes DESC, entity LIMIT ?",
            outlet,
            limit);
    List<VoiceSum> bySide =
        voices(
            db,
            "SELECT side, side, quotes, reported, stories FROM outlet_side_sums"
                + " WHERE outlet = ? ORDER BY quotes DESC, side LIMIT ?",
            outlet,
            limit);
    List<LabelUse> labels =
        labels(
            db,
            "SELECT outlet, entity, label, uses, loaded, stories FROM outlet_label_sums"
                + " WHERE outlet = ? ORDER BY uses DESC, entity, label LIMIT ?",
            outlet,
            limit);
    List<ToneCell> tone = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT entity, score_sum, stories FROM outlet_tone_sums"
                + " WHERE outlet = ? ORDER BY stories DESC, entity LIMIT ?")) {
      s.setString(1, outlet);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          tone.add(
              new ToneCell(
                  outlet,
                  rs.getString(1),
                  null,
                  round(rs.getDouble(2) / rs.getInt(3)),
                  rs.getInt(3)));
        }
      }
    }
    return new OutletSums(byEntity, bySide, labels, tone);
  }

  private static List<VoiceSum> voices(Connection db, String sql, String outlet, int limit)
      throws SQLException {
    List<VoiceSum> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, outlet);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new VoiceSum(
                  rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
        }
      }
    }
    return out;
  }

  private static List<LabelUse> labels(Connection db, String sql, String key, int limit)
      throws SQLException {
    List<LabelUse> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, key);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new LabelUse(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getInt(5) != 0,
                  rs.getInt(6)));
        }
      }
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
