package dev.parallax.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.actors.ActorKey;
import dev.parallax.actors.KeyTallies;
import dev.parallax.actors.KeyTally;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.StoredTallies;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code key_tallies} table (schema version 20): the tallies of the stored articles' actor
 * mentions ({@link KeyTallies}), one row per key in the order the keys were first mentioned, so
 * that a run links the entities from them and the mentions of its new articles instead of reading
 * every stored mention.
 *
 * <p>They sum up the articles through {@code meta.keyed_through}, the articles whose entity
 * mentions the tables hold by key ({@link KeyedSave}): a save by key writes both, in one
 * transaction. {@code meta.tallied_articles} counts those articles; when fewer are stored through
 * {@code keyed_through} (a later version replaced one, {@link Versions}), the tallies no longer
 * hold and the next run links from every mention, writing them whole.
 */
final class KeyTallyRows {
  private static final Logger LOG = LoggerFactory.getLogger(KeyTallyRows.class);
  private static final ObjectMapper MAPPER = Jsonl.mapper();

  /** The number of articles the stored tallies sum up. */
  static final String ARTICLES = "tallied_articles";

  private KeyTallyRows() {}

  /** The stored tallies, or null when there are none or they no longer hold. */
  static StoredTallies read(Connection db) throws SQLException {
    String through = StoreSchema.meta(db, KeyedSave.THROUGH);
    String tallied = StoreSchema.meta(db, ARTICLES);
    if (through == null || tallied == null) {
      return null;
    }
    int articles = 0;
    String last = null;
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT count(*), (SELECT id FROM articles WHERE seq = (SELECT max(seq) FROM articles"
                + " WHERE seq <= ?)) FROM articles WHERE seq <= ?")) {
      s.setLong(1, Long.parseLong(through));
      s.setLong(2, Long.parseLong(through));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        articles = rs.getInt(1);
        last = rs.getString(2);
      }
    }
    if (articles != Integer.parseInt(tallied)) {
      LOG.info(
          "the actor mentions' tallies sum up {} articles, {} of which are stored: linking from"
              + " every mention",
          tallied,
          articles);
      return null;
    }
    Map<ActorKey, KeyTally> tallies = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT mention_key, tally FROM key_tallies ORDER BY position")) {
      while (rs.next()) {
        tallies.put(ActorKey.parse(rs.getString(1)), tally(rs.getString(1), rs.getBytes(2)));
      }
    }
    return new StoredTallies(KeyTallies.of(tallies), articles, last);
  }

  /**
   * Saves {@code all}, the tallies of every stored article, after {@link KeyedSave#finish} brought
   * {@code keyed_through} to the last of them: the rows of the keys in {@code changed}, or every
   * row for null.
   */
  static void save(Connection db, KeyTallies all, Set<ActorKey> changed) throws SQLException {
    RecordTables.deleteKeys(
        db,
        "key_tallies",
        "mention_key",
        changed == null ? null : changed.stream().map(ActorKey::wire).toList());
    int written = 0;
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO key_tallies (mention_key, position, tally) VALUES (?, ?, ?)")) {
      int position = 0;
      for (Map.Entry<ActorKey, KeyTally> e : all.tallies().entrySet()) {
        if (changed == null || changed.contains(e.getKey())) {
          RecordTables.row(s, e.getKey().wire(), position, Jsonl.line(e.getValue()));
          written++;
        }
        position++;
      }
      s.executeBatch();
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      StoreSchema.setMeta(db, ARTICLES, Long.toString(rs.getLong(1)));
    }
    LOG.debug("key tallies: {} of {} keys written", written, all.keys().size());
  }

  /** Notes that there are no stored tallies: the next run links from every mention. */
  static void forget(Connection db) throws SQLException {
    StoreSchema.setMeta(db, ARTICLES, null);
    RecordTables.deleteKeys(db, "key_tallies", "mention_key", null);
  }

  private static KeyTally tally(String key, byte[] json) {
    try {
      return MAPPER.readValue(json, KeyTally.class);
    } catch (IOException e) {
      throw new StoreException(
          "the stored tally of actor key " + key + " no longer reads: " + e, e);
    }
  }
}
