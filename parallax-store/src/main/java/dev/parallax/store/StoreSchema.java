package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * The tables of a store and their version. A new (empty) database gets the current schema; an
 * existing one must be a Parallax store ({@code meta.format}) of a version this code reads, and one
 * of an older version is migrated on open ({@link Migrations}). The version goes up (a new
 * migration) whenever a table or the stored JSON changes so that an older Parallax could misread
 * it.
 */
final class StoreSchema {
  /** The schema this code writes and reads: the version of the last migration. */
  static final int VERSION = Migrations.latest();

  static final String FORMAT = "parallax-store";

  private StoreSchema() {}

  /**
   * Creates the tables in an empty database (when {@code create}), or checks an existing one and
   * migrates it to {@link #VERSION}.
   *
   * @throws StoreException when the file is not a Parallax store or has a newer schema
   */
  static void prepare(Connection db, Dialect dialect, String file, boolean create)
      throws SQLException {
    Set<String> tables = Dialect.tables(db);
    if (tables.isEmpty() && !create) {
      throw new StoreException(file + " holds no Parallax store: its database has no tables");
    }
    if (tables.isEmpty()) {
      Migrations.migrate(db, dialect, 0);
      return;
    }
    int version = checked(db, tables, file);
    if (version < VERSION) {
      Migrations.migrate(db, dialect, version);
    }
  }

  /** The schema version of the store, checked to be a store this code reads. */
  private static int checked(Connection db, Set<String> tables, String file) throws SQLException {
    if (!tables.contains("meta")) {
      throw new StoreException(
          file + " is not a Parallax store: a database with tables but no meta table");
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
    return version;
  }

  /**
   * Sets a key of the meta table (deletes it for a null {@code value}), in the caller's
   * transaction.
   */
  static void setMeta(Connection db, String key, String value) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("DELETE FROM meta WHERE key = ?")) {
      s.setString(1, key);
      s.executeUpdate();
    }
    if (value != null) {
      try (PreparedStatement s = db.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
        s.setString(1, key);
        s.setString(2, value);
        s.executeUpdate();
      }
    }
  }

  static String meta(Connection db, String key) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /**
   * Whether the database holds a store of the schema this code reads.
   *
   * @throws StoreException when it holds no store, something else, or a store of a newer schema
   */
  static boolean current(Connection db, String file) throws SQLException {
    Set<String> tables = Dialect.tables(db);
    if (tables.isEmpty()) {
      throw new StoreException(file + " holds no Parallax store: its database has no tables");
    }
    return checked(db, tables, file) == VERSION;
  }

  private static int version(String value, String file) {
    try {
      return Integer.parseInt(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new StoreException(file + " has no readable schema version: " + value, e);
    }
  }
}
