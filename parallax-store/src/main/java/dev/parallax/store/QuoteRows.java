package dev.parallax.store;

import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.pipeline.QuoteSpeakers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code quotes} table (schema version 17): one row per quote, with its speaker's actor mention
 * key ({@code speaker_key}) beside the entity it is linked to, and the entity of every linked key
 * in {@code entity_keys}.
 *
 * <p>A stored article's quotes follow from its per-article results, which do not change while it is
 * stored; of a quote's row only its speaker's entity can change from run to run, and it changes
 * with the entity its speaker's key is linked to. So a save given the quotes' speakers ({@link
 * QuoteSpeakers}) writes the quotes of the articles whose quotes it has not saved (those added
 * since the last save, {@code meta.quotes_through}), keeps the others' rows, and moves the speakers
 * of the keys whose entity changed, instead of comparing every quote of the corpus. A quote's
 * {@code digest} is of its row as written: a row whose speaker moved has none, so a save comparing
 * digests ({@link RowSync#digested}) writes it again.
 */
final class QuoteRows {
  private static final Logger LOG = LoggerFactory.getLogger(QuoteRows.class);

  /** The last article seq whose quotes the table holds with their speakers' keys. */
  static final String THROUGH = "quotes_through";

  static final List<String> COLUMNS =
      List.of(
          "id",
          "position",
          "article",
          "speaker_entity",
          "speaker_name",
          "text",
          "span_start",
          "span_end",
          "kind",
          "cue",
          "sieve",
          "reported_in",
          "speaker_key",
          "digest");

  private QuoteRows() {}

  /** The row of {@code q}: {@link #COLUMNS}' values. */
  static Object[] row(Quote q, int position, String speakerKey, String digest) {
    return new Object[] {
      q.id(),
      position,
      q.article(),
      q.speaker().entity(),
      q.speaker().name(),
      q.text(),
      q.start(),
      q.end(),
      q.kind().name(),
      q.cue(),
      q.sieve(),
      q.reportedIn(),
      speakerKey,
      digest
    };
  }

  /**
   * Brings the table to the quotes of {@code articles} (the corpus's, in output order), keeping the
   * rows of the articles whose quotes it holds already (stored before this run, {@code
   * speakers.asStored()}, and saved by a save through {@code meta.quotes_through}), whose quotes
   * are then not read; moves the speakers of the keys whose entity changed; adds what it wrote to
   * {@code count}. The rows of an article that leaves the corpus went with it ({@link Versions}).
   */
  static void save(
      Connection db, List<Article> articles, QuoteSpeakers speakers, RowSync.Count count)
      throws SQLException {
    String through = StoreSchema.meta(db, THROUGH);
    Set<String> fresh = new HashSet<>();
    if (through == null) {
      // no row has its speaker's key: every quote is written again
      try (Statement s = db.createStatement()) {
        count.deleted += s.executeUpdate("DELETE FROM quotes");
      }
    } else {
      try (PreparedStatement s = db.prepareStatement("SELECT id FROM articles WHERE seq > ?")) {
        s.setLong(1, Long.parseLong(through));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            fresh.add(rs.getString(1));
          }
        }
      }
    }
    Set<String> kept = new HashSet<>();
    if (through != null) {
      speakers.asStored().stream().filter(id -> !fresh.contains(id)).forEach(kept::add);
    }
    List<String> rewritten = new ArrayList<>();
    List<Quote> written = new ArrayList<>();
    for (Article a : articles) {
      if (!kept.contains(a.id())) {
        rewritten.add(a.id());
        written.addAll(speakers.quotesOf().apply(a.id()));
      }
    }
    if (through != null) {
      // an article saved before a run that died has no rows; one whose rows a save wrote is kept
      try (PreparedStatement s = db.prepareStatement("DELETE FROM quotes WHERE article = ?")) {
        for (String article : rewritten) {
          s.setString(1, article);
          count.deleted += s.executeUpdate();
        }
      }
    }
    insert(db, written, speakers.keyOf(), count);
    if (through != null) {
      moveSpeakers(db, speakers.entityOfKey(), count);
    } else {
      replaceKeys(db, speakers.entityOfKey());
    }
    StoreSchema.setMeta(db, THROUGH, Long.toString(RecordTables.lastSeq(db)));
    LOG.debug(
        "quotes: {} written, of {} articles; {} articles' quotes kept as saved",
        written.size(),
        rewritten.size(),
        kept.size());
  }

  /**
   * Notes that the quotes are no longer all keyed (a save without their speakers): the next save
   * given them writes every quote again.
   */
  static void forgetKeys(Connection db) throws SQLException {
    StoreSchema.setMeta(db, THROUGH, null);
  }

  /** Inserts {@code quotes} after every stored row, in their order. */
  private static void insert(
      Connection db, List<Quote> quotes, Function<Quote, String> keyOf, RowSync.Count count)
      throws SQLException {
    if (quotes.isEmpty()) {
      return;
    }
    int next;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(position), -1) FROM quotes")) {
      rs.next();
      next = rs.getInt(1) + 1;
    }
    String sql =
        "INSERT INTO quotes ("
            + String.join(", ", COLUMNS)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?"))
            + ")";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (Quote q : quotes) {
        RecordTables.row(s, row(q, next++, keyOf.apply(q), RecordTables.digest(q)));
      }
      s.executeBatch();
    }
    count.inserted += quotes.size();
  }

  /** The stored entity of each key. */
  private static Map<String, String> storedKeys(Connection db) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT mention_key, entity FROM entity_keys")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** Replaces the stored keys with {@code entityOfKey}. */
  private static void replaceKeys(Connection db, Map<String, String> entityOfKey)
      throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM entity_keys");
    }
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO entity_keys (mention_key, entity) VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : entityOfKey.entrySet()) {
        s.setString(1, e.getKey());
        s.setString(2, e.getValue());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Brings the stored keys to {@code entityOfKey} and the speakers of every quote whose key's
   * entity changed (or which is linked now and was not, or no longer) to it.
   */
  private static void moveSpeakers(
      Connection db, Map<String, String> entityOfKey, RowSync.Count count) throws SQLException {
    Map<String, String> stored = storedKeys(db);
    List<String> moved = new ArrayList<>();
    for (Map.Entry<String, String> e : entityOfKey.entrySet()) {
      if (!e.getValue().equals(stored.get(e.getKey()))) {
        moved.add(e.getKey());
      }
    }
    stored.keySet().stream().filter(k -> !entityOfKey.containsKey(k)).forEach(moved::add);
    if (moved.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
            db.prepareStatement("DELETE FROM entity_keys WHERE mention_key = ?");
        PreparedStatement insert =
            db.prepareStatement("INSERT INTO entity_keys (mention_key, entity) VALUES (?, ?)");
        PreparedStatement linked =
            db.prepareStatement(
                "UPDATE quotes SET speaker_entity = ?, digest = NULL WHERE speaker_key = ?"
                    + " AND (speaker_entity IS NULL OR speaker_entity <> ?)");
        PreparedStatement unlinked =
            db.prepareStatement(
                "UPDATE quotes SET speaker_entity = NULL, digest = NULL WHERE speaker_key = ?"
                    + " AND speaker_entity IS NOT NULL")) {
      for (String key : moved) {
        String entity = entityOfKey.get(key);
        delete.setString(1, key);
        delete.executeUpdate();
        if (entity == null) {
          unlinked.setString(1, key);
          count.updated += unlinked.executeUpdate();
        } else {
          insert.setString(1, key);
          insert.setString(2, entity);
          insert.executeUpdate();
          linked.setString(1, entity);
          linked.setString(2, key);
          linked.setString(3, entity);
          count.updated += linked.executeUpdate();
        }
      }
    }
    LOG.debug("entity_keys: {} keys linked anew", moved.size());
  }
}
