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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One corpus table brought to the rows it should hold by writing only the difference: a stored row
 * whose key the new rows lack is deleted, one whose other columns differ is updated, a new key is
 * inserted, and a row that stays as it is is not written. A growing corpus keeps most of its
 * records, their order and their ids from run to run, so a save writes about what the run changed
 * instead of the whole corpus; the stored rows are read once to compare.
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
  private Map<List<Object>, Object[]> wanted = new LinkedHashMap<>();
  private final Set<List<Object>> changed = new HashSet<>();
  private int deleted;
  private int kept;

  /** What syncs wrote: rows inserted, updated and deleted, and stored rows left as they were. */
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
          + " left as they were";
    }
  }

  private RowSync(
      String table, List<String> keys, List<String> values, Rows rows, boolean updateOnly) {
    this.table = table;
    this.keys = List.copyOf(keys);
    this.values = List.copyOf(values);
    this.rows = rows;
    this.updateOnly = updateOnly;
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
   * Brings a family of tables (each table's references to those before it) to their rows: deletes
   * children first, then writes parents first; adds what was written to {@code count}.
   */
  static void apply(Connection db, List<RowSync> family, Count count) throws SQLException {
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
    List<Object> key = Arrays.asList(normalized(row, 0, keys.size()));
    if (wanted.put(key, normalized(row, keys.size(), row.length)) != null) {
      throw new IllegalArgumentException("two rows of " + table + " with the key " + key);
    }
  }

  /**
   * Makes the rows, reads the stored ones and deletes those whose key the rows lack (in an
   * update-only sync: nulls their columns); keeps the rows to write.
   */
  private void deleteGone(Connection db) throws SQLException {
    rows.addTo(this);
    List<List<Object>> gone = new ArrayList<>();
    Object[] nulls = new Object[values.size()];
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + String.join(", ", keys)
                    + ", "
                    + String.join(", ", values)
                    + " FROM "
                    + table)) {
      int width = keys.size() + values.size();
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
        } else if (Arrays.equals(want, stored)) {
          wanted.remove(key);
          kept++;
        } else {
          changed.add(key);
        }
      }
    }
    if (updateOnly) {
      wanted.keySet().retainAll(changed);
    }
    try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE " + match())) {
      for (List<Object> key : gone) {
        bind(s, 1, key.toArray());
        s.addBatch();
      }
      s.executeBatch();
    }
    deleted = gone.size();
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
    count.updated += changed.size();
    count.inserted += wanted.size() - changed.size();
    count.deleted += deleted;
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
