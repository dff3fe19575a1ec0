package dev.parallax.store;

import dev.parallax.pipeline.QuoteSpeakers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a save by difference knows of the one before it (schema version 18): the articles whose
 * quotes ({@link QuoteRows}) and entity mentions ({@link MentionRows}) the tables hold as that save
 * wrote them, and the entity each actor mention key was linked to then ({@code entity_keys}).
 *
 * <p>A stored article's per-article results do not change while it is stored, so of its records
 * only the entities its actor mentions are linked to can change from run to run, and they change by
 * the mention's key. The articles kept are those stored before the run ({@link
 * QuoteSpeakers#asStored()}) up to {@code meta.keyed_through}, the last article seq the last such
 * save covered: an article stored after it (by the run, or by one that died before its records) is
 * written as new. With no {@code keyed_through} (a save without the speakers came between, or none
 * has run), no stored row is trusted: {@link #whole()}.
 */
final class KeyedSave {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedSave.class);

  /** The last article seq whose quotes and entity mentions the tables hold by key. */
  static final String THROUGH = "keyed_through";

  private final boolean whole;
  private final Set<String> kept;
  private final Map<String, String> stored;
  private final Map<String, String> entityOfKey;
  private final Set<String> moved = new HashSet<>();

  private KeyedSave(
      boolean whole, Set<String> kept, Map<String, String> stored, Map<String, String> now) {
    this.whole = whole;
    this.kept = kept;
    this.stored = stored;
    this.entityOfKey = now;
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (!e.getValue().equals(stored.get(e.getKey()))) {
        moved.add(e.getKey());
      }
    }
    stored.keySet().stream().filter(k -> !now.containsKey(k)).forEach(moved::add);
  }

  /** What the stored tables hold for a save given {@code speakers}, read before it writes. */
  static KeyedSave read(Connection db, QuoteSpeakers speakers) throws SQLException {
    String through = StoreSchema.meta(db, THROUGH);
    if (through == null) {
      return new KeyedSave(true, Set.of(), Map.of(), speakers.entityOfKey());
    }
    Set<String> fresh = new HashSet<>();
    try (PreparedStatement s = db.prepareStatement("SELECT id FROM articles WHERE seq > ?")) {
      s.setLong(1, Long.parseLong(through));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          fresh.add(rs.getString(1));
        }
      }
    }
    Set<String> kept = new HashSet<>();
    speakers.asStored().stream().filter(id -> !fresh.contains(id)).forEach(kept::add);
    Map<String, String> stored = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT mention_key, entity FROM entity_keys")) {
      while (rs.next()) {
        stored.put(rs.getString(1), rs.getString(2));
      }
    }
    return new KeyedSave(false, kept, stored, speakers.entityOfKey());
  }

  /** Notes that the tables no longer hold their rows by key: the next save writes all again. */
  static void forget(Connection db) throws SQLException {
    StoreSchema.setMeta(db, THROUGH, null);
  }

  /** Whether no stored row is kept: every quote and entity mention is written anew. */
  boolean whole() {
    return whole;
  }

  /** Whether the rows of article {@code id} are kept as the last save wrote them. */
  boolean kept(String id) {
    return kept.contains(id);
  }

  /** The number of articles kept. */
  int keptCount() {
    return kept.size();
  }

  /**
   * The keys whose entity is not the one stored: linked elsewhere, linked now and not before, or no
   * longer linked (none when {@link #whole()}).
   */
  Set<String> moved() {
    return whole ? Set.of() : moved;
  }

  /** The entity a key was linked to by the last save, or null. */
  String storedEntity(String key) {
    return stored.get(key);
  }

  /** The entity a key is linked to now, or null. */
  String entity(String key) {
    return entityOfKey.get(key);
  }

  /**
   * Deletes every row of {@code table} when {@link #whole()}, else those whose {@code column} is
   * one of {@code owners}; adds them to {@code count}.
   */
  void deleteRows(
      Connection db, String table, String column, Collection<String> owners, RowSync.Count count)
      throws SQLException {
    if (whole) {
      try (Statement s = db.createStatement()) {
        count.deleted += s.executeUpdate("DELETE FROM " + table);
      }
      return;
    }
    try (PreparedStatement s =
        db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
      for (String owner : owners) {
        s.setString(1, owner);
        count.deleted += s.executeUpdate();
      }
    }
  }

  /**
   * Brings {@code entity_keys} to the keys' entities now and {@code keyed_through} to the last
   * stored article: what the next save reads.
   */
  void finish(Connection db) throws SQLException {
    RecordTables.deleteKeys(db, "entity_keys", "mention_key", whole ? null : moved);
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO entity_keys (mention_key, entity) VALUES (?, ?)")) {
      for (String key : whole ? entityOfKey.keySet() : moved) {
        String entity = entityOfKey.get(key);
        if (entity != null) {
          insert.setString(1, key);
          insert.setString(2, entity);
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    StoreSchema.setMeta(db, THROUGH, Long.toString(RecordTables.lastSeq(db)));
    LOG.debug("entity_keys: {} keys linked anew", whole ? entityOfKey.size() : moved.size());
  }
}
