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
 * be a Parallax store ({@code meta.format}) of a version this code reads, and one of an older
 * version is migrated on open ({@link Migrations}). The version goes up (a new migration) whenever
 * a table or the stored JSON changes so that an older Parallax could misread it.
 */
final class StoreSchema {
  /** The schema this code writes and reads: the version of the last migration. */
  static final int VERSION = Migrations.latest();

  static final String FORMAT = "parallax-store";

  private StoreSchema() {}

  /**
   * Creates the tables in an empty database, or checks an existing one and migrates it to {@link
   * #VERSION}.
   *
   * @throws StoreException when the file is not a Parallax store or has a newer schema
   */
  static void prepare(Connection db, Path file) throws SQLException {
    Set<String> tables = tables(db);
    if (tables.isEmpty()) {
      Migrations.migrate(db, 0);
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
      Migrations.migrate(db, version);
    }
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
