package dev.parallax.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(RowSync.class);

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

  /** The column naming the group (a story) of the rows the compare leaves as they are, or null. */
  private String groupColumn;

  /** The temporary table of the groups whose rows the compare leaves as they are, or null. */
  private String left;

  /** The temporary table of the keys of the only rows a {@link #columns} sync compares, or null. */
  private String within;

  /** A child table's parent, whose changed records' rows alone it makes and compares. */
  private RowSync owner;

  /** A parent's keys whose records are new, gone or changed: their lists are compared. */
  private final Set<Object> changedRecords = new HashSet<>();

  /** A digested parent's child tables, when it keeps their signatures ({@code lists}). */
  private List<RowSync> children = List.of();

  /** A listed parent's stored signatures, by record key: one per child table, in family order. */
  private final Map<Object, List<Signature>> storedLists = new HashMap<>();

  /** A child table's place among its owner's children. */
  private int childIndex;

  /** A child table's signature of each changed record's new rows, as they are added. */
  private final Map<Object, Signature.Builder> signatures = new HashMap<>();

  /**
   * A child table's keys of each changed record's first rows, as many as its stored list held:
   * those rows are as stored when the prefix's signature equals the stored one.
   */
  private final Map<Object, List<List<Object>>> prefixKeys = new HashMap<>();

  /**
   * The rows the table should hold, by key: each a row of values ({@code Object[]}, normalized) or,
   * for a record added by {@link #addDigested}, a {@link Digested} whose row is made only when it
   * is written.
   */
  private Map<List<Object>, Object> wanted = new LinkedHashMap<>();

  /**
   * A digested record's compared values (its position and digest) and the way to its whole row,
   * which only a record new or changed needs.
   */
  private record Digested(Object[] compared, Supplier<Object[]> row) {}

  private final Set<List<Object>> changed = new HashSet<>();
  private final Set<List<Object>> moved = new HashSet<>();
  private final List<List<Object>> gone = new ArrayList<>();
  private int kept;
  private long unread;

  /**
   * What syncs wrote: rows inserted, updated and deleted, and rows read, compared and left as they
   * were (a digested record's lists are not read).
   */
  static final class Count {
    long inserted;
    long updated;
    long deleted;
    long kept;

    /**
     * Rows of changed records' lists left as they were without being read: their record's stored
     * rows were the first rows of its new list.
     */
    long unread;

    @Override
    public String toString() {
      return inserted
          + " rows inserted, "
          + updated
          + " updated, "
          + deleted
          + " deleted, "
          + kept
          + " compared and left as they were, "
          + unread
          + " list rows kept unread (their lists grew at the end)";
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
   * Leaves the rows of this {@link #digested} table whose group (the value of their {@code column})
   * is in the temporary table {@code groups} (one column {@code id}, {@link #temporaryIds}; null
   * for none) as they are: the compare neither reads nor writes them, nor their lists, and no
   * record added may be in one of those groups (a run that did not read those groups' records,
   * which the store keeps).
   */
  RowSync leaving(String column, String groups) {
    if (!digested) {
      throw new IllegalStateException(table + " is not digested");
    }
    groupColumn = column;
    left = groups;
    return this;
  }

  /**
   * Reads and compares only the rows of this {@link #columns} table whose key is in the temporary
   * table {@code keys} (one column {@code id}, {@link #temporaryIds}); the others keep their
   * values, whatever the rows added give them (the rows added should be those of {@code keys}).
   */
  RowSync within(String keys) {
    if (!updateOnly || this.keys.size() != 1) {
      throw new IllegalStateException(table + " is not a columns sync of one key column");
    }
    within = keys;
    return this;
  }

  /**
   * Brings a family of tables to their rows: its first table's records, then their lists (each
   * table's first key column naming a record); deletes children first, then writes parents first;
   * adds what was written to {@code count}. When the first table is {@link #digested}, only the
   * lists of its records new, gone or changed are made and compared.
   */
  static void apply(Connection db, List<RowSync> family, Count count) throws SQLException {
    apply(db, family, count, null);
  }

  /** What a save does once a family is compared, before it deletes or writes a row. */
  interface Compared {
    /**
     * Given the parent's records that are new, gone or changed (their keys) and the number of its
     * records stored.
     */
    void apply(Set<Object> changed, long stored) throws SQLException;
  }

  /**
   * {@link #apply(Connection, List, Count)}, calling {@code compared} (unless null) before writing.
   */
  static void apply(Connection db, List<RowSync> family, Count count, Compared compared)
      throws SQLException {
    RowSync parent = family.get(0);
    if (parent.digested) {
      parent.children = List.copyOf(family.subList(1, family.size()));
      for (int i = 0; i < parent.children.size(); i++) {
        parent.children.get(i).owner = parent;
        parent.children.get(i).childIndex = i;
      }
    }
    for (RowSync t : family) {
      t.compare(db);
    }
    if (compared != null) {
      compared.apply(
          Set.copyOf(parent.changedRecords),
          parent.kept + parent.changed.size() + parent.gone.size() + parent.leftRows(db));
    }
    for (int i = family.size() - 1; i >= 0; i--) {
      family.get(i).deleteGone(db);
    }
    for (RowSync t : family) {
      t.write(db, count);
    }
  }

  /**
   * Adds a record to a {@link #digested} table of one key column: its key, position and digest,
   * which are compared with the stored ones, and its whole row as {@link #add} takes it, made only
   * when the record is new or changed (most records of a growing corpus are neither).
   */
  void addDigested(Object key, long position, Object digest, Supplier<Object[]> row) {
    if (!digested || keys.size() != 1 || owner != null) {
      throw new IllegalStateException(table + " is not a digested table of one key column");
    }
    List<Object> k = List.of(normalized(new Object[] {key}, 0, 1)[0]);
    Object[] compared = {position, digest};
    if (wanted.put(k, new Digested(compared, row)) != null) {
      throw new IllegalArgumentException("two rows of " + table + " with the key " + k);
    }
  }

  /**
   * Whether the rows of the owner's record {@code record} are to be added: a child table makes and
   * compares only the rows of its owner's new, gone and changed records, so that its callers can
   * pass over the others' lists whole (most records of a growing corpus) instead of making each row
   * for {@link #add} to drop. Always true for a table without an owner.
   */
  boolean wants(Object record) {
    return owner == null
        || owner.changedRecords.contains(normalized(new Object[] {record}, 0, 1)[0]);
  }

  /** Adds a row the table should hold: its key columns' values, then its other columns'. */
  void add(Object... row) {
    checkWidth(row);
    Object record = owner == null ? null : normalized(row, 0, 1)[0];
    if (owner != null && !owner.changedRecords.contains(record)) {
      return;
    }
    List<Object> key = Arrays.asList(normalized(row, 0, keys.size()));
    Object[] value = normalized(row, keys.size(), row.length);
    if (wanted.put(key, value) != null) {
      throw new IllegalArgumentException("two rows of " + table + " with the key " + key);
    }
    if (owner != null && owner.listed()) {
      Signature stored = owner.storedSignature(record, childIndex);
      Signature.Builder made = signatures.computeIfAbsent(record, r -> new Signature.Builder());
      if (stored != null && made.rows() < stored.rows()) {
        prefixKeys.computeIfAbsent(record, r -> new ArrayList<>()).add(key);
      }
      made.add(key, value, stored == null ? -1 : stored.rows());
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
    Set<Object> toRead = owner == null ? Set.of() : unreadPrefixes();
    if (owner != null && toRead.isEmpty()) {
      return; // every changed record's list grew at its end or is new
    }
    String sql =
        "SELECT "
            + String.join(", ", keys)
            + ", "
            + String.join(", ", compared)
            + (listed() ? ", lists" : "")
            + " FROM "
            + table;
    if (owner != null) {
      sql += " WHERE " + keys.get(0) + " IN (SELECT id FROM " + scope(db, toRead) + ")";
    } else {
      if (left != null) {
        sql += " WHERE " + outside(groupColumn, left);
      } else if (within != null) {
        sql += " WHERE " + keys.get(0) + " IN (SELECT id FROM " + within + ")";
      }
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
        Object want = wanted.get(key);
        if (want == null && updateOnly) {
          if (!Arrays.equals(stored, nulls)) {
            wanted.put(key, nulls);
            changed.add(key);
          }
        } else if (want == null) {
          gone.add(key);
          changedRecords.add(key.get(0));
        } else if (Arrays.equals(compared(want, at), stored)) {
          wanted.remove(key);
          kept++;
        } else {
          changed.add(key);
          // a digested record whose digest stayed only moved: its lists are as stored, and only
          // its position is written (not its indexed columns)
          int last = at.length - 1;
          if (!digested || !Objects.equals(compared(want, at)[last], stored[last])) {
            changedRecords.add(key.get(0));
            if (listed()) {
              storedLists.put(key.get(0), Signature.parseAll(rs.getString(width + 1)));
            }
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

  /** How many stored rows the compare leaves as they are: those of the groups of {@link #left}. */
  private long leftRows(Connection db) throws SQLException {
    if (left == null) {
      return 0;
    }
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM "
                    + table
                    + " WHERE "
                    + groupColumn
                    + " IN (SELECT id FROM "
                    + left
                    + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The condition on a table's rows that their {@code column} (a group, as {@link #leaving} names
   * one) is null or not in the temporary table {@code groups}.
   */
  static String outside(String column, String groups) {
    return column + " IS NULL OR " + column + " NOT IN (SELECT id FROM " + groups + ")";
  }

  /**
   * The owner's changed records whose stored rows of this table are to be read: all but those whose
   * stored list is the start of the new one (its rows are then left out of the rows to write and
   * counted as {@link Count#unread}).
   */
  private Set<Object> unreadPrefixes() {
    Set<Object> toRead = new HashSet<>();
    for (Object record : owner.changedRecords) {
      Signature stored = owner.storedSignature(record, childIndex);
      Signature.Builder made = signatures.get(record);
      boolean grew =
          stored != null
              && (stored.rows() == 0 || made != null && stored.hash().equals(made.prefix()));
      if (grew) {
        prefixKeys.getOrDefault(record, List.of()).forEach(wanted::remove);
        unread += stored.rows();
      } else {
        toRead.add(record);
      }
    }
    return toRead;
  }

  /** The signatures of a listed parent's record as stored, or null when unknown. */
  private Signature storedSignature(Object record, int child) {
    List<Signature> stored = storedLists.get(record);
    return stored == null || stored.size() != children.size() ? null : stored.get(child);
  }

  /** Whether this is a digested parent keeping its lists' signatures. */
  private boolean listed() {
    return !children.isEmpty();
  }

  /** A temporary table holding {@code records}, keys of the owner's, for this table's query. */
  private String scope(Connection db, Set<Object> records) throws SQLException {
    // the keys' SQL type: coverage rows are numbered, other records named
    boolean numbered = records.stream().anyMatch(Number.class::isInstance);
    String name = numbered ? "sync_scope_numbers" : "sync_scope_names";
    temporaryIds(db, name, numbered, records);
    return name;
  }

  /**
   * Fills the temporary table {@code name} (one column {@code id}, numbers or text; made when this
   * connection has none) with {@code ids} alone.
   */
  static void temporaryIds(Connection db, String name, boolean numbered, Collection<?> ids)
      throws SQLException {
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
      for (Object id : ids) {
        s.setObject(1, id);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The compared values of a wanted row: those at {@code at} of a row, a digested record's own. */
  private static Object[] compared(Object want, int[] at) {
    if (want instanceof Digested d) {
      return d.compared();
    }
    Object[] row = (Object[]) want;
    Object[] out = new Object[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = row[at[i]];
    }
    return out;
  }

  /** The values of a wanted row, a digested record's made now. */
  private Object[] values(Object want) {
    if (want instanceof Digested d) {
      Object[] row = d.row().get();
      checkWidth(row);
      return normalized(row, keys.size(), row.length);
    }
    return (Object[]) want;
  }

  /** Fails unless {@code row} holds a value for each key and value column. */
  private void checkWidth(Object[] row) {
    if (row.length != keys.size() + values.size()) {
      throw new IllegalArgumentException(
          table + " has " + (keys.size() + values.size()) + " columns, not " + row.length);
    }
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
    List<String> columns = new ArrayList<>(values);
    if (listed()) {
      columns.add("lists");
    }
    try (PreparedStatement update =
            db.prepareStatement(
                "UPDATE "
                    + table
                    + " SET "
                    + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + " WHERE "
                    + match());
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + String.join(", ", keys)
                    + ", "
                    + String.join(", ", columns)
                    + ") VALUES ("
                    + String.join(
                        ", ", java.util.Collections.nCopies(keys.size() + columns.size(), "?"))
                    + ")")) {
      for (Map.Entry<List<Object>, Object> e : wanted.entrySet()) {
        if (moved.contains(e.getKey())) {
          continue;
        }
        Object[] row = values(e.getValue());
        if (listed()) {
          row = Arrays.copyOf(row, row.length + 1);
          row[row.length - 1] = lists(e.getKey().get(0));
        }
        if (changed.contains(e.getKey())) {
          bind(update, 1, row);
          bind(update, columns.size() + 1, e.getKey().toArray());
          update.addBatch();
        } else {
          bind(insert, 1, e.getKey().toArray());
          bind(insert, keys.size() + 1, row);
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
          Object want = wanted.get(key);
          move.setObject(
              1, want instanceof Digested d ? d.compared()[0] : ((Object[]) want)[position]);
          bind(move, 2, key.toArray());
          move.addBatch();
        }
        move.executeBatch();
      }
    }
    LOG.debug(
        "{}: {} rows inserted, {} updated ({} of them only moved), {} deleted, {} left",
        table,
        wanted.size() - changed.size(),
        changed.size(),
        moved.size(),
        gone.size(),
        kept);
    count.updated += changed.size();
    count.inserted += wanted.size() - changed.size();
    count.deleted += gone.size();
    count.kept += kept;
    count.unread += unread;
    wanted = new LinkedHashMap<>();
  }

  /** The {@code lists} column of a listed parent's new or changed record: its lists' signatures. */
  private String lists(Object record) {
    List<Signature> out = new ArrayList<>();
    for (RowSync child : children) {
      Signature.Builder made = child.signatures.get(record);
      out.add(made == null ? Signature.NONE : made.signature());
    }
    return Signature.joinAll(out);
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

  /**
   * A list as a record's rows of one child table: how many rows, and a hash (128 bits of SHA-256)
   * of their keys and values in the order they were made. Kept in a listed parent's {@code lists}
   * column, one per child table, as {@code rows:hash} separated by spaces.
   */
  record Signature(long rows, String hash) {
    /** No rows. */
    static final Signature NONE = new Builder().signature();

    /** The signatures a {@code lists} column holds, or null for none or unreadable. */
    static List<Signature> parseAll(String column) {
      if (column == null || column.isBlank()) {
        return null;
      }
      List<Signature> out = new ArrayList<>();
      for (String part : column.split(" ")) {
        int colon = part.indexOf(':');
        if (colon < 1) {
          return null;
        }
        try {
          out.add(
              new Signature(Long.parseLong(part.substring(0, colon)), part.substring(colon + 1)));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return out;
    }

    /** The {@code lists} column of these signatures. */
    static String joinAll(List<Signature> signatures) {
      return signatures.stream()
          .map(x -> x.rows() + ":" + x.hash())
          .collect(Collectors.joining(" "));
    }

    /** A signature made row by row, noting the hash of its first rows on the way. */
    static final class Builder {
      private final MessageDigest sha;
      private long rows;
      private String prefix;

      Builder() {
        try {
          sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }

      /** Adds a row; when it makes {@code prefixRows} rows, their hash is kept as the prefix's. */
      void add(List<Object> key, Object[] value, long prefixRows) {
        for (Object v : key) {
          update(v);
        }
        for (Object v : value) {
          update(v);
        }
        rows++;
        if (rows == prefixRows) {
          prefix = hash(clone(sha));
        }
      }

      long rows() {
        return rows;
      }

      /** The hash of the first rows, as many as the prefix asked for; null when never reached. */
      String prefix() {
        return prefix;
      }

      Signature signature() {
        return new Signature(rows, hash(clone(sha)));
      }

      private void update(Object v) {
        if (v == null) {
          sha.update((byte) 1);
        } else {
          sha.update((byte) v.getClass().getSimpleName().charAt(0));
          sha.update(v.toString().getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
      }

      private static MessageDigest clone(MessageDigest sha) {
        try {
          return (MessageDigest) sha.clone();
        } catch (CloneNotSupportedException e) {
          throw new IllegalStateException(e);
        }
      }

      private static String hash(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
      }
    }
  }
}
