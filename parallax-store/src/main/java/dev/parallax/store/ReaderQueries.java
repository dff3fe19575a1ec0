package dev.parallax.store;

import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The questions a reader of the store asks a page at a time (the pages and API of {@code parallax
 * serve}): each answer is bounded by its page or by one record, whatever the corpus's size. Every
 * value is bound as a parameter; the SQL suits SQLite and PostgreSQL alike.
 */
public final class ReaderQueries {
  private ReaderQueries() {}

  /**
   * The filters of the stories list; null fields (and a false blindspot) do not filter.
   *
   * @param from the story's last date reaches this ISO date (of any precision)
   * @param to the story's first date begins by this ISO date
   * @param outlet an outlet (by the name stories give it) carried the story
   * @param without this outlet did not carry the story
   * @param actor an event of the story has a source or target actor code starting with this
   * @param group an outlet of its group carried the story (its country when no outlet has a group)
   * @param language an article of the story is in this language
   * @param cameoRoot an event of the story has a CAMEO code with this root (two digits)
   * @param quadClass an event of the story is of this quad class (1 to 4)
   * @param blindspot every outlet that carried it has a group, all the same one
   */
  public record StoryFilter(
      String from,
      String to,
      String outlet,
      String without,
      String actor,
      String group,
      String language,
      String cameoRoot,
      Integer quadClass,
      boolean blindspot) {}

  /** A story of the list with the groups that carried it (as {@link #groupsOf} gives them). */
  public record StoryRow(Story story, List<String> groups, boolean blindspot) {}

  /**
   * One page of stories and the cursor of the next (the last story's id; null on the last page).
   */
  public record StoryPage(List<StoryRow> rows, String next) {}

  /** Whether an outlet of the directory has a group; if none has, groups are countries. */
  static boolean groupsDefined(Connection db) throws SQLException {
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT 1 FROM outlet_directory WHERE outlet_group IS NOT NULL LIMIT 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next();
    }
  }

  /**
   * The stories {@code f} selects, newest first by their last date (undated last, ties by id),
   * {@code limit} of them after the story {@code cursor} names (from the start when null). Reads
   * the stories along their last-date index, testing each filter with an indexed look-up, until the
   * page is full.
   *
   * @throws IllegalArgumentException when the cursor names no story
   */
  static StoryPage stories(Connection db, StoryFilter f, String cursor, int limit)
      throws SQLException {
    String groupColumn = groupsDefined(db) ? "outlet_group" : "country";
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    filters(f, groupColumn, where, args);
    List<String> ids = new ArrayList<>();
    boolean dated = true;
    String afterDate = null;
    String afterId = null;
    if (cursor != null) {
      try (PreparedStatement s =
          db.prepareStatement("SELECT last_date FROM stories WHERE id = ?")) {
        s.setString(1, cursor);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("cursor names no story");
          }
          afterDate = rs.getString(1);
          afterId = cursor;
          dated = afterDate != null;
        }
      }
    }
    // the dated stories first, newest first, then the undated ones, each by id
    if (dated) {
      List<Object> a = new ArrayList<>();
      String keyset = "";
      if (afterDate != null) {
        keyset = " AND (s.last_date < ? OR (s.last_date = ? AND s.id > ?))";
        a.addAll(List.of(afterDate, afterDate, afterId));
      }
      a.addAll(args);
      a.add(limit + 1);
      ids.addAll(
          ids(
              db,
              "SELECT s.id FROM stories s WHERE s.last_date IS NOT NULL"
                  + keyset
                  + where
                  + " ORDER BY s.last_date DESC, s.id LIMIT ?",
              a));
      afterId = null;
    }
    if (ids.size() <= limit) {
      List<Object> a = new ArrayList<>();
      String keyset = "";
      if (afterId != null) {
        keyset = " AND s.id > ?";
        a.add(afterId);
      }
      a.addAll(args);
      a.add(limit + 1 - ids.size());
      ids.addAll(
          ids(
              db,
              "SELECT s.id FROM stories s WHERE s.last_date IS NULL"
                  + keyset
                  + where
                  + " ORDER BY s.id LIMIT ?",
              a));
    }
    String next = null;
    if (ids.size() > limit) {
      ids = ids.subList(0, limit);
      next = ids.get(limit - 1);
    }
    return new StoryPage(rows(db, ids, groupColumn), next);
  }

  /** The stories with these ids (those the store has) with their groups, in this order. */
  static List<StoryRow> storyRows(Connection db, List<String> ids) throws SQLException {
    return rows(db, ids, groupsDefined(db) ? "outlet_group" : "country");
  }

  private static List<StoryRow> rows(Connection db, List<String> ids, String groupColumn)
      throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Story> read = new HashMap<>();
    RecordTables.readStories(db, RecordTables.Where.in("id", List.copyOf(ids)))
        .forEach(s -> read.put(s.id(), s));
    Map<String, Grouping> groups = groupsOf(db, ids, groupColumn);
    List<StoryRow> rows = new ArrayList<>();
    for (String id : ids) {
      Story story = read.get(id);
      if (story != null) {
        Grouping g = groups.getOrDefault(id, new Grouping(new TreeSet<>(), true));
        rows.add(new StoryRow(story, List.copyOf(g.groups), g.blindspot()));
      }
    }
    return rows;
  }

  /** The conditions of {@code f} on stories {@code s}, each an indexed look-up. */
  private static void filters(StoryFilter f, String group, StringBuilder where, List<Object> args) {
    if (f.from() != null) {
      // the last date reaches from: compared on the precision the two share
      where.append(" AND s.last_date >= substr(?, 1, length(s.last_date))");
      args.add(f.from());
    }
    if (f.to() != null) {
      where.append(
          " AND s.first_date IS NOT NULL"
              + " AND substr(s.first_date, 1, length(?)) <= substr(?, 1, length(s.first_date))");
      args.add(f.to());
      args.add(f.to());
    }
    if (f.outlet() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM story_outlets o WHERE o.story = s.id AND o.outlet = ?)");
      args.add(f.outlet());
    }
    if (f.without() != null) {
      // the outlet's stories read once from its index, not probed per story: an outlet that
      // carries nearly every story makes this filter read the whole list
      where.append(" AND s.id NOT IN (SELECT o.story FROM story_outlets o WHERE o.outlet = ?)");
      args.add(f.without());
    }
    if (f.actor() != null) {
      String high = prefixEnd(f.actor());
      where.append(
          " AND EXISTS (SELECT 1 FROM events e WHERE e.story = s.id AND ((e.source_actor >= ?"
              + " AND e.source_actor < ?) OR (e.target_actor >= ? AND e.target_actor < ?)))");
      args.addAll(List.of(f.actor(), high, f.actor(), high));
    }
    if (f.cameoRoot() != null) {
      where.append(" AND EXISTS (SELECT 1 FROM events e WHERE e.story = s.id AND e.cameo >= ?");
      where.append(" AND e.cameo < ?)");
      args.add(f.cameoRoot());
      args.add(prefixEnd(f.cameoRoot()));
    }
    if (f.quadClass() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM events e WHERE e.story = s.id AND e.quad_class = ?)");
      args.add(f.quadClass());
    }
    if (f.language() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article"
              + " WHERE sa.story = s.id AND a.language = ?)");
      args.add(f.language());
    }
    String groupOf =
        " FROM story_outlets so LEFT JOIN outlet_directory d ON d.name = so.outlet"
            + " WHERE so.story = s.id";
    if (f.group() != null) {
      where.append(" AND EXISTS (SELECT 1" + groupOf + " AND d." + group + " = ?)");
      args.add(f.group());
    }
    if (f.blindspot()) {
      // set with the corpus records (RecordTables.fillBlindspots), as groupsOf would find it
      where.append(" AND s.blindspot_group IS NOT NULL");
    }
  }

  /** The least string above every string that starts with {@code prefix} (not empty). */
  static String prefixEnd(String prefix) {
    int last = prefix.length() - 1;
    return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
  }

  /** A story's groups, in order, and whether every outlet of it had one. */
  private record Grouping(TreeSet<String> groups, boolean all) {
    boolean blindspot() {
      return all && groups.size() == 1;
    }
  }

  private static Map<String, Grouping> groupsOf(
      Connection db, List<String> stories, String groupColumn) throws SQLException {
    Map<String, Grouping> out = new HashMap<>();
    RecordTables.Where in = RecordTables.Where.in("so.story", List.copyOf(stories));
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT so.story, d."
                + groupColumn
                + " FROM story_outlets so LEFT JOIN outlet_directory d ON d.name = so.outlet"
                + " WHERE "
                + in.sql())) {
      bind(s, in.args());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String story = rs.getString(1);
          String group = rs.getString(2);
          Grouping g = out.get(story);
          if (g == null) {
            g = new Grouping(new TreeSet<>(), true);
          }
          if (group == null) {
            g = new Grouping(g.groups(), false);
          } else {
            g.groups().add(group);
          }
          out.put(story, g);
        }
      }
    }
    return out;
  }

  /** An entity's mention in one article. */
  public record EntityMention(Entity entity, Mention mention) {}

  /** An event's report in one article. */
  public record EventReport(Event event, EventMention mention) {}

  /**
   * An article (dated as the corpus stages dated it) with its story and what was found in it: the
   * entities (each with its aliases and its mentions in this article only), the events reported in
   * it (whole) with each report, its quotes; each in output order.
   */
  public record ArticleRecords(
      Article article,
      String story,
      List<EntityMention> entities,
      List<EventReport> events,
      List<Quote> quotes) {}

  static Optional<ArticleRecords> article(Connection db, String id) throws SQLException {
    List<Article> found = RecordTables.readArticles(db, RecordTables.Where.of("id = ?", id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String story = null;
    try (PreparedStatement s =
        db.prepareStatement("SELECT story FROM story_articles WHERE article = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        story = rs.next() ? rs.getString(1) : null;
      }
    }
    // the entities mentioned here with their aliases, but only the mentions in this article
    Map<String, List<String>> aliases = new HashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT entity, alias FROM entity_aliases WHERE entity IN"
                + " (SELECT entity FROM entity_mentions WHERE article = ?)"
                + " ORDER BY entity, position")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    record Row(String id, String name, String type, String actor, Mention mention) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT e.id, e.name, e.type, e.actor, m.span_start, m.span_end, m.text"
                + " FROM entity_mentions m JOIN entities e ON e.id = m.entity"
                + " WHERE m.article = ? ORDER BY e.position, m.position")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  new Mention(id, rs.getInt(5), rs.getInt(6), rs.getString(7))));
        }
      }
    }
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    rows.forEach(r -> mentions.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.mention()));
    Map<String, Entity> entities = new HashMap<>();
    List<EntityMention> entityMentions = new ArrayList<>();
    for (Row r : rows) {
      Entity e =
          entities.computeIfAbsent(
              r.id(),
              k ->
                  new Entity(
                      k,
                      r.name(),
                      EntityType.valueOf(r.type()),
                      r.actor(),
                      aliases.getOrDefault(k, List.of()),
                      mentions.get(k)));
      entityMentions.add(new EntityMention(e, r.mention()));
    }
    List<EventReport> reports = new ArrayList<>();
    for (Event e :
        RecordTables.readEvents(
            db,
            RecordTables.Where.of(
                "id IN (SELECT event FROM event_mentions WHERE article = ?)", id))) {
      for (EventMention m : e.mentions()) {
        if (m.article().equals(id)) {
          reports.add(new EventReport(e, m));
        }
      }
    }
    List<Quote> quotes = RecordTables.readQuotes(db, RecordTables.Where.of("article = ?", id));
    return Optional.of(new ArticleRecords(found.get(0), story, entityMentions, reports, quotes));
  }

  /** The names of the entities with these ids (those the store has). */
  static Map<String, String> entityNames(Connection db, Collection<String> ids)
      throws SQLException {
    return pairs(db, "SELECT id, name FROM entities WHERE ", "id", ids);
  }

  /** The titles of the stories with these ids (those the store has; a null title is left out). */
  static Map<String, String> storyTitles(Connection db, Collection<String> ids)
      throws SQLException {
    Map<String, String> out = pairs(db, "SELECT id, title FROM stories WHERE ", "id", ids);
    out.values().removeIf(v -> v == null);
    return out;
  }

  /** The story of each of these articles (those in a story). */
  static Map<String, String> storiesOfArticles(Connection db, Collection<String> articles)
      throws SQLException {
    return pairs(db, "SELECT article, story FROM story_articles WHERE ", "article", articles);
  }

  private static Map<String, String> pairs(
      Connection db, String select, String column, Collection<String> keys) throws SQLException {
    Map<String, String> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    RecordTables.Where in = RecordTables.Where.in(column, List.copyOf(new TreeSet<>(keys)));
    try (PreparedStatement s = db.prepareStatement(select + in.sql())) {
      bind(s, in.args());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /**
   * An outlet's articles (by outlet id) per month of their publication date as the corpus stages
   * dated them: {@code yyyy-mm}, a year alone as {@code yyyy}, or {@code undated}; months in order.
   */
  static Map<String, Integer> articlesPerMonth(Connection db, String outletId) throws SQLException {
    Map<String, Integer> out = new TreeMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT substr(coalesce(inferred_published, published), 1, 7) AS m, count(*)"
                + " FROM articles WHERE outlet_id = ? GROUP BY m")) {
      s.setString(1, outletId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.merge(
              rs.getString(1) == null ? "undated" : rs.getString(1), rs.getInt(2), Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * One month of events between two actors: how many of each quad class (1 verbal cooperation ... 4
   * material conflict) and their mean Goldstein value.
   */
  public record PairMonth(String month, int events, List<Integer> quadClasses, double goldstein) {}

  /**
   * The months in which {@code source} acted on {@code target} (exact actor codes), in order, with
   * the events' quad classes and mean Goldstein value; events dated to the year only or undated are
   * left out. One range of the (source, target, month) index.
   */
  static List<PairMonth> pairMonths(Connection db, String source, String target)
      throws SQLException {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, double[]> goldstein = new HashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT event_month, quad_class, count(*), sum(goldstein) FROM events"
                + " WHERE source_actor = ? AND target_actor = ? AND event_month IS NOT NULL"
                + " GROUP BY event_month, quad_class")) {
      s.setString(1, source);
      s.setString(2, target);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String month = rs.getString(1);
          int quad = rs.getInt(2);
          int n = rs.getInt(3);
          int[] c = counts.computeIfAbsent(month, k -> new int[4]);
          if (quad >= 1 && quad <= 4) {
            c[quad - 1] += n;
          }
          double[] g = goldstein.computeIfAbsent(month, k -> new double[2]);
          g[0] += rs.getDouble(4);
          g[1] += n;
        }
      }
    }
    List<PairMonth> out = new ArrayList<>();
    counts.forEach(
        (month, c) -> {
          double[] g = goldstein.get(month);
          out.add(
              new PairMonth(
                  month,
                  (int) g[1],
                  java.util.Arrays.stream(c).boxed().toList(),
                  Math.round(g[0] / g[1] * 100) / 100.0));
        });
    return out;
  }

  /**
   * The events in which {@code source} acted on {@code target} in {@code month} ({@code yyyy-mm}),
   * in output order, at most {@code limit}.
   */
  static List<Event> pairEvents(
      Connection db, String source, String target, String month, int limit) throws SQLException {
    List<Object> ids = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id FROM events WHERE source_actor = ? AND target_actor = ?"
                + " AND event_month = ? ORDER BY position LIMIT ?")) {
      bind(s, List.of(source, target, month, limit));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids.isEmpty()
        ? List.of()
        : RecordTables.readEvents(db, RecordTables.Where.in("id", ids));
  }

  /**
   * The ids of one outlet's coverage rows of its {@code limit} latest stories: the dated stories
   * newest first along their last-date index, each probed for this outlet's row (so the read stops
   * when the page is full, however many stories the outlet carried), then the rows of undated or
   * unknown stories in output order.
   */
  static List<Object> outletCoverageIds(Connection db, String outlet, int limit)
      throws SQLException {
    String row = "FROM coverage c WHERE c.story = s.id AND c.outlet = ?";
    List<Object> ids =
        column(
            db,
            "SELECT (SELECT c.id "
                + row
                + ") FROM stories s WHERE EXISTS (SELECT 1 "
                + row
                + ") AND s.last_date IS NOT NULL ORDER BY s.last_date DESC, s.id LIMIT ?",
            List.of(outlet, outlet, limit));
    if (ids.size() < limit) {
      ids.addAll(
          column(
              db,
              "SELECT c.id FROM coverage c LEFT JOIN stories s ON s.id = c.story"
                  + " WHERE c.outlet = ? AND s.last_date IS NULL ORDER BY c.position LIMIT ?",
              List.of(outlet, limit - ids.size())));
    }
    return ids;
  }

  private static List<String> ids(Connection db, String sql, List<Object> args)
      throws SQLException {
    return column(db, sql, args).stream().map(String::valueOf).toList();
  }

  /** The first column of the rows {@code sql} selects, as the driver gives it. */
  private static List<Object> column(Connection db, String sql, List<Object> args)
      throws SQLException {
    List<Object> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getObject(1));
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
  }
}
