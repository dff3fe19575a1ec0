package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The records a filter keeps, chosen in the database: each kind's kept ids go into a temporary
 * table of the reading connection, once, and the records are then read a chunk at a time joined to
 * it, so memory holds one chunk whatever the corpus's size.
 *
 * <p>What is kept (the meaning of {@code parallax export}'s filters, docs/export.md): dates are
 * event dates for events and publication dates (inferred ones included) for articles and quotes; a
 * partial date is kept when its span meets the range, an unknown date is not kept once a range is
 * given. An outlet keeps the records its articles report (a fused event keeps its counts, its
 * mentions are the outlet's). An actor is a CAMEO code prefix ({@code RUS}, {@code RUSGOV}) or an
 * entity id ({@code e} and 16 hex digits), matching an event's source or target and a quote's
 * speaker. A story keeps its own records. Articles are kept when their date, outlet and story pass
 * and, given an actor, when they report a kept event or quote. Stories, coverage rows, conflicts,
 * entities and outlets follow the records kept.
 *
 * @param from first day (yyyy-mm-dd), or null
 * @param to last day (yyyy-mm-dd), or null
 * @param outletId the outlet's id, or null
 * @param actor a CAMEO code prefix or an entity id, or null
 * @param story a story id, or null
 */
public record Selection(String from, String to, String outletId, String actor, String story) {
  private static final Pattern ENTITY_ID = Pattern.compile("e[0-9a-f]{16}");

  /** No filter: every record. */
  public static final Selection ALL = new Selection(null, null, null, null, null);

  /** Whether {@code actor} is an entity id ({@code e} and hex digits) rather than a CAMEO code. */
  public static boolean isEntityId(String actor) {
    return ENTITY_ID.matcher(actor).matches();
  }

  public boolean isAll() {
    return equals(ALL);
  }

  /** SQL and its parameters. */
  private record Sql(String text, List<Object> args) {
    static Sql of(String text, Object... args) {
      return new Sql(text, List.of(args));
    }
  }

  /** The temporary tables of the kept ids, in the order they are made (each reads the earlier). */
  static final List<String> TABLES =
      List.of(
          "kept_articles_in_scope",
          "kept_events",
          "kept_quotes",
          "kept_articles",
          "kept_stories",
          "kept_coverage",
          "kept_conflicts",
          "kept_entities",
          "kept_outlets");

  /** Fills the temporary tables of the kept ids on {@code db}, replacing earlier ones. */
  void choose(Connection db) throws SQLException {
    drop(db);
    List<Sql> steps = new ArrayList<>();
    List<Object> scopeArgs = new ArrayList<>();
    StringBuilder scope = new StringBuilder("SELECT id FROM articles WHERE 1 = 1");
    dated(scope, scopeArgs, "coalesce(inferred_published, published)");
    if (outletId != null) {
      scope.append(" AND outlet_id = ?");
      scopeArgs.add(outletId);
    }
    if (story != null) {
      scope.append(" AND id IN (SELECT article FROM story_articles WHERE story = ?)");
      scopeArgs.add(story);
    }
    steps.add(new Sql(scope.toString(), scopeArgs));

    List<Object> eventArgs = new ArrayList<>();
    StringBuilder events = new StringBuilder("SELECT id FROM events WHERE 1 = 1");
    dated(events, eventArgs, "event_date");
    if (story != null) {
      events.append(" AND story = ?");
      eventArgs.add(story);
    }
    if (actor != null) {
      if (isEntityId(actor)) {
        events.append(" AND (source_entity = ? OR target_entity = ?)");
        eventArgs.add(actor);
        eventArgs.add(actor);
      } else {
        events.append(
            " AND ((source_actor >= ? AND source_actor < ?) OR (target_actor >= ? AND"
                + " target_actor < ?))");
        eventArgs.addAll(List.of(actor, after(actor), actor, after(actor)));
      }
    }
    if (outletId != null) {
      events.append(
          " AND id IN (SELECT m.event FROM event_mentions m JOIN articles a ON a.id = m.article"
              + " WHERE a.outlet_id = ?)");
      eventArgs.add(outletId);
    }
    steps.add(new Sql(events.toString(), eventArgs));

    List<Object> quoteArgs = new ArrayList<>();
    StringBuilder quotes =
        new StringBuilder(
            "SELECT id FROM quotes WHERE article IN (SELECT id FROM kept_articles_in_scope)");
    if (actor != null) {
      if (isEntityId(actor)) {
        quotes.append(" AND speaker_entity = ?");
        quoteArgs.add(actor);
      } else {
        quotes.append(
            " AND speaker_entity IN (SELECT id FROM entities WHERE actor >= ? AND actor < ?)");
        quoteArgs.addAll(List.of(actor, after(actor)));
      }
    }
    steps.add(new Sql(quotes.toString(), quoteArgs));

    steps.add(
        actor == null
            ? Sql.of("SELECT id FROM kept_articles_in_scope")
            : Sql.of(
                "SELECT id FROM kept_articles_in_scope WHERE id IN (SELECT m.article FROM"
                    + " event_mentions m WHERE m.event IN (SELECT id FROM kept_events)) OR id IN"
                    + " (SELECT article FROM quotes WHERE id IN (SELECT id FROM kept_quotes))"));
    steps.add(
        Sql.of(
            "SELECT story AS id FROM story_articles WHERE article IN (SELECT id FROM"
                + " kept_articles) UNION SELECT story AS id FROM events WHERE story IS NOT NULL AND"
                + " id IN (SELECT id FROM kept_events)"));
    List<Object> coverageArgs = new ArrayList<>();
    StringBuilder coverage =
        new StringBuilder("SELECT id FROM coverage WHERE story IN (SELECT id FROM kept_stories)");
    if (outletId != null) {
      coverage.append(" AND outlet_id = ?");
      coverageArgs.add(outletId);
    }
    if (!isAll()) {
      coverage.append(
          " AND id IN (SELECT coverage FROM coverage_articles WHERE article IN (SELECT id FROM"
              + " kept_articles))");
    }
    steps.add(new Sql(coverage.toString(), coverageArgs));
    steps.add(
        Sql.of(
            "SELECT id FROM conflicts WHERE story IN (SELECT id FROM kept_stories) AND id IN"
                + " (SELECT conflict FROM conflict_claims WHERE article IN (SELECT id FROM"
                + " kept_articles))"));
    steps.add(
        isAll()
            ? Sql.of("SELECT id FROM entities")
            : Sql.of(
                "SELECT source_entity AS id FROM events WHERE source_entity IS NOT NULL AND id IN"
                    + " (SELECT id FROM kept_events) UNION SELECT target_entity AS id FROM events"
                    + " WHERE target_entity IS NOT NULL AND id IN (SELECT id FROM kept_events)"
                    + " UNION SELECT speaker_entity AS id FROM quotes WHERE speaker_entity IS NOT"
                    + " NULL AND id IN (SELECT id FROM kept_quotes)"));
    steps.add(
        Sql.of(
            "SELECT DISTINCT outlet_id AS id FROM articles WHERE outlet_id IS NOT NULL AND id IN"
                + " (SELECT id FROM kept_articles)"));

    for (int i = 0; i < TABLES.size(); i++) {
      String table = TABLES.get(i);
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TEMPORARY TABLE " + table + " (id TEXT PRIMARY KEY)");
      }
      Sql step = steps.get(i);
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO " + table + " (id) SELECT DISTINCT id FROM (" + step.text() + ") x")) {
        for (int j = 0; j < step.args().size(); j++) {
          s.setObject(j + 1, step.args().get(j));
        }
        s.executeUpdate();
      }
    }
  }

  /** Drops the temporary tables of a choice. */
  static void drop(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : TABLES) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  /**
   * Adds the condition that the ISO date in {@code column} (a day, a month or a year) meets the
   * range: its first day is not after {@code to} (a prefix sorts before what it prefixes) and its
   * last day not before {@code from} (compared at the date's own precision).
   */
  private void dated(StringBuilder sql, List<Object> args, String column) {
    if (from == null && to == null) {
      return;
    }
    sql.append(" AND ").append(column).append(" IS NOT NULL");
    if (to != null) {
      sql.append(" AND ").append(column).append(" <= ?");
      args.add(to);
    }
    if (from != null) {
      sql.append(" AND ")
          .append(column)
          .append(" >= substr(?, 1, length(")
          .append(column)
          .append("))");
      args.add(from);
    }
  }

  /** The least string after every string that starts with {@code prefix}. */
  static String after(String prefix) {
    return prefix.substring(0, prefix.length() - 1)
        + (char) (prefix.charAt(prefix.length() - 1) + 1);
  }
}
