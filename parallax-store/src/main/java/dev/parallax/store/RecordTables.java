package dev.parallax.store;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Mention;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.RecordDigest;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.pipeline.QuoteSpeakers;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.pipeline.SavedStoryRecords;
import dev.parallax.report.ReportData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relational tables of schema version 2 (see {@code migration/V2__relational_records.sql}): an
 * article's columns and removed blocks, and the corpus records, written and read back in the order
 * of the output files. Portable SQL over JDBC; the caller owns the transaction.
 */
final class RecordTables {
  private static final Logger LOG = LoggerFactory.getLogger(RecordTables.class);

  private RecordTables() {}

  /** The Java step of migration 2: the article columns of every stored article, from its JSON. */
  static void fillArticleColumns(Connection db) throws SQLException {
    List<String> json = new ArrayList<>();
    each(
        db,
        "SELECT article FROM articles ORDER BY seq",
        rs -> {
          json.add(rs.getString(1));
        });
    for (String line : json) {
      writeArticle(db, Jsonl.read(line, Article.class), null);
    }
  }

  /**
   * The Java step of migration 20: the keys of every stored article's actor mentions ({@code
   * articles.actor_keys}), from its mentions, a thousand articles at a time.
   */
  static void fillActorKeys(Connection db) throws SQLException {
    long after = 0;
    while (true) {
      Map<Long, String> keys = new LinkedHashMap<>();
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT seq, id, actors FROM articles WHERE seq > ? ORDER BY seq LIMIT 1000")) {
        s.setLong(1, after);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            try {
              keys.put(rs.getLong(1), ResultCodec.actorKeys(ResultCodec.actors(rs.getBytes(3))));
            } catch (IllegalArgumentException e) {
              throw new StoreException(
                  "the actor mentions of stored article " + rs.getString(2) + " do not read: " + e,
                  e);
            }
          }
        }
      }
      if (keys.isEmpty()) {
        return;
      }
      try (PreparedStatement s =
          db.prepareStatement("UPDATE articles SET actor_keys = ? WHERE seq = ?")) {
        for (Map.Entry<Long, String> e : keys.entrySet()) {
          s.setString(1, e.getValue());
          s.setLong(2, e.getKey());
          s.addBatch();
          after = e.getKey();
        }
        s.executeBatch();
      }
    }
  }

  /**
   * Fills the columns of a stored article's row (inserted with its JSON) and its removed blocks,
   * and registers its outlet.
   *
   * @param run the run that analysed it, or null when not known (a store migrated from version 1)
   */
  static void writeArticle(Connection db, Article a, Long run) throws SQLException {
    if (a.outlet() != null) {
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO outlets (name) SELECT CAST(? AS TEXT) WHERE NOT EXISTS"
                  + " (SELECT 1 FROM outlets WHERE name = ?)")) {
        s.setString(1, a.outlet());
        s.setString(2, a.outlet());
        s.executeUpdate();
      }
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE articles SET outlet = ?, title = ?, published = ?, published_from = ?,"
                + " language = ?, body = ?, run = ? WHERE id = ?")) {
      s.setString(1, a.outlet());
      s.setString(2, a.title());
      s.setString(3, date(a.published()));
      s.setString(4, a.publishedFrom() == null ? null : a.publishedFrom().name());
      s.setString(5, a.language());
      s.setString(6, a.body());
      if (run == null) {
        s.setNull(7, Types.INTEGER);
      } else {
        s.setLong(7, run);
      }
      s.setString(8, a.id());
      if (s.executeUpdate() != 1) {
        throw new SQLException("no stored row for article " + a.id());
      }
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO removed_blocks (article, position, reason, text) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < a.removed().size(); i++) {
        RemovedBlock b = a.removed().get(i);
        row(s, a.id(), i, b.reason().name(), b.text());
      }
      s.executeBatch();
    }
  }

  /**
   * Replaces the corpus records with {@code records} and {@code outlets} (an entity or event id
   * they no longer carry redirects to where its mentions went, {@link IdRedirects}), the inferred
   * publication dates of the stored articles with those of {@code records.articles()}, each with
   * the event {@code publishedEventOf} its id, and each article's outlet id with {@code outletIdOf}
   * its id. Writes only the rows that differ from the stored ones ({@link RowSync}), one family of
   * tables (a record and its lists) at a time; given the quotes' {@code speakers} (else null), the
   * quotes and entity mentions of the articles saved before are kept and only the others written
   * ({@link KeyedSave}, {@link QuoteRows}, {@link MentionRows}). An event, coverage row or conflict
   * for which {@code storedDigest} gives a digest is the stored record it was read from, unchanged:
   * that digest stands for it, and it is not digested again. An event's position is its first
   * article's and rank, a coverage row's or conflict's its story's and rank ({@link #place}); the
   * events, coverage rows and conflicts of the {@code leftStories} (each with its record's stored
   * position, {@link Left}), which a run left in the store without reading them, stay as stored (a
   * left story that moved has its rows' places moved in SQL), and so do those stories' records.
   * Empties the story digests, which the caller writes after.
   *
   * @return the rows written and deleted
   */
  static RowSync.Count replaceCorpus(
      Connection db,
      ReportData records,
      List<Outlet> outlets,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf,
      QuoteSpeakers speakers,
      Function<Object, String> storedDigest,
      Map<String, Left> leftStories)
      throws SQLException {
    String left = null;
    if (!leftStories.isEmpty()) {
      left = "left_stories";
      RowSync.temporaryIds(db, left, false, leftStories.keySet());
    }
    List<IdRedirects.Gone> gone = IdRedirects.gone(db, records, left);
    try (Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM story_digests");
    }
    List<Integer> coverageIds = coverageIds(db, records.coverage());
    Map<String, Long> places = storyPlaces(records);
    moveLeft(db, leftStories, places);
    RowSync.Count count = new RowSync.Count();
    KeyedSave keyed = speakers == null ? null : KeyedSave.read(db, speakers);
    MentionRows mentions =
        keyed == null ? null : MentionRows.deleteStale(db, records.entities(), keyed, count);
    List<RowSync> coverage =
        coverageTables(
            records.coverage(),
            coverageIds,
            storyRanked(records.coverage(), Coverage::story, places),
            storedDigest,
            left);
    OutletSums[] sums = {null};
    for (List<RowSync> family :
        List.of(
            outletTables(outlets),
            articleColumns(
                db,
                records.articles(),
                outletIdOf,
                publishedEventOf,
                leftArticles(records, leftStories)),
            entityTables(records.entities(), keyed == null),
            storyTables(records.stories(), leftStories, left, places),
            eventTables(records.events(), eventPlaces(db, records.events()), storedDigest, left),
            keyed == null ? quoteTables(records.quotes()) : List.<RowSync>of(),
            coverage,
            conflictTables(
                records.conflicts(),
                storyRanked(records.conflicts(), Conflict::story, places),
                storedDigest,
                left))) {
      if (!family.isEmpty()) {
        RowSync.apply(
            db,
            family,
            count,
            family != coverage
                ? null
                : (changed, stored) -> sums[0] = OutletSums.before(db, changed, stored));
      }
    }
    if (keyed == null) {
      KeyedSave.forget(db);
    } else {
      mentions.insert(db, count);
      QuoteRows.save(db, records.articles(), speakers, keyed, count);
      keyed.finish(db);
    }
    fillBlindspots(db);
    IdRedirects.record(db, records, gone);
    sums[0].after(db);
    return count;
  }

  /**
   * Sets each story's {@code blindspot_group}: the one group of all the outlets that carried it
   * (their country when the outlet directory defines no group at all), or null when they span two
   * or one of them has none; what the stories list's blindspot filter reads.
   */
  static void fillBlindspots(Connection db) throws SQLException {
    String group = ReaderQueries.groupsDefined(db) ? "outlet_group" : "country";
    try (Statement s = db.createStatement()) {
      s.executeUpdate(
          "UPDATE stories SET blindspot_group = (SELECT CASE WHEN count(*) = count(d."
              + group
              + ") AND count(DISTINCT d."
              + group
              + ") = 1 THEN max(d."
              + group
              + ") END FROM story_outlets so LEFT JOIN outlet_directory d ON d.name = so.outlet"
              + " WHERE so.story = stories.id)");
    }
  }

  private static List<RowSync> outletTables(List<Outlet> outlets) {
    return List.of(
        RowSync.of(
                "outlet_directory",
                List.of("id"),
                List.of("position", "name", "country", "outlet_group", "articles", "digest"),
                t ->
                    addDigested(
                        t,
                        outlets,
                        (x, at) -> x.id(),
                        (x, at, d) ->
                            new Object[] {
                              x.id(), at, x.name(), x.country(), x.group(), x.articles(), d
                            }))
            .digested(),
        RowSync.of(
            "outlet_spellings",
            List.of("outlet", "kind", "position"),
            List.of("spelling"),
            t -> {
              for (Outlet x : outlets) {
                for (int j = 0; j < x.aliases().size(); j++) {
                  t.add(x.id(), "alias", j, x.aliases().get(j));
                }
                for (int j = 0; j < x.domains().size(); j++) {
                  t.add(x.id(), "domain", j, x.domains().get(j));
                }
              }
            }));
  }

  /**
   * The corpus stages' columns of the articles table, which each save compares for every row but
   * those of the articles of stories left in the store.
   */
  static final List<String> ARTICLE_CORPUS_COLUMNS =
      List.of("outlet_id", "inferred_published", "inferred_event", "copy_of");

  /**
   * The articles of the stories left in the store, whose corpus columns are as stored: each column
   * follows from what the story's digest covers (the outlet id, the copy found, the date inferred
   * through the story's events). Null when no story is left.
   */
  private static Set<String> leftArticles(ReportData records, Map<String, Left> leftStories) {
    if (leftStories.isEmpty()) {
      return null;
    }
    Set<String> out = new HashSet<>();
    for (Story story : records.stories()) {
      if (leftStories.containsKey(story.id())) {
        out.addAll(story.articles());
      }
    }
    return out;
  }

  /**
   * The corpus stages' columns of the stored articles: each article's outlet id, its inferred
   * publication date with the event it comes from, and the article it is a copy of; null for an
   * article {@code articles} leaves out. When stories are left in the store ({@code left}, their
   * articles, {@link #leftArticles}; else null), only the other articles' columns are read and
   * written, by their ids in a temporary table: a stored article that is neither in {@code
   * articles} nor left keeps its columns then.
   */
  private static List<RowSync> articleColumns(
      Connection db,
      List<Article> articles,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf,
      Set<String> left)
      throws SQLException {
    List<Article> compared =
        left == null ? articles : articles.stream().filter(a -> !left.contains(a.id())).toList();
    RowSync columns =
        RowSync.columns(
            "articles",
            List.of("id"),
            ARTICLE_CORPUS_COLUMNS,
            t -> {
              for (Article a : compared) {
                boolean inferred = a.publishedFrom() == DateSource.INFERRED;
                t.add(
                    a.id(),
                    outletIdOf.apply(a.id()),
                    inferred ? date(a.published()) : null,
                    inferred ? publishedEventOf.apply(a.id()) : null,
                    a.copyOf());
              }
            });
    if (left != null) {
      RowSync.temporaryIds(
          db, "compared_articles", false, compared.stream().map(Article::id).toList());
      columns.within("compared_articles");
    }
    return List.of(columns);
  }

  /** The stored outlet directory, in output order. */
  static List<Outlet> readOutlets(Connection db) throws SQLException {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, List<String>> domains = new LinkedHashMap<>();
    each(
        db,
        "SELECT outlet, kind, spelling FROM outlet_spellings ORDER BY outlet, kind, position",
        rs -> {
          (rs.getString(2).equals("alias") ? aliases : domains)
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getString(3));
        });
    List<Outlet> out = new ArrayList<>();
    each(
        db,
        "SELECT id, name, country, outlet_group, articles FROM outlet_directory ORDER BY position",
        rs -> {
          String id = rs.getString(1);
          out.add(
              new Outlet(
                  id,
                  rs.getString(2),
                  aliases.getOrDefault(id, List.of()),
                  domains.getOrDefault(id, List.of()),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getInt(5)));
        });
    return out;
  }

  /**
   * The stored articles {@code where} selects (a condition on {@code articles}), in saved order.
   */
  static List<Article> readArticles(Connection db, Where where) throws SQLException {
    List<Article> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT article, inferred_published, copy_of FROM articles WHERE "
            + where.sql()
            + " ORDER BY seq",
        rs -> out.add(asWritten(rs.getString(1), rs.getString(2), rs.getString(3))));
    return out;
  }

  /**
   * The lines of {@code articles.jsonl} for the stored articles {@code where} selects (a condition
   * on {@code articles}), in saved order: each article as the corpus stages wrote it (the inferred
   * publication date, its outlet's canonical name) with its outlet id and the event its inferred
   * date comes from.
   */
  static List<RecordFiles.ArticleLine> readArticleLines(Connection db, Where where)
      throws SQLException {
    List<RecordFiles.ArticleLine> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT a.article, a.inferred_published, a.outlet_id, o.name, a.inferred_event, a.copy_of"
            + " FROM"
            + " (SELECT * FROM"
            + " articles WHERE "
            + where.sql()
            + ") a LEFT JOIN outlet_directory o ON o.id = a.outlet_id ORDER BY a.seq",
        rs -> {
          Article a = asWritten(rs.getString(1), rs.getString(2), rs.getString(6));
          String name = rs.getString(4);
          out.add(
              new RecordFiles.ArticleLine(
                  name == null || name.equals(a.outlet()) ? a : a.withOutlet(name),
                  rs.getString(3),
                  rs.getString(5)));
        });
    return out;
  }

  /**
   * A stored article's JSON, with the publication date the corpus stages inferred, if any, and the
   * article they found it a copy of, if any.
   */
  private static Article asWritten(String json, String inferred, String copyOf) {
    Article a = Jsonl.read(json, Article.class).withCopyOf(copyOf);
    return inferred == null ? a : a.withPublished(PartialDate.parse(inferred), DateSource.INFERRED);
  }

  /** Reads the records a condition selects. */
  interface RangeReader<T> {
    List<T> read(Connection db, Where where) throws SQLException;
  }

  /**
   * The records of {@code table} in the order of its integer column {@code key} (an indexed one;
   * its values may have gaps, as events' positions do), read about {@code chunk} rows at a time as
   * the iteration reaches them: each read takes the rows after the last one read up to the key of
   * the {@code chunk}-th (all rows of that key), so memory holds one chunk, whatever the table's
   * size; only the rows whose {@code id} is in the temporary table {@code kept}, unless it is null.
   * The iteration fails with {@link StoreException} when the store cannot be read.
   */
  static <T> Iterable<T> inRanges(
      Connection db, String table, String key, int chunk, String kept, RangeReader<T> reader) {
    String only = kept == null ? "" : " AND id IN (SELECT id FROM " + kept + ")";
    String bound =
        "SELECT "
            + key
            + " FROM "
            + table
            + " WHERE "
            + key
            + " > ?"
            + only
            + " ORDER BY "
            + key
            + " LIMIT 1 OFFSET "
            + (chunk - 1);
    return () ->
        new java.util.Iterator<T>() {
          /** The key of the last row read; the next read takes those after it. */
          private long after = Long.MIN_VALUE;

          private boolean done;
          private java.util.Iterator<T> current = java.util.Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            try {
              while (!current.hasNext() && !done) {
                Long upTo = null;
                try (PreparedStatement s = db.prepareStatement(bound)) {
                  s.setLong(1, after);
                  try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                      upTo = rs.getLong(1);
                    }
                  }
                }
                if (upTo == null) {
                  done = true;
                  current = reader.read(db, Where.of(key + " > ?" + only, after)).iterator();
                } else {
                  current =
                      reader
                          .read(db, Where.of(key + " > ? AND " + key + " <= ?" + only, after, upTo))
                          .iterator();
                  after = upTo;
                }
              }
              return current.hasNext();
            } catch (SQLException e) {
              throw new StoreException("cannot read " + table + ": " + e.getMessage(), e);
            }
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            return current.next();
          }
        };
  }

  /** Reads the rows of a query. */
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * A condition on a table's rows: SQL with {@code ?} parameters, and their values in order. Each
   * query a reader makes holds the condition once.
   */
  record Where(String sql, List<Object> args) {
    static Where of(String sql, Object... args) {
      return new Where(sql, List.of(args));
    }

    /** {@code column} is one of {@code values} (not empty). */
    static Where in(String column, List<Object> values) {
      return new Where(
          column
              + " IN ("
              + String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
              + ")",
          values);
    }
  }

  /**
   * Deletes the rows of {@code table} whose {@code column} is one of {@code keys}, or every row for
   * null keys: what a table kept by key replaces before it inserts the keys' new rows.
   */
  static void deleteKeys(Connection db, String table, String column, Collection<String> keys)
      throws SQLException {
    if (keys == null) {
      try (Statement s = db.createStatement()) {
        s.executeUpdate("DELETE FROM " + table);
      }
      return;
    }
    try (PreparedStatement s =
        db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
      for (String key : keys) {
        s.setString(1, key);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Runs {@code sql} and hands each row to {@code reader}. */
  private static void each(Connection db, String sql, RowReader reader) throws SQLException {
    each(db, null, sql, reader);
  }

  /**
   * Runs {@code sql}, holding {@code where} (or null) once, and hands each row to {@code reader}.
   */
  private static void each(Connection db, Where where, String sql, RowReader reader)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      if (where != null) {
        for (int i = 0; i < where.args().size(); i++) {
          s.setObject(i + 1, where.args().get(i));
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  /**
   * Hands {@code reader} each row of {@code select} (a query up to its {@code WHERE}) whose {@code
   * column} is one of {@code keys}, each key asked for once, {@code perQuery} keys per query.
   */
  static void eachIn(
      Connection db,
      String select,
      String column,
      Collection<String> keys,
      int perQuery,
      RowReader reader)
      throws SQLException {
    List<Object> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
    for (int from = 0; from < all.size(); from += perQuery) {
      Where in =
          Where.in(column, List.copyOf(all.subList(from, Math.min(all.size(), from + perQuery))));
      each(db, in, select + " WHERE " + in.sql(), reader);
    }
  }

  /** The last stored article's {@code seq}, 0 when none is stored. */
  static long lastSeq(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Adds one row of values (String, Integer, Double or null) to a batch insert. */
  static void row(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    s.addBatch();
  }

  /** Adds a list's values as rows {@code (owner, position, value)}. */
  private static void list(RowSync t, Object owner, List<?> values) {
    if (!t.wants(owner)) {
      return;
    }
    for (int j = 0; j < values.size(); j++) {
      t.add(owner, j, values.get(j));
    }
  }

  /** Adds mentions as rows {@code (owners..., position, article, span_start, span_end, text)}. */
  private static void mentions(RowSync t, List<Mention> mentions, Object... owners) {
    if (!t.wants(owners[0])) {
      return;
    }
    for (int j = 0; j < mentions.size(); j++) {
      Mention m = mentions.get(j);
      Object[] values = java.util.Arrays.copyOf(owners, owners.length + 5);
      values[owners.length] = j;
      values[owners.length + 1] = m.article();
      values[owners.length + 2] = m.start();
      values[owners.length + 3] = m.end();
      values[owners.length + 4] = m.text();
      t.add(values);
    }
  }

  private static final List<String> MENTION_COLUMNS =
      List.of("article", "span_start", "span_end", "text");

  /**
   * The entities with their aliases and, {@code withMentions}, their mentions compared row by row;
   * else the mentions are {@link MentionRows}' and an entity's digest stands for its row and
   * aliases alone, its mentions counted in {@code mention_count}.
   */
  private static List<RowSync> entityTables(List<Entity> entities, boolean withMentions) {
    RowSync rows =
        RowSync.of(
                "entities",
                List.of("id"),
                List.of("position", "name", "type", "actor", "mention_count", "digest"),
                t ->
                    addDigested(
                        t,
                        entities,
                        (x, at) -> x.id(),
                        i -> i,
                        x ->
                            digest(
                                withMentions
                                    ? x
                                    : java.util.Arrays.asList(
                                        x.id(),
                                        x.name(),
                                        x.type(),
                                        x.actor(),
                                        x.aliases(),
                                        x.mentions().size())),
                        (x, at, d) ->
                            new Object[] {
                              x.id(),
                              at,
                              x.name(),
                              x.type().name(),
                              x.actor(),
                              x.mentions().size(),
                              d
                            }))
            .digested();
    RowSync aliases =
        RowSync.of(
            "entity_aliases",
            List.of("entity", "position"),
            List.of("alias"),
            t -> entities.forEach(x -> list(t, x.id(), x.aliases())));
    if (!withMentions) {
      return List.of(rows, aliases);
    }
    return List.of(
        rows,
        aliases,
        RowSync.of(
            "entity_mentions",
            List.of("entity", "position"),
            MENTION_COLUMNS,
            t -> entities.forEach(x -> mentions(t, x.mentions(), x.id()))));
  }

  /**
   * The stories and their lists, each story at its place in {@code places} ({@link #storyPlaces})
   * less one; the rows of the stories left in the store ({@code left}, in the temporary table
   * {@code leftTable}) are neither read nor written (their rows are as stored, and {@link
   * #moveLeft} moves those an earlier story's going moved), but for a left story without a stored
   * row, saved.
   */
  private static List<RowSync> storyTables(
      List<Story> stories, Map<String, Left> left, String leftTable, Map<String, Long> places) {
    // a left story without a stored row has none to be left or to clash with: it is inserted
    List<Story> saved =
        stories.stream()
            .filter(x -> !left.containsKey(x.id()) || left.get(x.id()).position() < 0)
            .toList();
    return List.of(
        RowSync.of(
                "stories",
                List.of("id"),
                List.of("position", "title", "first_date", "last_date", "digest"),
                t ->
                    addDigested(
                        t,
                        saved,
                        (x, at) -> x.id(),
                        i -> places.get(saved.get(i).id()) - 1,
                        RecordTables::digest,
                        (x, at, d) ->
                            new Object[] {
                              x.id(),
                              places.get(x.id()) - 1,
                              x.title(),
                              date(x.first()),
                              date(x.last()),
                              d
                            }))
            .digested()
            .leaving("id", leftTable),
        storyList("story_articles", "article", saved, Story::articles),
        storyList("story_outlets", "outlet", saved, Story::outlets),
        storyList("story_events", "event", saved, Story::events));
  }

  private static RowSync storyList(
      String table, String column, List<Story> stories, Function<Story, List<String>> list) {
    return RowSync.of(
        table,
        List.of("story", "position"),
        List.of(column),
        t -> stories.forEach(x -> list(t, x.id(), list.apply(x))));
  }

  /**
   * The bits of a record's position that hold its rank among the records of one place: an event's
   * among its first article's events, a coverage row's or conflict's among its story's.
   */
  static final int RANK_BITS = 20;

  /**
   * A record's position: its {@code place} (its first article's {@code seq} for an event, its
   * story's {@link #storyPlaces} for a coverage row or conflict), then its {@code rank} among the
   * records of that place. The records of a table are in the order of their places, so this is
   * their order, and no record of another place moves it (schema versions 23 and 24).
   */
  static long place(long place, int rank) {
    if (rank >= 1 << RANK_BITS) {
      throw new StoreException(
          "more than " + ((1 << RANK_BITS) - 1) + " records of one place (" + place + ")");
    }
    return (place << RANK_BITS) | rank;
  }

  /**
   * Migration 23's step: each stored event's position made {@link #place} (its first article the
   * least {@code seq} of its mentions' articles, 0 when none is stored), its order kept.
   */
  static void placeEvents(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TEMPORARY TABLE event_places (id TEXT PRIMARY KEY, place BIGINT NOT NULL)");
      s.executeUpdate(
          "INSERT INTO event_places (id, place) SELECT id, first * "
              + (1L << RANK_BITS)
              + " + ROW_NUMBER() OVER (PARTITION BY first ORDER BY position) - 1 FROM"
              + " (SELECT e.id AS id, e.position AS position, COALESCE((SELECT min(a.seq)"
              + " FROM event_mentions m JOIN articles a ON a.id = m.article"
              + " WHERE m.event = e.id), 0) AS first FROM events e) f");
      s.executeUpdate(
          "UPDATE events SET position = p.place FROM event_places p WHERE p.id = events.id");
      s.execute("DROP TABLE event_places");
    }
  }

  /**
   * The position of each of {@code events} ({@link #place}), in their order: its first article is
   * the least {@code seq} of its mentions' articles (an event none of whose articles is stored goes
   * last), its rank the next after those of that article's events before it in {@code events}. The
   * events a run left in the store are not among them, and share no first article with them: an
   * article's events are all of its story.
   */
  private static long[] eventPlaces(Connection db, List<Event> events) throws SQLException {
    Set<String> articles = new HashSet<>();
    for (Event e : events) {
      e.mentions().forEach(m -> articles.add(m.article()));
    }
    Map<String, Long> seqOf = new HashMap<>();
    if (!articles.isEmpty()) {
      RowSync.temporaryIds(db, "event_articles", false, articles);
      each(
          db,
          "SELECT a.id, a.seq FROM articles a JOIN event_articles t ON t.id = a.id",
          rs -> seqOf.put(rs.getString(1), rs.getLong(2)));
    }
    long unstored = (1L << (63 - RANK_BITS)) - 1;
    return ranked(
        events,
        e -> {
          long first = unstored;
          for (EventMention m : e.mentions()) {
            first = Math.min(first, seqOf.getOrDefault(m.article(), unstored));
          }
          return first;
        });
  }

  /**
   * The position of each of {@code records} ({@link #place}): the place {@code placeOf} gives it,
   * its rank the next after those of the records of that place before it.
   */
  private static <T> long[] ranked(List<T> records, ToLongFunction<T> placeOf) {
    Map<Long, Integer> ranks = new HashMap<>();
    long[] out = new long[records.size()];
    for (int i = 0; i < out.length; i++) {
      long at = placeOf.applyAsLong(records.get(i));
      out[i] = place(at, ranks.merge(at, 1, Integer::sum) - 1);
    }
    return out;
  }

  /**
   * A story whose records a run left in the store without reading them: its record's stored
   * position (-1 for none).
   */
  record Left(long position) {}

  /**
   * The place ({@link #place}) of the story of each coverage row and conflict of {@code records}:
   * one more than its story's place in {@code records.stories()} (their output order), which is its
   * {@code stories.position} once saved; a story not among them after those, in the order of the
   * records that name it; records of no story take place 0, before all.
   */
  private static Map<String, Long> storyPlaces(ReportData records) {
    Map<String, Long> out = new HashMap<>();
    records.stories().forEach(x -> out.putIfAbsent(x.id(), out.size() + 1L));
    records.coverage().forEach(x -> out.putIfAbsent(x.story(), out.size() + 1L));
    records.conflicts().stream()
        .filter(x -> x.story() != null)
        .forEach(x -> out.putIfAbsent(x.story(), out.size() + 1L));
    return out;
  }

  /**
   * Moves the {@code left} stories whose place in {@code places} is not the one they were saved at
   * (their stored position plus one: an earlier story went) to that place, with their coverage rows
   * and conflicts, their ranks kept: their rows are not read, and no other row moves.
   */
  private static void moveLeft(Connection db, Map<String, Left> left, Map<String, Long> places)
      throws SQLException {
    Map<String, Long> moved = new HashMap<>();
    left.forEach(
        (story, stored) -> {
          Long place = places.get(story);
          if (place != null && place != stored.position() + 1) {
            moved.put(story, place);
          }
        });
    if (moved.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        db.prepareStatement("UPDATE stories SET position = ? WHERE id = ?")) {
      for (Map.Entry<String, Long> e : moved.entrySet()) {
        s.setLong(1, e.getValue() - 1);
        s.setString(2, e.getKey());
        s.addBatch();
      }
      s.executeBatch();
    }
    long rank = 1L << RANK_BITS;
    for (String table : List.of("coverage", "conflicts")) {
      try (PreparedStatement s =
          db.prepareStatement(
              "UPDATE " + table + " SET position = ? + position % " + rank + " WHERE story = ?")) {
        for (Map.Entry<String, Long> e : moved.entrySet()) {
          s.setLong(1, e.getValue() * rank);
          s.setString(2, e.getKey());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    LOG.info(
        "{} stories left in the store moved: they, their coverage and conflicts placed anew",
        moved.size());
  }

  /**
   * The position of each of {@code records} ({@link #place}): the place of its story ({@code
   * storyOf}, {@link #storyPlaces}; each story has a place of its own, and records of no story 0),
   * its rank among that story's records.
   */
  private static <T> long[] storyRanked(
      List<T> records, Function<T, String> storyOf, Map<String, Long> places) {
    return ranked(
        records,
        x -> {
          String story = storyOf.apply(x);
          return story == null ? 0 : places.get(story);
        });
  }

  /**
   * Migration 24's step: each stored coverage row's and conflict's position made {@link #place}
   * (its story's place as {@link #storyPlaces} gives it: one more than the story's position, and
   * after all of them for a story without a stored record, by where its rows were), its order
   * within its story kept.
   */
  static void placeStoryRecords(Connection db) throws SQLException {
    long[] unstored = {0};
    each(db, "SELECT count(*) + 1 FROM stories", rs -> unstored[0] = rs.getLong(1));
    try (Statement s = db.createStatement()) {
      for (String table : List.of("coverage", "conflicts")) {
        s.execute(
            "CREATE TEMPORARY TABLE row_places (id "
                + (table.equals("coverage") ? "BIGINT" : "TEXT")
                + " PRIMARY KEY, place BIGINT NOT NULL)");
        s.executeUpdate(
            "INSERT INTO row_places (id, place) SELECT r.id, CASE WHEN r.story IS NULL THEN 0"
                + " ELSE COALESCE(p.position + 1, "
                + unstored[0]
                + " + (SELECT min(o.position) FROM "
                + table
                + " o WHERE o.story = r.story)) END * "
                + (1L << RANK_BITS)
                + " + ROW_NUMBER() OVER (PARTITION BY r.story ORDER BY r.position) - 1 FROM "
                + table
                + " r LEFT JOIN stories p ON p.id = r.story");
        s.executeUpdate(
            "UPDATE "
                + table
                + " SET position = p.place FROM row_places p WHERE p.id = "
                + table
                + ".id");
        s.execute("DROP TABLE row_places");
      }
    }
  }

  /**
   * The events' tables: {@code events} at {@code places}; the stored events of the stories in the
   * temporary table {@code left} (or null) are left as they are.
   */
  private static List<RowSync> eventTables(
      List<Event> events, long[] places, Function<Object, String> storedDigest, String left) {
    return List.of(
        RowSync.of(
                "events",
                List.of("id"),
                List.of(
                    "position",
                    "story",
                    "event_date",
                    "event_month",
                    "source_entity",
                    "source_actor",
                    "target_entity",
                    "target_actor",
                    "cameo",
                    "goldstein",
                    "quad_class",
                    "plover",
                    "article_count",
                    "outlet_count",
                    "digest"),
                t ->
                    addDigested(
                        t,
                        events,
                        (x, at) -> x.id(),
                        i -> places[i],
                        orStored(storedDigest),
                        (x, at, d) ->
                            new Object[] {
                              x.id(),
                              places[at],
                              x.story(),
                              date(x.date()),
                              month(x.date()),
                              x.source().entity(),
                              x.source().actor(),
                              x.target().entity(),
                              x.target().actor(),
                              x.cameo(),
                              x.goldstein(),
                              x.quadClass(),
                              x.plover(),
                              x.articles(),
                              x.outlets(),
                              d
                            }))
            .digested()
            .leaving("story", left),
        RowSync.of(
            "event_mentions",
            List.of("event", "position"),
            List.of("article", "span_start", "span_end", "text", "trigger_word"),
            t -> {
              for (Event x : events) {
                if (!t.wants(x.id())) {
                  continue;
                }
                for (int j = 0; j < x.mentions().size(); j++) {
                  EventMention y = x.mentions().get(j);
                  t.add(x.id(), j, y.article(), y.start(), y.end(), y.text(), y.trigger());
                }
              }
            }));
  }

  /**
   * The quotes compared row by row, as a save without their speakers' keys writes them: with no
   * key, so that the next save given them writes every quote again ({@link QuoteRows}).
   */
  private static List<RowSync> quoteTables(List<Quote> quotes) {
    return List.of(
        RowSync.of(
                "quotes",
                List.of("id"),
                QuoteRows.COLUMNS.subList(1, QuoteRows.COLUMNS.size()),
                t ->
                    addDigested(
                        t, quotes, (x, at) -> x.id(), (x, at, d) -> QuoteRows.row(x, at, null, d)))
            .digested());
  }

  /**
   * The id of each coverage row (schema version 12): the stored row's of the same story and outlet,
   * so that a row's lists are compared with its own, or the next free id for a new pair.
   */
  private static List<Integer> coverageIds(Connection db, List<Coverage> rows) throws SQLException {
    Set<String> stories = new HashSet<>();
    rows.forEach(x -> stories.add(x.story()));
    Map<String, Integer> stored = new HashMap<>();
    int[] next = {0};
    each(
        db,
        "SELECT max(id) FROM coverage",
        rs -> next[0] = rs.getObject(1) == null ? 0 : rs.getInt(1) + 1);
    if (!stories.isEmpty()) {
      RowSync.temporaryIds(db, "coverage_stories", false, stories);
      each(
          db,
          "SELECT id, story, outlet FROM coverage WHERE story IN (SELECT id FROM coverage_stories)",
          rs -> stored.put(coverageKey(rs.getString(2), rs.getString(3)), rs.getInt(1)));
    }
    List<Integer> ids = new ArrayList<>();
    for (Coverage x : rows) {
      Integer id = stored.get(coverageKey(x.story(), x.outlet()));
      ids.add(id != null ? id : next[0]++);
    }
    return ids;
  }

  /** A record's id in a digested table, given the record and its place. */
  private interface KeyOf<T> {
    Object of(T record, int position);
  }

  /** A record's whole row in a digested table, given the record, its place and its digest. */
  private interface RowOf<T> {
    Object[] of(T record, int position, String digest);
  }

  /**
   * Adds each of {@code records} to the digested table {@code t} ({@link RowSync#addDigested}): its
   * key, place and digest, with its whole row made only if it is written.
   */
  private static <T> void addDigested(RowSync t, List<T> records, KeyOf<T> key, RowOf<T> row) {
    addDigested(t, records, key, i -> i, RecordTables::digest, row);
  }

  /**
   * Adds records, each at the position {@code placeOf} gives for its place in {@code records}
   * (which its row holds), with the digest {@code digestOf} gives.
   */
  private static <T> void addDigested(
      RowSync t,
      List<T> records,
      KeyOf<T> key,
      IntToLongFunction placeOf,
      Function<? super T, String> digestOf,
      RowOf<T> row) {
    for (int i = 0; i < records.size(); i++) {
      T x = records.get(i);
      int at = i;
      String d = digestOf.apply(x);
      t.addDigested(key.of(x, at), placeOf.applyAsLong(i), d, () -> row.of(x, at, d));
    }
  }

  /**
   * A record's digest: the one {@code storedDigest} gives for a record read back from the store and
   * saved as it was (its stored digest stands for it), else its own.
   */
  private static Function<Object, String> orStored(Function<Object, String> storedDigest) {
    return x -> {
      String stored = storedDigest.apply(x);
      return stored != null ? stored : digest(x);
    };
  }

  /**
   * A record's digest: what its row and its lists hold ({@link RecordDigest}), so that a save
   * compares a record whole by reading one column ({@link RowSync#digested}). The kind letter tells
   * this digest from the JSON line's SHA-256 ({@code d}) that stores saved before it, whose records
   * the first save after it writes once more.
   */
  static String digest(Object record) {
    return RecordDigest.of('r', record);
  }

  /**
   * Each record of {@code records} (read back from the store) with the digest stored with it, into
   * {@code out}: what {@link #replaceCorpus}'s {@code storedDigest} gives for a record saved as it
   * was read.
   */
  static void storedDigests(Connection db, SavedStoryRecords records, Map<Object, String> out)
      throws SQLException {
    putStored(
        db,
        "SELECT digest, id FROM events",
        rs -> rs.getString(2),
        records.events(),
        Event::id,
        out);
    putStored(
        db,
        "SELECT digest, story, outlet FROM coverage",
        rs -> coverageKey(rs.getString(2), rs.getString(3)),
        records.coverage(),
        x -> coverageKey(x.story(), x.outlet()),
        out);
    putStored(
        db,
        "SELECT digest, id FROM conflicts",
        rs -> rs.getString(2),
        records.conflicts(),
        Conflict::id,
        out);
  }

  /** A stored row's record key, as read from the columns after its digest. */
  private interface StoredKey {
    String of(ResultSet rs) throws SQLException;
  }

  /**
   * Puts each of {@code records} into {@code out} with the digest {@code sql} reads (its first
   * column) for the record's key: {@code storedKey} reads it from a row, {@code key} makes it of a
   * record.
   */
  private static <T> void putStored(
      Connection db,
      String sql,
      StoredKey storedKey,
      List<T> records,
      Function<T, String> key,
      Map<Object, String> out)
      throws SQLException {
    Map<String, String> digests = new HashMap<>();
    each(db, sql, rs -> digests.put(storedKey.of(rs), rs.getString(1)));
    for (T x : records) {
      String digest = digests.get(key.apply(x));
      if (digest != null) {
        out.put(x, digest);
      }
    }
  }

  /** A coverage row's story and outlet (null for none) as one string. */
  private static String coverageKey(String story, String outlet) {
    return outlet == null ? story + '\u0001' : story + '\u0000' + outlet;
  }

  private static List<RowSync> coverageTables(
      List<Coverage> rows,
      List<Integer> ids,
      long[] places,
      Function<Object, String> storedDigest,
      String left) {
    return List.of(
        RowSync.of(
                "coverage",
                List.of("id"),
                List.of("position", "story", "outlet", "outlet_id", "digest"),
                t ->
                    addDigested(
                        t,
                        rows,
                        (x, at) -> ids.get(at),
                        i -> places[i],
                        orStored(storedDigest),
                        (x, at, d) ->
                            new Object[] {
                              ids.get(at), places[at], x.story(), x.outlet(), x.outletId(), d
                            }))
            .digested()
            .leaving("story", left),
        RowSync.of(
            "coverage_articles",
            List.of("coverage", "position"),
            List.of("article"),
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                list(t, ids.get(i), rows.get(i).articles());
              }
            }),
        RowSync.of(
            "coverage_events",
            List.of("coverage", "list", "position"),
            List.of("event"),
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                if (!t.wants(ids.get(i))) {
                  continue;
                }
                Coverage x = rows.get(i);
                for (int j = 0; j < x.reported().size(); j++) {
                  t.add(ids.get(i), "reported", j, x.reported().get(j));
                }
                for (int j = 0; j < x.omitted().size(); j++) {
                  t.add(ids.get(i), "omitted", j, x.omitted().get(j));
                }
              }
            }),
        RowSync.of(
            "coverage_labels",
            List.of("coverage", "position"),
            List.of("entity", "label", "label_count", "loaded", "category", "is_distinct"),
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                if (!t.wants(ids.get(i))) {
                  continue;
                }
                List<Coverage.Label> labels = rows.get(i).labels();
                for (int j = 0; j < labels.size(); j++) {
                  Coverage.Label l = labels.get(j);
                  t.add(
                      ids.get(i),
                      j,
                      l.entity(),
                      l.label(),
                      l.count(),
                      l.loaded(),
                      l.category(),
                      l.distinct());
                }
              }
            }),
        RowSync.of(
            "coverage_label_mentions",
            List.of("coverage", "label", "position"),
            MENTION_COLUMNS,
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                if (!t.wants(ids.get(i))) {
                  continue;
                }
                List<Coverage.Label> labels = rows.get(i).labels();
                for (int j = 0; j < labels.size(); j++) {
                  mentions(t, labels.get(j).mentions(), ids.get(i), j);
                }
              }
            }),
        RowSync.of(
            "coverage_voices",
            List.of("coverage", "position"),
            List.of("entity", "quotes", "side", "reported"),
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                if (!t.wants(ids.get(i))) {
                  continue;
                }
                List<Coverage.Voice> voices = rows.get(i).voices();
                for (int j = 0; j < voices.size(); j++) {
                  Coverage.Voice v = voices.get(j);
                  t.add(ids.get(i), j, v.entity(), v.quotes(), v.side(), v.reported());
                }
              }
            }),
        RowSync.of(
            "coverage_tone",
            List.of("coverage", "position"),
            List.of("entity", "score"),
            t -> {
              for (int i = 0; i < rows.size(); i++) {
                if (!t.wants(ids.get(i))) {
                  continue;
                }
                List<Coverage.Tone> tone = rows.get(i).tone();
                for (int j = 0; j < tone.size(); j++) {
                  t.add(ids.get(i), j, tone.get(j).entity(), tone.get(j).score());
                }
              }
            }));
  }

  private static List<RowSync> conflictTables(
      List<Conflict> conflicts, long[] places, Function<Object, String> storedDigest, String left) {
    return List.of(
        RowSync.of(
                "conflicts",
                List.of("id"),
                List.of("position", "story", "about", "summary", "digest"),
                t ->
                    addDigested(
                        t,
                        conflicts,
                        (x, at) -> x.id(),
                        i -> places[i],
                        orStored(storedDigest),
                        (x, at, d) ->
                            new Object[] {
                              x.id(), places[at], x.story(), x.about(), x.summary(), d
                            }))
            .digested()
            .leaving("story", left),
        RowSync.of(
            "conflict_claims",
            List.of("conflict", "position"),
            List.of("article", "outlet", "speaker", "text", "span_start", "span_end"),
            t -> {
              for (Conflict x : conflicts) {
                if (!t.wants(x.id())) {
                  continue;
                }
                for (int j = 0; j < x.claims().size(); j++) {
                  Conflict.Claim y = x.claims().get(j);
                  t.add(
                      x.id(),
                      j,
                      y.article(),
                      y.outlet(),
                      y.speaker(),
                      y.text(),
                      y.start(),
                      y.end());
                }
              }
            }));
  }

  // ---- reading back

  /**
   * The stored records: every article (as the corpus stages dated it) and the corpus records of the
   * last run that saved them, in the order written.
   */
  static ReportData readAll(Connection db) throws SQLException {
    List<Article> articles = new ArrayList<>();
    each(
        db,
        "SELECT article, inferred_published, copy_of FROM articles ORDER BY seq",
        rs -> articles.add(asWritten(rs.getString(1), rs.getString(2), rs.getString(3))));
    return new ReportData(
        articles,
        readEntities(db, null),
        readEvents(db, null),
        readQuotes(db, null),
        readStories(db, null),
        readCoverage(db, null),
        readConflicts(db, null));
  }

  /** The stored entities in output order, or those that {@code where} selects (null for all). */
  static List<Entity> readEntities(Connection db, Where where) throws SQLException {
    String children =
        where == null ? "" : " WHERE entity IN (SELECT id FROM entities WHERE " + where.sql() + ")";
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT entity, alias FROM entity_aliases" + children + " ORDER BY entity, position",
        rs -> {
          aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT entity, article, span_start, span_end, text FROM entity_mentions"
            + children
            + " ORDER BY entity, position",
        rs -> {
          mentions
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Mention(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
        });
    List<Entity> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT id, name, type, actor FROM entities"
            + (where == null ? "" : " WHERE " + where.sql())
            + " ORDER BY position",
        rs -> {
          String id = rs.getString(1);
          out.add(
              new Entity(
                  id,
                  rs.getString(2),
                  EntityType.valueOf(rs.getString(3)),
                  rs.getString(4),
                  aliases.getOrDefault(id, List.of()),
                  mentions.getOrDefault(id, List.of())));
        });
    return out;
  }

  /**
   * The stored events in output order, or those that {@code where} selects (a condition on {@code
   * events}, null for all).
   */
  static List<Event> readEvents(Connection db, Where where) throws SQLException {
    String filter = where == null ? "" : " WHERE " + where.sql();
    Map<String, List<EventMention>> mentions = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT m.event, m.article, m.span_start, m.span_end, m.text, m.trigger_word"
            + " FROM event_mentions m"
            + (where == null ? "" : " WHERE m.event IN (SELECT id FROM events" + filter + ")")
            + " ORDER BY m.event, m.position",
        rs -> {
          mentions
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new EventMention(
                      rs.getString(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      rs.getString(5),
                      rs.getString(6)));
        });
    List<Event> out = new ArrayList<>();
    each(
        db,
        where,
        EVENT_COLUMNS + filter + " ORDER BY position",
        rs -> out.add(event(rs, mentions.getOrDefault(rs.getString(1), List.of()))));
    return out;
  }

  /** An event row's columns: those {@link #event} reads. */
  private static final String EVENT_COLUMNS =
      "SELECT id, story, event_date, source_entity, source_actor, target_entity, target_actor,"
          + " cameo, goldstein, quad_class, plover, article_count, outlet_count FROM events";

  /** The event of a row of {@link #EVENT_COLUMNS}, with {@code mentions}. */
  private static Event event(ResultSet rs, List<EventMention> mentions) throws SQLException {
    return new Event(
        rs.getString(1),
        rs.getString(2),
        parse(rs.getString(3)),
        new ActorRef(rs.getString(4), rs.getString(5)),
        new ActorRef(rs.getString(6), rs.getString(7)),
        rs.getString(8),
        rs.getDouble(9),
        rs.getInt(10),
        rs.getString(11),
        mentions,
        rs.getInt(12),
        rs.getInt(13));
  }

  /**
   * The stored records of {@code stories} as a save needs them to keep them as they are ({@link
   * SavedStoryRecords}, not whole): none (they stay in the store: each story goes into {@code left}
   * with its record's stored position ({@link Left}), for the save to keep its events, coverage
   * rows and conflicts, and its record, as stored). Null when one of them has a stored record
   * without a digest (a save would have to digest it, and so to hold it whole).
   */
  static SavedStoryRecords keptRecords(
      Connection db,
      Set<String> stories,
      Map<String, InferredPublication> published,
      Map<String, Left> left)
      throws SQLException {
    boolean[] undigested = {false};
    stories.forEach(story -> left.put(story, new Left(-1)));
    each(
        db,
        "SELECT id, digest, position FROM stories",
        rs -> {
          if (stories.contains(rs.getString(1))) {
            undigested[0] |= rs.getString(2) == null;
            left.put(rs.getString(1), new Left(rs.getLong(3)));
          }
        });
    if (undigested[0]) {
      return null;
    }
    return new SavedStoryRecords(List.of(), List.of(), List.of(), published, false);
  }

  /** The stored quotes in output order, or those that {@code where} selects (null for all). */
  static List<Quote> readQuotes(Connection db, Where where) throws SQLException {
    List<Quote> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT id, article, speaker_entity, speaker_name, text, span_start, span_end,"
            + " kind, cue, sieve, reported_in FROM quotes"
            + (where == null ? "" : " WHERE " + where.sql())
            + " ORDER BY position",
        rs -> {
          out.add(
              new Quote(
                  rs.getString(1),
                  rs.getString(2),
                  new Speaker(rs.getString(3), rs.getString(4)),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  QuoteKind.valueOf(rs.getString(8)),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11)));
        });
    return out;
  }

  /** The stored stories in output order, or those that {@code where} selects (null for all). */
  static List<Story> readStories(Connection db, Where where) throws SQLException {
    String children =
        where == null ? "" : " WHERE story IN (SELECT id FROM stories WHERE " + where.sql() + ")";
    Map<String, List<String>> articles =
        lists(db, "story_articles", "story", "article", children, where);
    Map<String, List<String>> outlets =
        lists(db, "story_outlets", "story", "outlet", children, where);
    Map<String, List<String>> events = lists(db, "story_events", "story", "event", children, where);
    List<Story> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT id, title, first_date, last_date FROM stories"
            + (where == null ? "" : " WHERE " + where.sql())
            + " ORDER BY position",
        rs -> {
          String id = rs.getString(1);
          out.add(
              new Story(
                  id,
                  rs.getString(2),
                  articles.getOrDefault(id, List.of()),
                  outlets.getOrDefault(id, List.of()),
                  parse(rs.getString(3)),
                  parse(rs.getString(4)),
                  events.getOrDefault(id, List.of())));
        });
    return out;
  }

  private static Map<String, List<String>> lists(
      Connection db, String table, String owner, String value, String filter, Where where)
      throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT "
            + owner
            + ", "
            + value
            + " FROM "
            + table
            + filter
            + " ORDER BY "
            + owner
            + ", position",
        rs -> {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    return out;
  }

  /** The stored coverage rows in output order, or those that {@code where} selects. */
  static List<Coverage> readCoverage(Connection db, Where where) throws SQLException {
    String children =
        where == null
            ? ""
            : " WHERE coverage IN (SELECT id FROM coverage WHERE " + where.sql() + ")";
    Map<Integer, List<String>> articles = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, article FROM coverage_articles"
            + children
            + " ORDER BY coverage, position",
        rs -> {
          articles.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<String, List<String>> events = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, list, event FROM coverage_events"
            + children
            + " ORDER BY coverage, list, position",
        rs -> {
          events
              .computeIfAbsent(rs.getInt(1) + "/" + rs.getString(2), k -> new ArrayList<>())
              .add(rs.getString(3));
        });
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, label, article, span_start, span_end, text"
            + " FROM coverage_label_mentions"
            + children
            + " ORDER BY coverage, label, position",
        rs -> {
          mentions
              .computeIfAbsent(rs.getInt(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
              .add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
        });
    Map<Integer, List<Coverage.Label>> labels = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, position, entity, label, label_count, loaded, category,"
            + " is_distinct FROM coverage_labels"
            + children
            + " ORDER BY coverage, position",
        rs -> {
          labels
              .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(
                  new Coverage.Label(
                      rs.getString(3),
                      rs.getString(4),
                      rs.getInt(5),
                      rs.getInt(6) != 0,
                      mentions.getOrDefault(rs.getInt(1) + "/" + rs.getInt(2), List.of()),
                      rs.getString(7),
                      rs.getInt(8) != 0));
        });
    Map<Integer, List<Coverage.Voice>> voices = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, entity, quotes, side, reported FROM coverage_voices"
            + children
            + " ORDER BY coverage, position",
        rs -> {
          voices
              .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(
                  new Coverage.Voice(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
        });
    Map<Integer, List<Coverage.Tone>> tone = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT coverage, entity, score FROM coverage_tone"
            + children
            + " ORDER BY coverage, position",
        rs -> {
          tone.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(new Coverage.Tone(rs.getString(2), rs.getDouble(3)));
        });
    List<Coverage> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT id, story, outlet, outlet_id FROM coverage"
            + (where == null ? "" : " WHERE " + where.sql())
            + " ORDER BY position",
        rs -> {
          int id = rs.getInt(1);
          out.add(
              new Coverage(
                  rs.getString(2),
                  rs.getString(3),
                  articles.getOrDefault(id, List.of()),
                  labels.getOrDefault(id, List.of()),
                  voices.getOrDefault(id, List.of()),
                  events.getOrDefault(id + "/reported", List.of()),
                  events.getOrDefault(id + "/omitted", List.of()),
                  tone.getOrDefault(id, List.of()),
                  rs.getString(4)));
        });
    return out;
  }

  /** The stored conflicts in output order, or those that {@code where} selects. */
  static List<Conflict> readConflicts(Connection db, Where where) throws SQLException {
    String children =
        where == null
            ? ""
            : " WHERE conflict IN (SELECT id FROM conflicts WHERE " + where.sql() + ")";
    Map<String, List<Conflict.Claim>> claims = new LinkedHashMap<>();
    each(
        db,
        where,
        "SELECT conflict, article, outlet, speaker, text, span_start, span_end"
            + " FROM conflict_claims"
            + children
            + " ORDER BY conflict, position",
        rs -> {
          claims
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new Conflict.Claim(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getInt(6),
                      rs.getInt(7)));
        });
    List<Conflict> out = new ArrayList<>();
    each(
        db,
        where,
        "SELECT id, story, about, summary FROM conflicts"
            + (where == null ? "" : " WHERE " + where.sql())
            + " ORDER BY position",
        rs -> {
          String id = rs.getString(1);
          out.add(
              new Conflict(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  claims.getOrDefault(id, List.of()),
                  rs.getString(4)));
        });
    return out;
  }

  private static String date(PartialDate d) {
    return d == null ? null : d.toString();
  }

  /**
   * The {@code yyyy-mm} of a date known to the month or day, else null. Written as the date's own
   * string, not with {@code String.format}: that was 124 of 3,589 samples of adding 1,008 articles
   * to a store of 100,008, which writes the month of every event.
   */
  private static String month(PartialDate d) {
    PartialDate month = d == null ? null : d.toMonth();
    return month == null ? null : month.toString();
  }

  private static PartialDate parse(String iso) {
    return iso == null ? null : PartialDate.parse(iso);
  }
}
