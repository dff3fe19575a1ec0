package dev.parallax.store;

import dev.parallax.model.Entity;
import dev.parallax.model.GrownList;
import dev.parallax.model.Mention;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code entity_mentions} table written by difference (schema version 18): each entity's
 * mentions in corpus order, the articles' order then each article's, so that a corpus grown by new
 * articles adds to the end of an entity's list.
 *
 * <p>A kept article's mentions ({@link KeyedSave}) do not change, and they belong to the entity
 * their key is linked to. So an entity none of whose keys moved, whose list starts with exactly the
 * kept articles' mentions and holds as many of them as its stored rows ({@code
 * entities.mention_count}), keeps its rows and gets the rest of its list after them; any other
 * entity's rows are written whole, and a gone entity's deleted. A save then reads each entity's
 * list once, to check its articles, rather than comparing every mention's row.
 */
final class MentionRows {
  private static final Logger LOG = LoggerFactory.getLogger(MentionRows.class);

  /** An entity's mentions to insert from {@code from} on. */
  private record Tail(Entity entity, int from) {}

  private final List<Tail> tails;

  private MentionRows(List<Tail> tails) {
    this.tails = tails;
  }

  /**
   * Deletes the stored rows of the entities that are gone or written whole, before the entities'
   * own rows are synced; what is left to insert is {@link #insert}'s, after them.
   */
  static MentionRows deleteStale(
      Connection db, List<Entity> entities, KeyedSave keyed, RowSync.Count count)
      throws SQLException {
    List<Tail> tails = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    if (keyed.whole()) {
      entities.forEach(e -> tails.add(new Tail(e, 0)));
    } else {
      stale = plan(db, entities, keyed, tails);
    }
    keyed.deleteRows(db, "entity_mentions", "entity", stale, count);
    return new MentionRows(tails);
  }

  /**
   * Adds to {@code tails} each entity's mentions to insert, after its stored rows when they are
   * kept; returns the entities whose stored rows are not kept (written whole, or gone).
   */
  private static List<String> plan(
      Connection db, List<Entity> entities, KeyedSave keyed, List<Tail> tails) throws SQLException {
    Map<String, Integer> stored = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, mention_count FROM entities")) {
      while (rs.next()) {
        int n = rs.getInt(2);
        stored.put(rs.getString(1), rs.wasNull() ? -1 : n);
      }
    }
    // a key that was linked before may have kept mentions: the entities it left and joined change
    Set<String> rekeyed = new HashSet<>();
    for (String key : keyed.moved()) {
      String was = keyed.storedEntity(key);
      if (was != null) {
        rekeyed.add(was);
        String now = keyed.entity(key);
        if (now != null) {
          rekeyed.add(now);
        }
      }
    }
    List<String> stale = new ArrayList<>();
    int kept = 0;
    for (Entity e : entities) {
      Integer rows = stored.remove(e.id());
      int from = rows == null || rekeyed.contains(e.id()) ? -1 : kept(e.mentions(), keyed);
      if (from >= 0 && from == rows) {
        kept++;
        tails.add(new Tail(e, from));
      } else {
        if (rows != null) {
          stale.add(e.id());
        }
        tails.add(new Tail(e, 0));
      }
    }
    stale.addAll(stored.keySet());
    LOG.debug(
        "entity mentions: {} entities' rows kept, {} written whole or gone", kept, stale.size());
    return stale;
  }

  /**
   * The number of kept articles' mentions at the start of {@code mentions} when no other comes
   * before one of them, else -1. An entity linked from the stored tallies ({@link KeyTallyRows})
   * holds its mentions as a {@link GrownList}: those of the articles the tallies sum up, the
   * articles through {@code keyed_through} that are the kept ones, come first, and their number is
   * known without reading them.
   */
  private static int kept(List<Mention> mentions, KeyedSave keyed) {
    return mentions instanceof GrownList<Mention> grown
        ? grown.before()
        : keptPrefix(mentions, keyed);
  }

  /**
   * The number of kept articles' mentions at the start of {@code mentions} when no other comes
   * before one of them, else -1.
   */
  private static int keptPrefix(List<Mention> mentions, KeyedSave keyed) {
    int kept = 0;
    for (int i = 0; i < mentions.size(); i++) {
      if (keyed.kept(mentions.get(i).article())) {
        if (kept < i) {
          return -1;
        }
        kept++;
      }
    }
    return kept;
  }

  /** Inserts each entity's mentions after those kept, once its row is there. */
  void insert(Connection db, RowSync.Count count) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO entity_mentions (entity, position, article, span_start, span_end, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int batch = 0;
      for (Tail t : tails) {
        List<Mention> ms = t.entity().mentions();
        for (int j = t.from(); j < ms.size(); j++) {
          Mention m = ms.get(j);
          RecordTables.row(s, t.entity().id(), j, m.article(), m.start(), m.end(), m.text());
          count.inserted++;
          if (++batch % 10_000 == 0) {
            s.executeBatch();
          }
        }
      }
      s.executeBatch();
    }
  }
}
