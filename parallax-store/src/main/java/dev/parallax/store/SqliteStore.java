package dev.parallax.store;

import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.CorpusStore;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link CorpusStore} in one SQLite file (the embedded default store), through plain JDBC. Each
 * saved article is committed at once, so a run that fails keeps what it had analysed; the story
 * state is replaced in one transaction. One open store per file at a time, across processes (a lock
 * beside the file, see {@link #open}); not thread-safe.
 *
 * <p>Failures throw {@link StoreException} naming the file.
 */
public final class SqliteStore implements CorpusStore, AutoCloseable {
  private final Path file;
  private final Connection db;
  private final StoreLock lock;

  private SqliteStore(Path file, Connection db, StoreLock lock) {
    this.file = file;
    this.db = db;
    this.lock = lock;
  }

  /**
   * Opens the store in {@code file}, creating the file (and its folder) with an empty store when it
   * does not exist.
   *
   * <p>The store has one writer: the store opened holds an operating-system lock on the file beside
   * it ({@code FILE.lock}) until closed or until its process ends, and a second open fails at once
   * naming the holder (pid, host, start time). Others may read the file meanwhile (the database is
   * in SQLite's write-ahead-log mode). The store is checked to be writable here, before any
   * analysis.
   *
   * @throws StoreException when the store is in use, the file is not a Parallax store, was written
   *     by a newer Parallax, or cannot be opened or written
   */
  public static SqliteStore open(Path file) {
    Connection db = null;
    StoreLock lock = StoreLock.acquire(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
      }
      StoreSchema.prepare(db, file);
      probeWrite(db, file);
      return new SqliteStore(file, db, lock);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(db, e);
      lock.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Switches the store to write-ahead logging (readers do not wait for the writer) and writes to it
   * once, rolled back, so that a store that cannot be written fails now, not after the analysis.
   */
  private static void probeWrite(Connection db, Path file) throws SQLException {
    try (Statement s = db.createStatement()) {
      try (ResultSet mode = s.executeQuery("PRAGMA journal_mode = WAL")) {
        if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
          throw new SQLException("cannot switch to write-ahead logging");
        }
      }
      db.setAutoCommit(false);
      try {
        s.executeUpdate("UPDATE meta SET value = value WHERE key = 'format'");
      } finally {
        db.rollback();
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write store " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection db, Exception failure) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** How many articles are stored. */
  public int size() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failed("count the articles of", e);
    }
  }

  @Override
  public List<ArticleResult> results() {
    List<ArticleResult> out = new ArrayList<>();
    String sql = "SELECT id, article, actors, events, quotes FROM articles ORDER BY seq";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(decode(rs));
      }
    } catch (SQLException e) {
      throw failed("read the articles of", e);
    }
    return out;
  }

  private ArticleResult decode(ResultSet rs) throws SQLException {
    try {
      return ResultCodec.decode(
          new ResultCodec.Encoded(
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "stored article " + rs.getString(1) + " in " + file + " no longer reads: " + e, e);
    }
  }

  @Override
  public void save(ArticleResult result) {
    ResultCodec.Encoded parts = ResultCodec.encode(result);
    String sql =
        "INSERT INTO articles (id, source, article, actors, events, quotes)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, result.record().id());
      s.setString(2, result.record().source());
      s.setString(3, parts.article());
      s.setString(4, parts.actors());
      s.setString(5, parts.events());
      s.setString(6, parts.quotes());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed("save article " + result.record().id() + " in", e);
    }
  }

  @Override
  public StoryIndexState stories() {
    Map<Integer, List<String>> stories = new TreeMap<>();
    Map<Integer, String> arrivals = new TreeMap<>();
    String sql =
        "SELECT article, story, position, arrival FROM story_members ORDER BY story, position";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        stories.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(1));
        arrivals.put(rs.getInt(4), rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("read the stories of", e);
    }
    try {
      return new StoryIndexState(List.copyOf(stories.values()), List.copyOf(arrivals.values()));
    } catch (IllegalArgumentException e) {
      throw new StoreException("the stories stored in " + file + " do not add up: " + e, e);
    }
  }

  @Override
  public void saveStories(StoryIndexState state) {
    try {
      Transaction.run(db, () -> replaceStories(state));
    } catch (SQLException e) {
      throw failed("save the stories of", e);
    }
  }

  private void replaceStories(StoryIndexState state) throws SQLException {
    Map<String, Integer> arrivalOf = new HashMap<>();
    state.arrivals().forEach(id -> arrivalOf.put(id, arrivalOf.size()));
    String sql =
        "INSERT INTO story_members (article, story_id, story, position, arrival)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (Statement clear = db.createStatement();
        PreparedStatement s = db.prepareStatement(sql)) {
      clear.execute("DELETE FROM story_members");
      for (int story = 0; story < state.stories().size(); story++) {
        List<String> members = state.stories().get(story);
        String storyId = StoryIndex.storyIdOf(members.get(0));
        for (int position = 0; position < members.size(); position++) {
          s.setString(1, members.get(position));
          s.setString(2, storyId);
          s.setInt(3, story);
          s.setInt(4, position);
          s.setInt(5, arrivalOf.get(members.get(position)));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " store " + file + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failed("close", e);
    } finally {
      lock.close();
    }
  }
}
