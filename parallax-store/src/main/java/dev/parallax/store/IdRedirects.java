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
 * ids that went, which a growing corpus keeps few, and redirects looked up only for the ids that
 * came.
 */
final class IdRedirects {
  /** The records that redirect, each with its tables and what tells one mention from another. */
  enum Kind {
    ENTITY("entity", "entities", "entity_mentions", "''"),
    EVENT("event", "events", "event_mentions", "trigger_word");

    /** The {@code kind} column's value. */
    final String name;

    private final String table;
    private final String mentions;
    private final String trigger;

    Kind(String name, String table, String mentions, String trigger) {
      this.name = name;
      this.table = table;
      this.mentions = mentions;
      this.trigger = trigger;
    }

    /** The ids of {@code next}'s records of this kind, in a set of their own. */
    private Set<String> ids(ReportData next) {
      Set<String> ids = new HashSet<>();
      if (this == ENTITY) {
        next.entities().forEach(e -> ids.add(e.id()));
      } else {
        next.events().forEach(e -> ids.add(e.id()));
      }
      return ids;
    }

    /** The record id of each mention key of {@code next} in one of {@code articles}. */
    private Map<String, String> idOfKey(ReportData next, Set<String> articles) {
      Map<String, String> idOfKey = new HashMap<>();
      if (this == ENTITY) {
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
  }

  /**
   * The stored records of one kind whose ids the new records no longer carry, with mentions, and
   * the ids the new records carry that no stored record does ({@code added}).
   */
  record Gone(Kind kind, Map<String, Set<String>> mentionsById, Set<String> added) {}

  private IdRedirects() {}

  /**
   * Before the stored records are replaced: the entities and events that {@code next} drops; the
   * events of the stories in the temporary table {@code leftStories} (or null), which {@code next}
   * leaves out and the save keeps as stored, are not among them.
   */
  static List<Gone> gone(Connection db, ReportData next, String leftStories) throws SQLException {
    List<Gone> gone = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      String where =
          kind == Kind.EVENT && leftStories != null
              ? " WHERE " + RowSync.outside("story", leftStories)
              : "";
      gone.add(gone(db, kind, kind.ids(next), where));
    }
    return gone;
  }

  /**
   * The gone records of {@code kind} among the stored ones {@code where} selects; {@code added}
   * holds the new ids, and keeps those not stored.
   */
  private static Gone gone(Connection db, Kind kind, Set<String> added, String where)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM " + kind.table + where)) {
      while (rs.next()) {
        if (!added.remove(rs.getString(1))) {
          ids.add(rs.getString(1));
        }
      }
    }
    Map<String, Set<String>> byId = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT article, span_start, span_end, "
                + kind.trigger
                + " FROM "
                + kind.mentions
                + " WHERE "
                + kind.name
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
    return new Gone(kind, byId, added);
  }

  /**
   * After the new records are written: records where each gone id went ({@link IdRedirects}) and
   * keeps the stored redirects true.
   */
  static void record(Connection db, ReportData next, List<Gone> gone) throws SQLException {
    List<IdRedirect> added = new ArrayList<>();
    try (Follow follow = new Follow(db)) {
      for (Gone g : gone) {
        Set<String> articles = new HashSet<>();
        g.mentionsById().values().forEach(keys -> keys.forEach(k -> articles.add(articleOf(k))));
        Map<String, String> idOfKey =
            articles.isEmpty() ? Map.of() : g.kind().idOfKey(next, articles);
        for (Map.Entry<String, Set<String>> e : g.mentionsById().entrySet()) {
          String target = bestTarget(e.getValue(), idOfKey);
          follow.to(g.kind().name, e.getKey(), target);
          if (target != null) {
            added.add(new IdRedirect(e.getKey(), target, g.kind().name));
          }
        }
        // a redirect's old id carried again goes: after every save no redirect's old id is a
        // record's, so only an id new in this save can be one (not every stored id is looked up)
        try (PreparedStatement s =
            db.prepareStatement("DELETE FROM id_redirects WHERE old_id = ? AND kind = ?")) {
          for (String id : g.added()) {
            s.setString(1, id);
            s.setString(2, g.kind().name);
            s.addBatch();
          }
          s.executeBatch();
        }
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
  }

  /**
   * The stored redirects' updates for retired ids, each statement prepared once (a save may retire
   * thousands); {@code id_redirects_by_target} finds the redirects pointing at an id.
   */
  private static final class Follow implements AutoCloseable {
    private final PreparedStatement retarget;
    private final PreparedStatement dropTo;
    private final PreparedStatement dropFrom;

    Follow(Connection db) throws SQLException {
      retarget =
          db.prepareStatement("UPDATE id_redirects SET new_id = ? WHERE kind = ? AND new_id = ?");
      dropTo = db.prepareStatement("DELETE FROM id_redirects WHERE kind = ? AND new_id = ?");
      dropFrom = db.prepareStatement("DELETE FROM id_redirects WHERE old_id = ?");
    }

    /** Earlier redirects to {@code old} now lead to {@code target}, or go when it is null. */
    void to(String kind, String old, String target) throws SQLException {
      if (target == null) {
        dropTo.setString(1, kind);
        dropTo.setString(2, old);
        dropTo.executeUpdate();
      } else {
        retarget.setString(1, target);
        retarget.setString(2, kind);
        retarget.setString(3, old);
        retarget.executeUpdate();
      }
      dropFrom.setString(1, old);
      dropFrom.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      try (retarget;
          dropTo;
          dropFrom) {
        // closes the three
      }
    }
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
