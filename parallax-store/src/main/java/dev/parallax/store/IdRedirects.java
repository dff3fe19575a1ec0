package dev.parallax.store;

import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.IdRedirect;
import dev.parallax.model.Mention;
import dev.parallax.report.ReportData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code id_redirects} table: when a run's corpus records replace the stored ones, a stored
 * entity or fused event whose id the new records no longer carry (two entities proved one, a new
 * report published earlier became an event's first report, two fused events were bridged by a new
 * report) redirects to the new record holding most of its mentions (ties: the smallest id). A
 * record whose id stays keeps it, so a survivor keeps its id and only the other's redirects.
 * Redirects already stored follow along: one whose target goes now points at the target's new id,
 * one whose target vanished without a successor goes, and one whose old id is carried again goes.
 *
 * <p>Cost: the stored ids of each kind are read once; mentions are read and matched only for the
 * ids that went, which a growing corpus keeps few.
 */
final class IdRedirects {
  static final String ENTITY = "entity";
  static final String EVENT = "event";

  /** The stored records of one kind whose ids the new records no longer carry, with mentions. */
  record Gone(String kind, Map<String, Set<String>> mentionsById) {}

  private IdRedirects() {}

  /** Before the stored records are replaced: the entities and events that {@code next} drops. */
  static List<Gone> gone(Connection db, ReportData next) throws SQLException {
    Set<String> entityIds = new HashSet<>();
    next.entities().forEach(e -> entityIds.add(e.id()));
    Set<String> eventIds = new HashSet<>();
    next.events().forEach(e -> eventIds.add(e.id()));
    return List.of(
        gone(db, ENTITY, "entities", entityIds, "entity_mentions", "entity", "''"),
        gone(db, EVENT, "events", eventIds, "event_mentions", "event", "trigger_word"));
  }

  private static Gone gone(
      Connection db,
      String kind,
      String table,
      Set<String> kept,
      String mentions,
      String owner,
      String trigger)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
      while (rs.next()) {
        if (!kept.contains(rs.getString(1))) {
          ids.add(rs.getString(1));
        }
      }
    }
    Map<String, Set<String>> byId = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT article, span_start, span_end, "
                + trigger
                + " FROM "
                + mentions
                + " WHERE "
                + owner
                + " = ?")) {
      for (String id : ids) {
        Set<String> keys = new HashSet<>();
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            keys.add(key(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
          }
        }
        byId.put(id, keys);
      }
    }
    return new Gone(kind, byId);
  }

  /**
   * After the new records are written: records where each gone id went ({@link IdRedirects}) and
   * keeps the stored redirects true. Returns the redirects added.
   */
  static List<IdRedirect> record(Connection db, ReportData next, List<Gone> gone)
      throws SQLException {
    List<IdRedirect> added = new ArrayList<>();
    for (Gone g : gone) {
      Map<String, String> idOfKey = newIds(next, g);
      for (Map.Entry<String, Set<String>> e : g.mentionsById().entrySet()) {
        String target = bestTarget(e.getValue(), idOfKey);
        follow(db, g.kind(), e.getKey(), target);
        if (target != null) {
          added.add(new IdRedirect(e.getKey(), target, g.kind()));
        }
      }
      try (PreparedStatement s =
          db.prepareStatement(
              "DELETE FROM id_redirects WHERE kind = ? AND old_id IN (SELECT id FROM "
                  + (g.kind().equals(ENTITY) ? "entities" : "events")
                  + ")")) {
        s.setString(1, g.kind());
        s.executeUpdate();
      }
    }
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO id_redirects (old_id, new_id, kind) VALUES (?, ?, ?)")) {
      for (IdRedirect r : added) {
        s.setString(1, r.oldId());
        s.setString(2, r.newId());
        s.setString(3, r.kind());
        s.addBatch();
      }
      s.executeBatch();
    }
    return added;
  }

  /** Earlier redirects to {@code old} now lead to {@code target}, or go when it is null. */
  private static void follow(Connection db, String kind, String old, String target)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            target == null
                ? "DELETE FROM id_redirects WHERE kind = ? AND new_id = ?"
                : "UPDATE id_redirects SET new_id = ? WHERE kind = ? AND new_id = ?")) {
      int i = 1;
      if (target != null) {
        s.setString(i++, target);
      }
      s.setString(i++, kind);
      s.setString(i, old);
      s.executeUpdate();
    }
    try (PreparedStatement s = db.prepareStatement("DELETE FROM id_redirects WHERE old_id = ?")) {
      s.setString(1, old);
      s.executeUpdate();
    }
  }

  /** The new record id of each mention key of the articles the gone records were read in. */
  private static Map<String, String> newIds(ReportData next, Gone gone) {
    Set<String> articles = new HashSet<>();
    gone.mentionsById().values().forEach(keys -> keys.forEach(k -> articles.add(articleOf(k))));
    Map<String, String> idOfKey = new HashMap<>();
    if (articles.isEmpty()) {
      return idOfKey;
    }
    if (gone.kind().equals(ENTITY)) {
      for (Entity e : next.entities()) {
        for (Mention m : e.mentions()) {
          if (articles.contains(m.article())) {
            idOfKey.put(key(m.article(), m.start(), m.end(), ""), e.id());
          }
        }
      }
    } else {
      for (Event e : next.events()) {
        for (EventMention m : e.mentions()) {
          if (articles.contains(m.article())) {
            idOfKey.put(key(m.article(), m.start(), m.end(), m.trigger()), e.id());
          }
        }
      }
    }
    return idOfKey;
  }

  /** The id holding most of {@code keys} (ties: the smallest id), or null for none. */
  private static String bestTarget(Set<String> keys, Map<String, String> idOfKey) {
    Map<String, Integer> shared = new TreeMap<>();
    for (String k : keys) {
      String id = idOfKey.get(k);
      if (id != null) {
        shared.merge(id, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : shared.entrySet()) {
      if (best == null || e.getValue() > shared.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Every stored redirect, by kind and old id. */
  static List<IdRedirect> all(Connection db) throws SQLException {
    List<IdRedirect> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT old_id, new_id, kind FROM id_redirects ORDER BY kind, old_id")) {
      while (rs.next()) {
        out.add(new IdRedirect(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  /** Where the record of {@code kind} with id {@code id} went, or null. */
  static String movedTo(Connection db, String kind, String id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT new_id FROM id_redirects WHERE old_id = ? AND kind = ?")) {
      s.setString(1, id);
      s.setString(2, kind);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String key(String article, int start, int end, String trigger) {
    return article
        + '\u0000'
        + start
        + '\u0000'
        + end
        + '\u0000'
        + (trigger == null ? "" : trigger);
  }

  private static String articleOf(String key) {
    return key.substring(0, key.indexOf('\u0000'));
  }
}
