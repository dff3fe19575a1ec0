package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One corpus table brought to the rows it should hold by writing only the difference: a stored row
 * whose key the new rows lack is deleted, one whose other columns differ is updated, a new key is
 * inserted, and a row that stays as it is is not written. A growing corpus keeps most of its
 * records, their order and their ids from run to run, so a save writes about what the run changed
 * instead of the whole corpus; the stored rows are read once to compare.
 *
 * <p>A family's parent table can carry a digest of each record (its own columns and every list in
 * its child tables, {@link #digested}): then only the parents' keys, positions and digests are
 * read, and the child tables are made and compared only for the records that are new, gone or whose
 * digest changed; the other records' lists are neither read nor written.
 *
 * <p>Two passes keep every reference valid at every statement ({@link #apply}): deletes over a
 * family's tables children first, then writes parents first. Between them a sync holds only the
 * rows to write.
 */
final class RowSync {
  /** Makes the rows a table should hold, each through {@link RowSync#add}. */
  interface Rows {
    void addTo(RowSync sync) throws SQLException;
  }

  private final String table;
  private final List<String> keys;
  private final List<String> values;
  private final Rows rows;
  private final boolean updateOnly;

  /**
   * The value columns read and compared: all, or a {@link #digested} parent's position and digest.
   */
  private List<String> compared;

  private boolean digested;

  /** A child table's parent, whose changed records' rows alone it makes and compares. */
  private RowSync owner;

  /** A parent's keys whose records are new, gone or changed: their lists are compared. */
  private final Set<Object> changedRecords = new HashSet<>();

  private Map<List<Object>, Object[]> wanted = new LinkedHashMap<>();
  private final Set<List<Object>> changed = new HashSet<>();
  private final Set<List<Object>> moved = new HashSet<>();
  private final List<List<Object>> gone = new ArrayList<>();
  private int kept;

  /**
   * What syncs wrote: rows inserted, updated and deleted, and rows read, compared and left as they
   * were (a digested record's lists are not read).
   */
  static final class Count {
    long inserted;
    long updated;
    long deleted;
    long kept;

    @Override
    public String toString() {
      return inserted
          + " rows inserted, "
          + updated
          + " updated, "
          + deleted
          + " deleted, "
          + kept
          + " compared and left as they were";
    }
  }

  private RowSync(
      String table, List<String> keys, List<String> values, Rows rows, boolean updateOnly) {
    this.table = table;
    this.keys = List.copyOf(keys);
    this.values = List.copyOf(values);
    this.rows = rows;
    this.updateOnly = updateOnly;
    this.compared = this.values;
  }

  /**
   * A table whose rows are exactly those {@code rows} adds: each its {@code keys} columns' values
   * (together unique), then its {@code values} columns' values.
   */
  static RowSync of(String table, List<String> keys, List<String> values, Rows rows) {
    return new RowSync(table, keys, values, rows, false);
  }

  /**
   * Columns of a table whose rows stay: the stored rows {@code rows} adds get its values, the
   * others null in {@code values}; none is inserted or deleted.
   */
  static RowSync columns(String table, List<String> keys, List<String> values, Rows rows) {
    return new RowSync(table, keys, values, rows, true);
  }

  /**
   * This table's last value column holds a digest of each record's columns and lists, which stands
   * for them: only its key, {@code position} and digest are read and compared.
   */
  RowSync digested() {
    String digest = values.get(values.size() - 1);
    compared = List.of("position", digest);
    digested = true;
    return this;
  }

  /**
   * Brings a family of tables to their rows: its first table's records, then their lists (each
   * table's first key column naming a record); deletes children first, then writes parents first;
   * adds what was written to {@code count}. When the first table is {@link #digested}, only the
   * lists of its records new, gone or changed are made and compared.
   */
  static void apply(Connection db, List<RowSync> family, Count count) throws SQLException {
    RowSync parent = family.get(0);
    if (parent.digested) {
      family.subList(1, family.size()).forEach(t -> t.owner = parent);
    }
    for (RowSync t : family) {
      t.compare(db);
    }
    for (int i = family.size() - 1; i >= 0; i--) {
      family.get(i).deleteGone(db);
    }
    for (RowSync t : family) {
      t.write(db, count);
    }
  }

  /** Adds a row the table should hold: its key columns' values, then its other columns'. */
  void add(Object... row) {
    if (row.length != keys.size() + values.size()) {
      throw new IllegalArgumentException(
          table + " has " + (keys.size() + values.size()) + " columns, not " + row.length);
    }
    if (owner != null && !owner.changedRecords.contains(normalized(row, 0, 1)[0])) {
      return;
    }
    List<Object> key = Arrays.asList(normalized(row, 0, keys.size()));
    if (wanted.put(key, normalized(row, keys.size(), row.length)) != null) {
      throw new IllegalArgumentException("two rows of " + table + " with the key " + key);
    }
  }

  /**
   * Makes the rows, reads the stored ones and notes which to delete (in an update-only sync: to
   * null), update and insert; keeps the rows to write.
   */
  private void compare(Connection db) throws SQLException {
    rows.addTo(this);
    Object[] nulls = new Object[values.size()];
    int[] at = new int[compared.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = values.indexOf(compared.get(i));
    }
    if (owner != null && owner.changedRecords.isEmpty()) {
      return; // no record changed: none of these lists did
    }
    String sql =
        "SELECT " + String.join(", ", keys) + ", " + String.join(", ", compared) + " FROM " + table;
    if (owner != null) {
      sql += " WHERE " + keys.get(0) + " IN (SELECT id FROM " + scope(db) + ")";
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int width = keys.size() + compared.size();
      Object[] row = new Object[width];
      while (rs.next()) {
        for (int i = 0; i < width; i++) {
          row[i] = rs.getObject(i + 1);
        }
        List<Object> key = Arrays.asList(normalized(row, 0, keys.size()));
        Object[] stored = normalized(row, keys.size(), width);
        Object[] want = wanted.get(key);
        if (want == null && updateOnly) {
          if (!Arrays.equals(stored, nulls)) {
            wanted.put(key, nulls);
            changed.add(key);
          }
        } else if (want == null) {
          gone.add(key);
          changedRecords.add(key.get(0));
        } else if (Arrays.equals(pick(want, at), stored)) {
          wanted.remove(key);
          kept++;
        } else {
          changed.add(key);
          // a digested record whose digest stayed only moved: its lists are as stored, and only
          // its position is written (not its indexed columns)
          int last = at.length - 1;
          if (!digested || !Objects.equals(want[at[last]], stored[last])) {
            changedRecords.add(key.get(0));
          } else {
            moved.add(key);
          }
        }
      }
    }
    if (updateOnly) {
      wanted.keySet().retainAll(changed);
    }
    for (List<Object> key : wanted.keySet()) {
      if (!changed.contains(key)) {
        changedRecords.add(key.get(0));
      }
    }
  }

  /** A temporary table holding the keys of the owner's changed records, for this table's query. */
  private String scope(Connection db) throws SQLException {
    // the keys' SQL type: coverage rows are numbered, other records named
    boolean numbered = owner.changedRecords.stream().anyMatch(Number.class::isInstance);
    String name = numbered ? "sync_scope_numbers" : "sync_scope_names";
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TEMPORARY TABLE IF NOT EXISTS "
              + name
              + " (id "
              + (numbered ? "BIGINT" : "TEXT")
              + ")");
      s.execute("DELETE FROM " + name);
    }
    try (PreparedStatement s = db.prepareStatement("INSERT INTO " + name + " (id) VALUES (?)")) {
      for (Object id : owner.changedRecords) {
        s.setObject(1, id);
        s.addBatch();
      }
      s.executeBatch();
    }
    return name;
  }

  /** The values at {@code at} of a row. */
  private static Object[] pick(Object[] row, int[] at) {
    Object[] out = new Object[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = row[at[i]];
    }
    return out;
  }

  /** Deletes the stored rows whose key the rows lack. */
  private void deleteGone(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE " + match())) {
      for (List<Object> key : gone) {
        bind(s, 1, key.toArray());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Updates the stored rows that changed and inserts the new ones; adds them to {@code count}. */
  private void write(Connection db, Count count) throws SQLException {
    try (PreparedStatement update =
            db.prepareStatement(
                "UPDATE "
                    + table
                    + " SET "
                    + values.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + " WHERE "
                    + match());
        PreparedStatement move =
            db.prepareStatement(
                digested ? "UPDATE " + table + " SET position = ? WHERE " + match() : "SELECT 1");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + String.join(", ", keys)
                    + ", "
                    + String.join(", ", values)
                    + ") VALUES ("
                    + String.join(
                        ", ", java.util.Collections.nCopies(keys.size() + values.size(), "?"))
                    + ")")) {
      for (Map.Entry<List<Object>, Object[]> e : wanted.entrySet()) {
        if (moved.contains(e.getKey())) {
          continue;
        }
        if (changed.contains(e.getKey())) {
          bind(update, 1, e.getValue());
          bind(update, values.size() + 1, e.getKey().toArray());
          update.addBatch();
        } else {
          bind(insert, 1, e.getKey().toArray());
          bind(insert, keys.size() + 1, e.getValue());
          insert.addBatch();
        }
      }
      update.executeBatch();
      insert.executeBatch();
    }
    if (!moved.isEmpty()) {
      int position = values.indexOf("position");
      try (PreparedStatement move =
          db.prepareStatement("UPDATE " + table + " SET position = ? WHERE " + match())) {
        for (List<Object> key : moved) {
          move.setObject(1, wanted.get(key)[position]);
          bind(move, 2, key.toArray());
          move.addBatch();
        }
        move.executeBatch();
      }
    }
    count.updated += changed.size();
    count.inserted += wanted.size() - changed.size();
    count.deleted += gone.size();
    count.kept += kept;
    wanted = new LinkedHashMap<>();
  }

  private String match() {
    return keys.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
  }

  private static void bind(PreparedStatement s, int first, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(first + i, values[i]);
    }
  }

  /**
   * Values as both a row to write and a row read back compare: whole numbers as longs, fractions as
   * doubles, booleans as 1 or 0 (as the tables store them).
   */
  private static Object[] normalized(Object[] row, int from, int to) {
    Object[] out = new Object[to - from];
    for (int i = from; i < to; i++) {
      Object v = row[i];
      if (v instanceof Boolean b) {
        v = b ? 1L : 0L;
      } else if (v instanceof Float || v instanceof Double) {
        v = ((Number) v).doubleValue();
      } else if (v instanceof Number n) {
        v = n.longValue();
      }
      out[i - from] = v;
    }
    return out;
  }
}
