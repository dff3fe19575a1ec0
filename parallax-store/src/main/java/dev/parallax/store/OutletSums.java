package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each outlet's coverage summed over all its stories (schema version 10): the quotes it carries by
 * speaker entity and by side, the labels it uses by entity and label, its tone toward each entity;
 * what serve's outlet page reads. Filled whole by {@code GROUP BY} ({@link #fill}), or kept by
 * difference ({@link #before}, {@link #after}): a save changes the coverage rows of the stories it
 * computed, and each sum's group takes off what the changed rows held and adds what they hold now,
 * instead of every run summing every coverage row of the corpus again.
 *
 * <p>Sums and story counts add up (a coverage row is in one group's count at most once, so the
 * counts of distinct rows over two sets of rows add). A maximum does not: a group keeps its stored
 * maximum unless the new rows reach it, and is summed again from its own rows only when rows
 * holding its maximum went and none of the new rows reach it while older rows stay. A group whose
 * story count falls to zero is deleted.
 */
final class OutletSums {
  private enum Kind {
    SUM,
    MAX,
    /** The coverage rows counted, each once. */
    STORIES
  }

  private record Value(String column, Kind kind, String expression) {
    String aggregate() {
      return switch (kind) {
        case SUM -> "sum(" + expression + ")";
        case MAX -> "max(" + expression + ")";
        case STORIES -> "count(DISTINCT c.id)";
      };
    }
  }

  /**
   * One table of sums: its group's key columns (each with the expression it sums by) and value
   * columns, over the coverage rows joined to one of their lists ({@code from}, {@code c} being the
   * coverage row).
   */
  private record Sum(String table, String from, List<String[]> keys, List<Value> values) {
    String columns() {
      List<String> out = new ArrayList<>();
      keys.forEach(k -> out.add(k[0]));
      values.forEach(v -> out.add(v.column()));
      return String.join(", ", out);
    }

    /** The groups of the rows {@code where} selects: their keys, then their values. */
    String select(String where) {
      List<String> out = new ArrayList<>();
      keys.forEach(k -> out.add(k[1]));
      values.forEach(v -> out.add(v.aggregate()));
      List<String> by = keys.stream().map(k -> k[1]).toList();
      return "SELECT "
          + String.join(", ", out)
          + from
          + (where == null ? "" : " WHERE " + where)
          + " GROUP BY "
          + String.join(", ", by);
    }

    /**
     * A condition matching one group's {@code key}, its stored columns' or the expressions summed
     * by: a parameter for each key column but those null in {@code key} (an index serves {@code =}
     * and {@code IS NULL}, not {@code IS NOT DISTINCT FROM} on PostgreSQL).
     */
    String keyMatch(boolean stored, List<Object> key) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        String column = keys.get(i)[stored ? 0 : 1];
        out.add(column + (key.get(i) == null ? " IS NULL" : " = ?"));
      }
      return String.join(" AND ", out);
    }
  }

  private static final String VOICES =
      " FROM coverage c JOIN coverage_voices v ON v.coverage = c.id";

  private static final List<Sum> SUMS =
      List.of(
          new Sum(
              "outlet_voice_sums",
              VOICES,
              List.of(new String[] {"outlet", "c.outlet"}, new String[] {"entity", "v.entity"}),
              List.of(
                  new Value("side", Kind.MAX, "v.side"),
                  new Value("quotes", Kind.SUM, "v.quotes"),
                  new Value("reported", Kind.SUM, "v.reported"),
                  new Value("stories", Kind.STORIES, null))),
          new Sum(
              "outlet_side_sums",
              VOICES,
              List.of(new String[] {"outlet", "c.outlet"}, new String[] {"side", "v.side"}),
              List.of(
                  new Value("quotes", Kind.SUM, "v.quotes"),
                  new Value("reported", Kind.SUM, "v.reported"),
                  new Value("stories", Kind.STORIES, null))),
          new Sum(
              "outlet_label_sums",
              " FROM coverage c JOIN coverage_labels l ON l.coverage = c.id",
              List.of(
                  new String[] {"outlet", "c.outlet"},
                  new String[] {"entity", "l.entity"},
                  new String[] {"label", "l.label"}),
              List.of(
                  new Value("uses", Kind.SUM, "l.label_count"),
                  new Value("loaded", Kind.MAX, "l.loaded"),
                  new Value("stories", Kind.STORIES, null))),
          new Sum(
              "outlet_tone_sums",
              " FROM coverage c JOIN coverage_tone t ON t.coverage = c.id",
              List.of(new String[] {"outlet", "c.outlet"}, new String[] {"entity", "t.entity"}),
              List.of(
                  new Value("score_sum", Kind.SUM, "t.score"),
                  new Value("stories", Kind.STORIES, null))));

  /** The temporary table of the coverage rows a save changes. */
  private static final String CHANGED = "outlet_sums_changed";

  private static final String OF_CHANGED = "c.id IN (SELECT id FROM " + CHANGED + ")";

  /**
   * What the changed rows held before the save, by sum and group key: one map per sum, none when no
   * row changed; null to fill whole.
   */
  private final List<Map<List<Object>, Object[]>> before;

  private OutletSums(List<Map<List<Object>, Object[]>> before) {
    this.before = before;
  }

  /** Replaces what the tables hold with the sums of every coverage row. */
  static void fill(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (Sum sum : SUMS) {
        s.executeUpdate("DELETE FROM " + sum.table());
        s.executeUpdate(
            "INSERT INTO " + sum.table() + " (" + sum.columns() + ") " + sum.select(null));
      }
    }
  }

  /**
   * Notes, before a save writes them, what the coverage rows it changes ({@code changed}, their
   * ids: new, gone or with other lists) hold; {@code stored} rows are stored. When the changed rows
   * are more than half of them, the sums are filled whole after the save instead.
   */
  static OutletSums before(Connection db, Collection<Object> changed, long stored)
      throws SQLException {
    if (changed.size() * 2L > stored) {
      return new OutletSums(null);
    }
    List<Map<List<Object>, Object[]>> held = new ArrayList<>();
    if (changed.isEmpty()) {
      return new OutletSums(held);
    }
    RowSync.temporaryIds(db, CHANGED, true, changed);
    for (Sum sum : SUMS) {
      held.add(groups(db, sum, sum.select(OF_CHANGED)));
    }
    return new OutletSums(held);
  }

  /** Brings the sums to the coverage rows the save wrote. */
  void after(Connection db) throws SQLException {
    if (before == null) {
      fill(db);
      return;
    }
    for (int i = 0; i < before.size(); i++) {
      Sum sum = SUMS.get(i);
      Map<List<Object>, Object[]> held = before.get(i);
      Map<List<Object>, Object[]> now = groups(db, sum, sum.select(OF_CHANGED));
      Set<List<Object>> touched = new LinkedHashSet<>(held.keySet());
      touched.addAll(now.keySet());
      if (!touched.isEmpty()) {
        new GroupUpdate(db, sum).run(touched, held, now);
      }
    }
  }

  /** The groups a query of {@link Sum#select} gives, by key. */
  private static Map<List<Object>, Object[]> groups(Connection db, Sum sum, String sql)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      return groups(sum, s);
    }
  }

  private static Map<List<Object>, Object[]> groups(Sum sum, PreparedStatement s)
      throws SQLException {
    Map<List<Object>, Object[]> out = new HashMap<>();
    try (ResultSet rs = s.executeQuery()) {
      int k = sum.keys().size();
      while (rs.next()) {
        Object[] key = new Object[k];
        for (int j = 0; j < k; j++) {
          key[j] = rs.getObject(j + 1);
        }
        Object[] values = new Object[sum.values().size()];
        for (int j = 0; j < values.length; j++) {
          values[j] = rs.getObject(k + j + 1);
        }
        out.put(Arrays.asList(key), values);
      }
    }
    return out;
  }

  /** The statements that bring one table's touched groups to their new sums. */
  private static final class GroupUpdate {
    private final Connection db;
    private final Sum sum;
    private final int storiesAt;

    /** The statements prepared, by their SQL: one per pattern of null key columns. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private final PreparedStatement insert;

    GroupUpdate(Connection db, Sum sum) throws SQLException {
      this.db = db;
      this.sum = sum;
      List<Value> values = sum.values();
      int at = 0;
      while (values.get(at).kind() != Kind.STORIES) {
        at++;
      }
      storiesAt = at;
      insert =
          db.prepareStatement(
              "INSERT INTO "
                  + sum.table()
                  + " ("
                  + sum.columns()
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(sum.keys().size() + values.size(), "?"))
                  + ")");
    }

    /** The statement of {@code sql} with {@code key}'s values that are not null bound. */
    private PreparedStatement with(String sql, List<Object> key) throws SQLException {
      PreparedStatement s = prepared.get(sql);
      if (s == null) {
        s = db.prepareStatement(sql);
        prepared.put(sql, s);
      }
      bind(s, 1, key.stream().filter(x -> x != null).toList());
      return s;
    }

    /** Brings each of {@code touched} to its stored sums less {@code held}'s plus {@code now}'s. */
    void run(
        Set<List<Object>> touched,
        Map<List<Object>, Object[]> held,
        Map<List<Object>, Object[]> now)
        throws SQLException {
      try {
        for (List<Object> key : touched) {
          update(key, held.get(key), now.get(key));
        }
        insert.executeBatch();
      } finally {
        insert.close();
        for (PreparedStatement s : prepared.values()) {
          s.close();
        }
      }
    }

    /**
     * One group's stored sums less what the changed rows held ({@code gone}) plus what they hold
     * now ({@code added}); either may be null.
     */
    private void update(List<Object> key, Object[] gone, Object[] added) throws SQLException {
      String match = " WHERE " + sum.keyMatch(true, key);
      Object[] was =
          groups(sum, with("SELECT " + sum.columns() + " FROM " + sum.table() + match, key))
              .values()
              .stream()
              .findFirst()
              .orElse(null);
      with("DELETE FROM " + sum.table() + match, key).executeUpdate();
      long kept = count(was, storiesAt) - count(gone, storiesAt);
      long total = kept + count(added, storiesAt);
      if (total <= 0) {
        return;
      }
      List<Value> values = sum.values();
      Object[] row = new Object[values.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] =
            switch (values.get(j).kind()) {
              case SUM -> plus(at(was, j), at(gone, j), at(added, j));
              case STORIES -> total;
              case MAX -> max(key, values.get(j), kept, at(was, j), at(gone, j), at(added, j));
            };
      }
      bind(insert, bind(insert, 1, key), Arrays.asList(row));
      insert.addBatch();
    }

    /**
     * A group's new maximum: the new rows' when they reach the stored one or no older row stays,
     * the stored one when the rows that went held less, else the maximum of the group's rows now.
     */
    private Object max(
        List<Object> key, Value value, long kept, Object was, Object gone, Object added)
        throws SQLException {
      if (kept <= 0 || compare(added, was) >= 0) {
        return added;
      }
      if (compare(gone, was) < 0) {
        return was;
      }
      String sql =
          "SELECT " + value.aggregate() + sum.from() + " WHERE " + sum.keyMatch(false, key);
      try (ResultSet rs = with(sql, key).executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    }
  }

  /** Orders values of one column, null first (SQL's max passes over nulls). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return ((Comparable) a).compareTo(b);
  }

  private static Object plus(Object stored, Object gone, Object added) {
    if (stored instanceof Double || gone instanceof Double || added instanceof Double) {
      return real(stored) - real(gone) + real(added);
    }
    return count(stored) - count(gone) + count(added);
  }

  private static Object at(Object[] values, int j) {
    return values == null ? null : values[j];
  }

  private static long count(Object[] values, int j) {
    return count(at(values, j));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static double real(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  private static int bind(PreparedStatement s, int from, List<Object> values) throws SQLException {
    int at = from;
    for (Object x : values) {
      s.setObject(at++, x);
    }
    return at;
  }
}
