package dev.parallax.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The tables of a store and their version. A new file gets the current schema; an existing one must
 * be a Parallax store ({@code meta.format}) of a version this code reads. The version goes up
 * whenever a table or the stored JSON changes so that an older Parallax could misread it.
 */
final class StoreSchema {
  /** The schema this code writes and reads. */
  static final int VERSION = 1;

  static final String FORMAT = "parallax-store";

  private static final String[] CREATE = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // one accepted article per row, in the order saved, with what the per-article stages made of it
    "CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
        + " article TEXT NOT NULL, actors TEXT NOT NULL, events TEXT NOT NULL,"
        + " quotes TEXT NOT NULL)",
    // the story index state: each article's story, its place in it, and its place in arrival order
    "CREATE TABLE story_members (article TEXT PRIMARY KEY REFERENCES articles(id),"
        + " story_id TEXT NOT NULL, story INTEGER NOT NULL, position INTEGER NOT NULL,"
        + " arrival INTEGER NOT NULL UNIQUE)",
  };

  private StoreSchema() {}

  /**
   * Creates the tables in an empty database, or checks an existing one.
   *
   * @throws StoreException when the file is not a Parallax store or has a newer schema
   */
  static void prepare(Connection db, Path file) throws SQLException {
    Set<String> tables = tables(db);
    if (tables.isEmpty()) {
      create(db);
      return;
    }
    if (!tables.contains("meta")) {
      throw new StoreException(file + " is not a Parallax store: an SQLite database without meta");
    }
    if (!FORMAT.equals(meta(db, "format"))) {
      throw new StoreException(file + " is not a Parallax store: its meta table has no format");
    }
    int version = version(meta(db, "schema_version"), file);
    if (version > VERSION) {
      throw new StoreException(
          file
              + " was written by a newer Parallax (store schema version "
              + version
              + "; this one reads version "
              + VERSION
              + "): open it with that version, or analyse into another store");
    }
    if (version < VERSION) {
      throw new StoreException(
          file + " has store schema version " + version + ", which this Parallax cannot upgrade");
    }
  }

  private static void create(Connection db) throws SQLException {
    Transaction.run(
        db,
        () -> {
          try (Statement s = db.createStatement()) {
            for (String sql : CREATE) {
              s.execute(sql);
            }
            s.execute("INSERT INTO meta VALUES ('format', '" + FORMAT + "')");
            s.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "')");
          }
        });
  }

  private static Set<String> tables(Connection db) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static String meta(Connection db, String key) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static int version(String value, Path file) {
    try {
      return Integer.parseInt(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new StoreException(file + " has no readable schema version: " + value, e);
    }
  }
}
