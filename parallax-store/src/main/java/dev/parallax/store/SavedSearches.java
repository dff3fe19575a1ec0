package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Saved searches ({@code saved_searches}): a name for a query and filters over the stored articles,
 * and how far its user has looked (the last article seq seen), so that what matches since is new.
 * The filters are the store's own: outlet, actor code prefix (an event of the article), outlet
 * group (else country), language, publication dates; the query is read by the search index beside
 * the store (the caller's matcher), as the search page reads it.
 *
 * <p>Opened beside the ingestion queue ({@link JobQueue#searches}), by the process holding the
 * writer lock, on a connection of its own. One call at a time.
 */
public final class SavedSearches {
  private final Connection db;
  private final String name;

  SavedSearches(Connection db, String name) {
    this.db = db;
    this.name = name;
  }

  /**
   * A saved search.
   *
   * @param query a query in the search index's syntax over titles, bodies and quotes, or null
   * @param actor an actor code prefix one of the article's events has on either side, or null
   * @param group the outlet group (or, where the directory defines none, country), or null
   * @param from the earliest publication date (ISO, compared as text), or null
   * @param seenThrough the last article seq its user has seen
   * @param looked when its user last looked, or null
   */
  public record Search(
      String name,
      String query,
      String outlet,
      String actor,
      String group,
      String language,
      String from,
      String to,
      String created,
      long seenThrough,
      String looked) {}

  private static final String COLUMNS =
      "name, query, outlet, actor, outlet_group, language, from_date, to_date, created,"
          + " seen_through, looked";

  /**
   * Saves a search under its name, replacing one of that name; its user has seen nothing yet.
   *
   * @return the search as saved
   */
  public synchronized Search save(Search s) {
    try {
      Transaction.run(
          db,
          () -> {
            try (PreparedStatement d =
                db.prepareStatement("DELETE FROM saved_searches WHERE name = ?")) {
              d.setString(1, s.name());
              d.executeUpdate();
            }
            try (PreparedStatement i =
                db.prepareStatement(
                    "INSERT INTO saved_searches ("
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)")) {
              i.setString(1, s.name());
              i.setString(2, s.query());
              i.setString(3, s.outlet());
              i.setString(4, s.actor());
              i.setString(5, s.group());
              i.setString(6, s.language());
              i.setString(7, s.from());
              i.setString(8, s.to());
              i.setString(9, Instant.now().toString());
              i.executeUpdate();
            }
          });
      return get(s.name()).orElseThrow();
    } catch (SQLException e) {
      throw failed("save search " + s.name() + " in", e);
    }
  }

  /** The saved searches, by name. */
  public synchronized List<Search> all() {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + COLUMNS + " FROM saved_searches ORDER BY name")) {
      return read(s);
    } catch (SQLException e) {
      throw failed("read the saved searches of", e);
    }
  }

  public synchronized Optional<Search> get(String search) {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + COLUMNS + " FROM saved_searches WHERE name = ?")) {
      s.setString(1, search);
      return read(s).stream().findFirst();
    } catch (SQLException e) {
      throw failed("read saved search " + search + " of", e);
    }
  }

  private static List<Search> read(PreparedStatement s) throws SQLException {
    List<Search> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Search(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getLong(10),
                rs.getString(11)));
      }
    }
    return out;
  }

  /** Notes that the search's user has seen every article stored up to {@code through} (a seq). */
  public synchronized void look(String search, long through) {
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE saved_searches SET seen_through = ?, looked = ? WHERE name = ?")) {
      s.setLong(1, through);
      s.setString(2, Instant.now().toString());
      s.setString(3, search);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed("note a look at " + search + " in", e);
    }
  }

  /**
   * An article matching a search: its id, its seq (arrival order in the store) and when it was
   * saved (its run's start, an ISO instant; null when not known).
   */
  public record Match(String article, long seq, String saved) {}

  /**
   * The stored articles matching {@code s} saved after seq {@code after} and up to seq {@code
   * upTo}, the latest saved first, at most {@code limit}: its filters read from the store's
   * columns, its query by {@code text}, which says which of a batch of article ids the query
   * matches (the search index: the same syntax as the search page); null when the search has no
   * query.
   */
  public synchronized List<Match> matches(
      Search s, long after, long upTo, int limit, Function<List<String>, Set<String>> text) {
    if (s.query() != null && text == null) {
      throw new IllegalArgumentException("search " + s.name() + " has a query: give its matcher");
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.id, a.seq, r.started FROM articles a LEFT JOIN runs r ON r.id = a.run"
                + " WHERE a.seq > ? AND a.seq <= ?");
    List<String> args = new ArrayList<>();
    if (s.outlet() != null) {
      sql.append(" AND a.outlet = ?");
      args.add(s.outlet());
    }
    if (s.language() != null) {
      sql.append(" AND a.language = ?");
      args.add(s.language());
    }
    if (s.from() != null) {
      sql.append(" AND coalesce(a.published, a.inferred_published) >= ?");
      args.add(s.from());
    }
    if (s.to() != null) {
      sql.append(" AND coalesce(a.published, a.inferred_published) <= ?");
      args.add(s.to() + "\uffff");
    }
    if (s.group() != null) {
      sql.append(
          " AND a.outlet_id IN (SELECT id FROM outlet_directory WHERE outlet_group = ?"
              + " OR (outlet_group IS NULL AND country = ?))");
      args.add(s.group());
      args.add(s.group());
    }
    if (s.actor() != null) {
      sql.append(
          " AND a.id IN (SELECT m.article FROM event_mentions m JOIN events e ON e.id = m.event"
              + " WHERE e.source_actor LIKE ? OR e.target_actor LIKE ?)");
      args.add(s.actor() + "%");
      args.add(s.actor() + "%");
    }
    sql.append(" ORDER BY a.seq DESC LIMIT ?");
    // without a query one page answers; with one, pages of candidates until enough match
    int page = s.query() == null ? limit : Math.max(limit, TEXT_PAGE);
    List<Match> out = new ArrayList<>();
    long below = upTo;
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      while (out.size() < limit) {
        int i = 1;
        st.setLong(i++, after);
        st.setLong(i++, below);
        for (String a : args) {
          st.setString(i++, a);
        }
        st.setInt(i, page);
        List<Match> candidates = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            candidates.add(new Match(rs.getString(1), rs.getLong(2), rs.getString(3)));
          }
        }
        Set<String> matched =
            text == null ? null : text.apply(candidates.stream().map(Match::article).toList());
        for (Match m : candidates) {
          if (out.size() < limit && (matched == null || matched.contains(m.article()))) {
            out.add(m);
          }
        }
        if (candidates.size() < page) {
          break;
        }
        below = candidates.get(candidates.size() - 1).seq() - 1;
      }
      return out;
    } catch (SQLException e) {
      throw failed("match search " + s.name() + " in", e);
    }
  }

  /** How many candidates a search with a query hands its matcher at a time. */
  private static final int TEXT_PAGE = 500;

  /**
   * The seq of the last article saved by article change {@code change} or before (0 for none):
   * where a search index that has applied the changes through {@code change} can answer up to.
   */
  public synchronized long lastSeqThroughChange(long change) {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT coalesce(max(a.seq), 0) FROM articles a"
                + " JOIN article_changes c ON c.article = a.id WHERE c.seq <= ?")) {
      s.setLong(1, change);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failed("read the changes of", e);
    }
  }

  synchronized void close() throws SQLException {
    db.close();
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " store " + name + ": " + e.getMessage(), e);
  }
}
