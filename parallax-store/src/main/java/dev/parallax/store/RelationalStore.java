package dev.parallax.store;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.KeyTallies;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Event;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.Story;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.CorpusStore;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.QuoteSpeakers;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.pipeline.SavedStoryRecords;
import dev.parallax.pipeline.StoredTallies;
import dev.parallax.report.ReportData;
import dev.parallax.stories.StoredProfile;
import dev.parallax.stories.StoryIndexState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link CorpusStore} in a relational database: one SQLite file (the embedded default) or a
 * PostgreSQL database (for a team), through one JDBC code path; what the two spell differently is
 * in {@link Dialect}. Each saved article is committed at once (its JSON, columns and removed blocks
 * in one transaction), so a run that fails keeps what it had analysed; the story state and the
 * corpus records are each replaced in one transaction, the corpus records marked pending while
 * articles saved after them are not covered ({@link #corpusPending}). The tables and their
 * migrations: {@code migration/V*.sql} and docs/store.md. One writer per store at a time, across
 * processes and machines (see {@link #open(StoreLocation)}); not thread-safe.
 *
 * <p>Failures throw {@link StoreException} naming the store.
 */
public final class RelationalStore implements CorpusStore, AutoCloseable {
  private static final String CORPUS_THROUGH = "corpus_through";

  /** The meta key of the print the stored story profiles were made under. */
  private static final String PROFILES_PRINT = "story_profiles_print";

  private static final String TEXTS_PRINT = "article_texts_print";

  /** How many ids one query of the article texts names. */
  private static final int IDS_PER_QUERY = 500;

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RelationalStore.class);

  /** The first key of the PostgreSQL advisory lock a writer holds (the second: its schema). */
  private static final int WRITER_LOCK = 0x50524c58;

  private final StoreLocation location;
  private final String name;
  private final Dialect dialect;
  private final Connection db;
  private final AutoCloseable lock;
  private String provenance;
  private Long run;
  private boolean keepSources;
  private final Map<String, Integer> partsRead = new HashMap<>();
  private RowSync.Count lastSave = new RowSync.Count();

  /**
   * The records the last {@link #storyRecords} read back whole, each with its stored digest, by
   * identity: a record saved as it was read is as stored, and the next {@link #saveRecords} need
   * not digest it again. Records are immutable, so one that is the same object holds what was read.
   */
  private final Map<Object, String> readBack = new IdentityHashMap<>();

  /**
   * The stories whose events, coverage rows and conflicts the last {@link #storyRecords} left in
   * the store (read to be saved only), each with its record's stored position: the next {@link
   * #saveRecords} keeps those records and takes the stories' own as stored.
   */
  private final Map<String, RecordTables.Left> leftStories = new HashMap<>();

  /** The actor mentions' tallies to save with the next corpus records, or null. */
  private KeptTallies tallies;

  private RelationalStore(
      StoreLocation location, Dialect dialect, Connection db, AutoCloseable lock) {
    this.location = location;
    this.name = location.display();
    this.dialect = dialect;
    this.db = db;
    this.lock = lock;
  }

  /** Opens the SQLite store in {@code file}: {@link #open(StoreLocation)}. */
  public static RelationalStore open(Path file) {
    return open(new StoreLocation.SqliteFile(file));
  }

  /**
   * Opens the store at {@code location}, creating its tables when the database (or the SQLite file,
   * and its folder) is empty or missing, and migrating one of an older schema.
   *
   * <p>The store has one writer. An SQLite store opened holds an operating-system lock on the file
   * beside it ({@code FILE.lock}) until closed or until its process ends; a PostgreSQL store holds
   * an advisory lock in its database for as long as its connection lives. A second open fails at
   * once naming the holder (pid, host, start time). Others may read meanwhile (SQLite is in its
   * write-ahead-log mode). The store is checked to be writable here, before any analysis.
   *
   * @throws StoreException when the store is in use, is not a Parallax store, was written by a
   *     newer Parallax, or cannot be reached, opened or written
   */
  public static RelationalStore open(StoreLocation location) {
    String name = location.display();
    AutoCloseable lock = null;
    Connection db = null;
    try {
      if (location instanceof StoreLocation.SqliteFile f) {
        lock = StoreLock.acquire(f.file());
        db = connect(location, true);
      } else {
        db = connect(location, true);
        takeWriterLock(db, name);
        lock = () -> {}; // held until the connection closes
      }
      StoreSchema.prepare(db, dialect(location), name, true);
      probeWrite(db, name);
      if (!(lock instanceof StoreLock)) {
        writeWriter(db, StoreLock.holder());
      }
      return new RelationalStore(location, dialect(location), db, lock);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(db, lock, e);
      throw opening(name, e);
    }
  }

  /**
   * Opens the store at {@code location} to read it, beside its writer: takes no writer lock and
   * creates nothing; a store of an older schema is migrated first, under the writer lock. A reader
   * must not write.
   *
   * @throws StoreException when there is no store there (no such file, a database with no tables),
   *     or as {@link #open(StoreLocation)}
   */
  public static RelationalStore openReader(StoreLocation location) {
    String name = location.display();
    if (location instanceof StoreLocation.SqliteFile f && !Files.isRegularFile(f.file())) {
      throw new StoreException("no such file " + f.file() + ": there is no store to read");
    }
    Connection db = null;
    try {
      db = connect(location, false);
      if (StoreSchema.current(db, name)) {
        return new RelationalStore(location, dialect(location), db, () -> {});
      }
      AutoCloseable lock =
          location instanceof StoreLocation.SqliteFile f
              ? StoreLock.acquire(f.file())
              : takeWriterLock(db, name);
      try (lock) {
        StoreSchema.prepare(db, dialect(location), name, false);
      }
      return new RelationalStore(location, dialect(location), db, () -> {});
    } catch (Exception e) {
      closeQuietly(db, null, e);
      throw opening(name, e);
    }
  }

  private static Dialect dialect(StoreLocation location) {
    return location instanceof StoreLocation.Postgres ? Dialect.POSTGRESQL : Dialect.SQLITE;
  }

  /** A connection to the database at {@code location}; SQLite's in write-ahead-log mode. */
  static Connection connect(StoreLocation location, boolean create)
      throws SQLException, IOException {
    if (location instanceof StoreLocation.Postgres p) {
      Properties props = p.properties();
      props.setProperty("ApplicationName", "parallax " + StoreLock.holder());
      props.setProperty("connectTimeout", "10");
      return DriverManager.getConnection(p.url(), props);
    }
    Path file = ((StoreLocation.SqliteFile) location).file();
    Path parent = file.toAbsolutePath().getParent();
    if (create && parent != null) {
      Files.createDirectories(parent);
    }
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      if (create) {
        try (ResultSet mode = s.executeQuery("PRAGMA journal_mode = WAL")) {
          if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
            throw new SQLException("cannot switch to write-ahead logging");
          }
        }
      }
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static StoreException opening(String name, Exception e) {
    if (e instanceof StoreException se) {
      return se;
    }
    return new StoreException("cannot open store " + name + ": " + e.getMessage(), e);
  }

  /**
   * Takes the store's writer lock, a session-level advisory lock on (a Parallax key, the store's
   * schema) that the server drops when the connection ends (a killed writer leaves no stale lock),
   * or fails naming its holder (the holder sets its pid, host and start time as its connection's
   * application name).
   */
  private static AutoCloseable takeWriterLock(Connection db, String name) throws SQLException {
    String key = "?, hashtext(current_schema()) & 2147483647";
    try (PreparedStatement s = db.prepareStatement("SELECT pg_try_advisory_lock(" + key + ")")) {
      s.setInt(1, WRITER_LOCK);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && rs.getBoolean(1)) {
          return () -> {
            try (PreparedStatement u =
                db.prepareStatement("SELECT pg_advisory_unlock(" + key + ")")) {
              u.setInt(1, WRITER_LOCK);
              u.executeQuery().close();
            }
          };
        }
      }
    }
    String holder = "another connection";
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT a.application_name, a.client_addr FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                + " AND l.classid::bigint = ?"
                + " AND l.objid::bigint = (hashtext(current_schema()) & 2147483647)"
                + " AND l.database = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database())")) {
      s.setInt(1, WRITER_LOCK);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          holder =
              rs.getString(1)
                  + (rs.getString(2) == null ? "" : " (client " + rs.getString(2) + ")");
        }
      }
    }
    try {
      if (Dialect.tables(db).contains("meta")) {
        String described = StoreSchema.meta(db, WRITER);
        if (described != null && described.startsWith(StoreLock.SERVER)) {
          holder = described;
        }
      }
    } catch (SQLException e) {
      // the holder as the connection names it, then
    }
    if (holder.startsWith(StoreLock.SERVER)) {
      throw new StoreException(StoreLock.heldByServer(name, holder));
    }
    throw new StoreException(
        "store "
            + name
            + " is in use by "
            + holder
            + ": a store has one writer at a time; wait for it to finish, or use another store");
  }

  /** The meta key naming the writer of a PostgreSQL store while it holds the writer lock. */
  private static final String WRITER = "writer";

  private static void writeWriter(Connection db, String text) throws SQLException {
    Transaction.run(db, () -> StoreSchema.setMeta(db, WRITER, text));
  }

  /**
   * Names this writer as a Parallax server with ingestion at {@code address}, so that another
   * process that finds the store in use is told which server writes it (in the lock file of an
   * SQLite store, in {@code meta} of a PostgreSQL one).
   */
  public void announceServer(String address) {
    String text = StoreLock.SERVER + " " + address + " (" + StoreLock.holder() + ")";
    if (lock instanceof StoreLock file) {
      file.describe(text);
      return;
    }
    try {
      writeWriter(db, text);
    } catch (SQLException e) {
      throw failed("name the writer of", e);
    }
  }

  /** Where the store is. */
  public StoreLocation location() {
    return location;
  }

  /**
   * Writes to the store once, rolled back, so that a store that cannot be written fails now, not
   * after the analysis.
   */
  private static void probeWrite(Connection db, String name) {
    try (Statement s = db.createStatement()) {
      db.setAutoCommit(false);
      try {
        s.executeUpdate("UPDATE meta SET value = value WHERE key = 'format'");
      } finally {
        db.rollback();
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write store " + name + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection db, AutoCloseable lock, Exception failure) {
    for (AutoCloseable open : new AutoCloseable[] {db, lock}) {
      if (open == null) {
        continue;
      }
      try {
        open.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** How many articles are stored. */
  public int size() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      throw failed("count the articles of", e);
    }
  }

  @Override
  public List<ArticleResult> results() {
    return results(false, true);
  }

  /**
   * {@inheritDoc} Each article's actor mentions, events and quotes are read from the store when
   * first read (the run's stages read those of the stories they compute again, and of the articles
   * they add), not held as the results are loaded; the keys of its actor mentions are. Without
   * {@code texts}, each article is made from its row's columns, not its JSON (but one stored
   * without scare quotes, which are found again from its body).
   */
  @Override
  public List<ArticleResult> resultsForRun(boolean texts) {
    return results(true, texts);
  }

  /** The query of {@link #results}: the stored articles' rows in the order saved. */
  static String resultsQuery(boolean deferred, boolean texts) {
    // deferred, an article's actor mentions are read with it only when their keys are not stored;
    // without texts, the query takes only columns articles_corpus_columns holds (SQLite scans the
    // index, not every row's overflow pages), and a row without scare quotes or actor keys (saved
    // before v14 or v20) has its article or actor mentions read by id
    return "SELECT id, "
        + (texts ? "article" : "NULL")
        + ", "
        + (deferred
            ? (texts ? "CASE WHEN actor_keys IS NULL THEN actors END" : "NULL") + ", NULL, NULL"
            : "actors, events, quotes")
        + ", copy_of, scare_quotes, "
        + (deferred ? "actor_keys" : "NULL")
        + (texts ? "" : ", source, outlet, title, published, published_from, language")
        + " FROM articles ORDER BY seq";
  }

  /**
   * Every stored result, in the order saved; {@code deferred}, with each article's events and
   * quotes read when first read; without {@code texts} (only when {@code deferred}), with each
   * article's body empty and no removed blocks.
   */
  private List<ArticleResult> results(boolean deferred, boolean texts) {
    List<ArticleResult> out = new ArrayList<>();
    String sql = resultsQuery(deferred, texts);
    Map<String, ActorKey> keyOf = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (!deferred) {
          out.add(decode(rs));
          continue;
        }
        ArticleActors actors = storedActors(rs, keyOf);
        byte[] article = texts || rs.getObject(7) != null ? rs.getBytes(2) : column("article", id);
        byte[] actorRow = texts || actors != null ? rs.getBytes(3) : column("actors", id);
        out.add(
            decode(
                rs,
                article,
                actors,
                actorRow,
                () -> storedPart("events", id),
                () -> storedPart("quotes", id)));
      }
    } catch (SQLException e) {
      throw failed("read the articles of", e);
    }
    return out;
  }

  /** The articles whose events {@link #resultsForRun} results read from this store. */
  int eventsRead() {
    return partsRead.getOrDefault("events", 0);
  }

  /** The articles whose actor mentions {@link #resultsForRun} results read from this store. */
  int actorsRead() {
    return partsRead.getOrDefault("actors", 0);
  }

  /** The articles whose quotes {@link #resultsForRun} results read from this store. */
  int quotesRead() {
    return partsRead.getOrDefault("quotes", 0);
  }

  /**
   * The stored {@code column} (JSON: {@code actors}, {@code events} or {@code quotes}) of article
   * {@code id}.
   */
  private byte[] storedPart(String column, String id) {
    partsRead.merge(column, 1, Integer::sum);
    return column(column, id);
  }

  /** The stored {@code column} of article {@code id}. */
  private byte[] column(String column, String id) {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + column + " FROM articles WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("stored article " + id + " is no longer in " + name);
        }
        return rs.getBytes(1);
      }
    } catch (SQLException e) {
      throw failed("read the " + column + " of article " + id + " in", e);
    }
  }

  private ArticleResult decode(ResultSet rs) throws SQLException {
    byte[] events = rs.getBytes(4);
    byte[] quotes = rs.getBytes(5);
    return decode(rs, rs.getBytes(2), null, rs.getBytes(3), () -> events, () -> quotes);
  }

  /**
   * The actor mentions of the article of {@code rs}'s row, read from this store when first read
   * (their keys are the row's {@code actor_keys}); null when the row has no keys.
   */
  private ArticleActors storedActors(ResultSet rs, Map<String, ActorKey> keyOf)
      throws SQLException {
    String id = rs.getString(1);
    byte[] keys = rs.getBytes(8);
    try {
      return keys == null
          ? null
          : ResultCodec.actors(id, keys, () -> storedPart("actors", id), keyOf);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "the actor keys of stored article " + id + " in " + name + " no longer read: " + e, e);
    }
  }

  /**
   * The result of {@code rs}'s row: its {@code article} JSON (null: the article made from the row's
   * columns, without its text), with {@code actors} (or, for null, those of the {@code actorRow}
   * JSON), and the events and quotes {@code events} and {@code quotes} give when first read.
   */
  private ArticleResult decode(
      ResultSet rs,
      byte[] article,
      ArticleActors actors,
      byte[] actorRow,
      java.util.function.Supplier<byte[]> events,
      java.util.function.Supplier<byte[]> quotes)
      throws SQLException {
    try {
      ArticleResult r =
          ResultCodec.decode(
              article == null ? withoutText(rs) : ResultCodec.article(article),
              actors == null ? ResultCodec.actors(actorRow) : actors,
              events,
              quotes,
              rs.getBytes(7));
      String copyOf = rs.getString(6);
      // a stored article keeps the copy_of the corpus stages found, unless they look again
      return copyOf == null || !(r.record() instanceof Article a)
          ? r
          : r.withRecord(a.withCopyOf(copyOf));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "stored article " + rs.getString(1) + " in " + name + " no longer reads: " + e, e);
    }
  }

  /**
   * The article of {@code rs}'s row made from its columns (9 to 14: source, outlet, title,
   * published, published_from, language), as the per-article stages left it but without its text:
   * an empty body and no removed blocks.
   */
  private static Article withoutText(ResultSet rs) throws SQLException {
    String published = rs.getString(12);
    String from = rs.getString(13);
    return new Article(
        rs.getString(1),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        published == null ? null : PartialDate.parse(published),
        from == null ? null : DateSource.valueOf(from),
        rs.getString(14),
        "",
        List.of());
  }

  /**
   * Keeps the input of each article saved from now on ({@code --keep-source}): its media type and
   * bytes, as evidence of what was read.
   */
  public void keepSources(boolean keep) {
    this.keepSources = keep;
  }

  @Override
  public void save(ArticleResult result) {
    save(result, null);
  }

  /**
   * Saves one article with its extractions in one transaction: the JSON row the corpus stages read,
   * its columns and removed blocks, the run that analysed it (see {@link #beginRun}), the url it
   * was read at, and, when {@link #keepSources kept}, the bytes it was read from; an earlier
   * rejection of the same input is removed. A stored article read at the same url (with other
   * content, or it would not be analysed again) is an earlier version of this one: it moves to
   * {@code article_versions} with its dates, and this article takes its place in its story.
   *
   * @return the ids of the articles this one replaced
   */
  @Override
  public List<String> saveVersion(ArticleResult result, RawDocument source) {
    ResultCodec.Encoded parts = ResultCodec.encode(result);
    String id = result.record().id();
    String url = source == null ? null : source.metadata().url();
    List<String> replaced = new ArrayList<>();
    String sql =
        "INSERT INTO articles (id, source, article, actors, events, quotes, url, scare_quotes,"
            + " actor_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String actorKeys = ResultCodec.actorKeys(result.actors());
    try {
      Transaction.run(
          db,
          () -> {
            replaced.clear();
            Long by = runId();
            try (PreparedStatement s = db.prepareStatement(sql)) {
              s.setString(1, id);
              s.setString(2, result.record().source());
              s.setString(3, parts.article());
              s.setString(4, parts.actors());
              s.setString(5, parts.events());
              s.setString(6, parts.quotes());
              s.setString(7, url);
              s.setString(8, parts.scareQuotes());
              s.setString(9, actorKeys);
              s.executeUpdate();
            }
            RecordTables.writeArticle(db, (Article) result.record(), by);
            logChange(result.record().id(), "save");
            try (PreparedStatement s =
                db.prepareStatement("DELETE FROM rejections WHERE source = ?")) {
              s.setString(1, result.record().source());
              s.executeUpdate();
            }
            if (keepSources && source != null) {
              try (PreparedStatement s =
                  db.prepareStatement(
                      "INSERT INTO article_sources (article, media_type, bytes) VALUES (?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, source.type().name());
                s.setBytes(3, source.content());
                s.executeUpdate();
              }
            }
            if (url != null) {
              replaced.addAll(Versions.supersede(db, url, id));
              for (String gone : replaced) {
                logChange(gone, "delete"); // the search index drops the earlier version
              }
            }
          });
    } catch (SQLException e) {
      throw failed("save article " + id + " in", e);
    }
    return List.copyOf(replaced);
  }

  @Override
  public void save(ArticleResult result, RawDocument source) {
    saveVersion(result, source);
  }

  /**
   * The earlier versions of the article {@code id} (read at its url before it), oldest first; none
   * when it has none or its url is not known.
   */
  public List<Versions.Version> versionsOf(String id) {
    try {
      return Versions.of(db, id);
    } catch (SQLException e) {
      throw failed("read the versions of " + id + " in", e);
    }
  }

  /**
   * The article that is now the latest version of {@code id}, when {@code id} is an earlier version
   * a re-crawl superseded (its address redirects there); none for any other id.
   */
  public java.util.Optional<String> latestVersionOf(String id) {
    try {
      return Versions.latestOf(db, id);
    } catch (SQLException e) {
      throw failed("read the versions of " + id + " in", e);
    }
  }

  /** The ids of the stored articles that have earlier versions, among {@code ids}. */
  public java.util.Set<String> withVersions(java.util.Collection<String> ids) {
    try {
      return Versions.withVersions(db, ids);
    } catch (SQLException e) {
      throw failed("read the versions of", e);
    }
  }

  /** Writes one row of the article change log (in the caller's transaction). */
  private void logChange(String article, String kind) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("INSERT INTO article_changes (article, kind) VALUES (?, ?)")) {
      s.setString(1, article);
      s.setString(2, kind);
      s.executeUpdate();
    }
  }

  /**
   * One row of the article change log: the article {@code article} was saved (its row holds its
   * current version) or deleted, as change {@code seq}. Sequence numbers only grow.
   */
  public record ArticleChange(long seq, String article, boolean deleted) {}

  /** The sequence number of the last article change, 0 when there is none. */
  public long lastChange() {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(seq) FROM article_changes")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw failed("read the last article change of", e);
    }
  }

  /** The first {@code limit} article changes after change {@code seq}, in order. */
  public List<ArticleChange> changesAfter(long seq, int limit) {
    List<ArticleChange> out = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT seq, article, kind FROM article_changes WHERE seq > ? ORDER BY seq LIMIT ?")) {
      s.setLong(1, seq);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ArticleChange(rs.getLong(1), rs.getString(2), "delete".equals(rs.getString(3))));
        }
      }
    } catch (SQLException e) {
      throw failed("read the article changes of", e);
    }
    return out;
  }

  /** The stored articles (with their extractions) among {@code ids}, by id; absent ids left out. */
  public Map<String, ArticleResult> results(java.util.Collection<String> ids) {
    Map<String, ArticleResult> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    RecordTables.Where in = RecordTables.Where.in("id", List.copyOf(ids));
    String sql =
        "SELECT id, article, actors, events, quotes, copy_of, scare_quotes FROM articles WHERE "
            + in.sql();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < in.args().size(); i++) {
        s.setObject(i + 1, in.args().get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), decode(rs));
        }
      }
    } catch (SQLException e) {
      throw failed("read articles of", e);
    }
    return out;
  }

  /** Records the rejection of an input, replacing an earlier one of the same input. */
  @Override
  public void saveRejection(Rejection rejection) {
    try {
      Transaction.run(
          db,
          () -> {
            Long by = runId();
            try (PreparedStatement s = db.prepareStatement("DELETE FROM rejections WHERE id = ?")) {
              s.setString(1, rejection.id());
              s.executeUpdate();
            }
            try (PreparedStatement s =
                db.prepareStatement(
                    "INSERT INTO rejections (id, source, reason, stage, run, seen)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
              s.setString(1, rejection.id());
              s.setString(2, rejection.source());
              s.setString(3, rejection.rejected());
              s.setString(4, rejection.stage());
              s.setObject(5, by, Types.INTEGER);
              s.setString(6, Instant.now().toString());
              s.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw failed("save the rejection of " + rejection.source() + " in", e);
    }
  }

  /** The stored rejections (the last of each input not accepted since), by input name. */
  public List<Rejection> rejections() {
    List<Rejection> out = new ArrayList<>();
    String sql = "SELECT id, source, reason, stage FROM rejections ORDER BY source";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(new Rejection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    } catch (SQLException e) {
      throw failed("read the rejections of", e);
    }
    return out;
  }

  /** The input an article was read from, when it was kept ({@link #keepSources}). */
  public Optional<KeptSource> source(String article) {
    String sql = "SELECT media_type, bytes FROM article_sources WHERE article = ?";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, article);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new KeptSource(rs.getString(1), rs.getBytes(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read the source of " + article + " in", e);
    }
  }

  /** The bytes an article was read from and their media type ({@code HTML}, {@code TEXT}...). */
  public record KeptSource(String mediaType, byte[] bytes) {}

  /** The stored outlet directory ({@code outlets.jsonl} of the last corpus records). */
  public List<Outlet> outlets() {
    try {
      return RecordTables.readOutlets(db);
    } catch (SQLException e) {
      throw failed("read the outlets of", e);
    }
  }

  /**
   * The stored articles of one outlet (by id) published in {@code [from, to]} (ISO dates as
   * articles write them, compared as text; null for open), in the order saved.
   */
  public List<Article> articlesOfOutlet(String outletId, String from, String to) {
    StringBuilder sql = new StringBuilder("outlet_id = ?");
    List<Object> args = new ArrayList<>(List.of(outletId));
    if (from != null) {
      sql.append(" AND published >= ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" AND published <= ?");
      args.add(to);
    }
    try {
      return RecordTables.readArticles(db, new RecordTables.Where(sql.toString(), args));
    } catch (SQLException e) {
      throw failed("read the articles of " + outletId + " in", e);
    }
  }

  /** The {@code runs} row of this run, written with its first article; null without a run. */
  private Long runId() throws SQLException {
    if (run != null || provenance == null) {
      return run;
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO runs (started, provenance) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, Instant.now().toString());
      s.setString(2, provenance);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        run = keys.getLong(1);
      }
    }
    return run;
  }

  @Override
  public void beginRun(Provenance provenance) {
    this.provenance = Jsonl.line(provenance);
    this.run = null;
  }

  /** The provenance ({@code run.json} line) of the run that saved article {@code id}, if known. */
  public Optional<String> provenanceOf(String id) {
    String sql = "SELECT r.provenance FROM articles a JOIN runs r ON r.id = a.run WHERE a.id = ?";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("read the provenance of " + id + " in", e);
    }
  }

  /**
   * Replaces the corpus records in one transaction, writing only the rows that changed, and notes
   * that they cover every article stored now ({@code meta.corpus_through}, the last article seq).
   */
  @Override
  public void saveRecords(
      ReportData records, List<Outlet> outlets, Function<String, String> outletIdOf) {
    saveRecords(records, outlets, outletIdOf, id -> null);
  }

  @Override
  public void saveRecords(
      ReportData records,
      List<Outlet> outlets,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf) {
    saveRecords(records, outlets, outletIdOf, publishedEventOf, null);
  }

  @Override
  public void saveRecords(
      ReportData records,
      List<Outlet> outlets,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf,
      QuoteSpeakers speakers) {
    try {
      Transaction.run(
          db,
          () -> {
            lastSave =
                RecordTables.replaceCorpus(
                    db,
                    records,
                    outlets,
                    outletIdOf,
                    publishedEventOf,
                    speakers,
                    readBack::get,
                    leftStories);
            if (speakers != null && tallies != null) {
              KeyTallyRows.save(db, tallies.all(), tallies.changed());
            } else {
              KeyTallyRows.forget(db);
            }
            LOG.info("corpus records saved: {}", lastSave);
            StoreSchema.setMeta(db, CORPUS_THROUGH, Long.toString(RecordTables.lastSeq(db)));
          });
      if (dialect == Dialect.POSTGRESQL) {
        // the tables were replaced in bulk: fresh planner statistics, or the first queries scan
        try (Statement s = db.createStatement()) {
          s.execute("ANALYZE");
        }
      }
    } catch (SQLException e) {
      throw failed("save the corpus records of", e);
    } finally {
      readBack.clear();
      leftStories.clear();
      tallies = null;
    }
  }

  @Override
  public StoredTallies keyTallies() {
    try {
      return KeyTallyRows.read(db);
    } catch (SQLException e) {
      throw failed("read the actor mentions' tallies of", e);
    }
  }

  /** {@inheritDoc} They are saved by the next {@link #saveRecords} given the quotes' speakers. */
  @Override
  public void keepKeyTallies(KeyTallies all, Set<ActorKey> changed) {
    tallies = new KeptTallies(all, changed == null ? null : Set.copyOf(changed));
  }

  /** The tallies {@link #keepKeyTallies} kept for the next save. */
  private record KeptTallies(KeyTallies all, Set<ActorKey> changed) {}

  /** What the last {@link #saveRecords} wrote. */
  RowSync.Count lastSave() {
    return lastSave;
  }

  /**
   * Whether articles were saved after the stored corpus records were made (a run died between
   * saving its articles and saving its corpus records, or a store migrated from version 1): the
   * next run with the store makes them again over every stored article.
   */
  public boolean corpusPending() {
    try {
      String through = StoreSchema.meta(db, CORPUS_THROUGH);
      long covered = through == null ? 0 : Long.parseLong(through);
      try (PreparedStatement s =
          db.prepareStatement("SELECT count(*) FROM articles WHERE seq > ?")) {
        s.setLong(1, covered);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && rs.getInt(1) > 0;
        }
      }
    } catch (SQLException e) {
      throw failed("read the state of", e);
    }
  }

  @Override
  public Map<String, StoredProfile> storyProfiles(String print) {
    Map<String, StoredProfile> out = new HashMap<>();
    try {
      if (!print.equals(StoreSchema.meta(db, PROFILES_PRINT))) {
        return out;
      }
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT article, chain, profile FROM story_profiles")) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              new StoredProfile(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    } catch (SQLException e) {
      throw failed("read the story profiles of", e);
    }
    return out;
  }

  @Override
  public void saveStoryProfiles(String print, List<StoredProfile> profiles) {
    replaceUnderPrint(
        PROFILES_PRINT,
        print,
        "story_profiles (article, chain, profile) VALUES (?, ?, ?)",
        profiles.stream().map(StoredProfile::article).toList(),
        s -> {
          for (StoredProfile p : profiles) {
            s.setString(1, p.article());
            s.setString(2, p.chain());
            s.setString(3, p.profile());
            s.addBatch();
          }
        },
        "save the story profiles of");
  }

  /**
   * Saves rows of a table kept by article under a print (the meta key {@code printKey}), each
   * replacing its article's row, in one transaction: when the stored rows were made under another
   * print, they are dropped first.
   *
   * @param into the table, its columns and values as an {@code INSERT INTO} goes on; its first
   *     column is {@code article}
   * @param articles the articles {@code rows} adds a row for
   */
  private void replaceUnderPrint(
      String printKey,
      String print,
      String into,
      Collection<String> articles,
      Rows rows,
      String what) {
    String table = into.substring(0, into.indexOf(' '));
    try {
      Transaction.run(
          db,
          () -> {
            if (!print.equals(StoreSchema.meta(db, printKey))) {
              try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM " + table);
              }
              StoreSchema.setMeta(db, printKey, print);
            }
            try (PreparedStatement delete =
                    db.prepareStatement("DELETE FROM " + table + " WHERE article = ?");
                PreparedStatement insert = db.prepareStatement("INSERT INTO " + into)) {
              for (String article : articles) {
                delete.setString(1, article);
                delete.addBatch();
              }
              delete.executeBatch();
              rows.add(insert);
              insert.executeBatch();
            }
          });
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  @Override
  public Map<String, byte[]> articleTexts(String print, Collection<String> articles) {
    Map<String, byte[]> out = new HashMap<>();
    try {
      if (print.equals(StoreSchema.meta(db, TEXTS_PRINT))) {
        RecordTables.eachIn(
            db,
            "SELECT article, data FROM article_texts",
            "article",
            articles,
            IDS_PER_QUERY,
            rs -> out.put(rs.getString(1), rs.getBytes(2)));
      }
    } catch (SQLException e) {
      throw failed("read the article texts of", e);
    }
    return out;
  }

  @Override
  public Map<String, String> bodies(Collection<String> articles) {
    Map<String, String> out = new HashMap<>();
    try {
      RecordTables.eachIn(
          db,
          "SELECT id, body FROM articles",
          "id",
          articles,
          IDS_PER_QUERY,
          rs -> out.put(rs.getString(1), rs.getString(2)));
    } catch (SQLException e) {
      throw failed("read the bodies of articles in", e);
    }
    return out;
  }

  @Override
  public void saveArticleTexts(String print, Map<String, byte[]> texts) {
    Map<String, byte[]> sorted = new TreeMap<>(texts);
    replaceUnderPrint(
        TEXTS_PRINT,
        print,
        "article_texts (article, data) VALUES (?, ?)",
        sorted.keySet(),
        s -> {
          for (Map.Entry<String, byte[]> t : sorted.entrySet()) {
            s.setString(1, t.getKey());
            s.setBytes(2, t.getValue());
            s.addBatch();
          }
        },
        "save the article texts of");
  }

  @Override
  public List<byte[]> storyCheckpoint(String print) {
    List<byte[]> out = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement("SELECT data FROM story_checkpoint WHERE print = ? ORDER BY part")) {
      s.setString(1, print);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getBytes(1));
        }
      }
    } catch (SQLException e) {
      throw failed("read the story index checkpoint of", e);
    }
    return out;
  }

  @Override
  public void saveStoryCheckpoint(String print, byte[] checkpoint) {
    replaceRows(
        "story_checkpoint (print, part, data) VALUES (?, 0, ?)",
        s -> {
          if (checkpoint != null) {
            s.setString(1, print);
            s.setBytes(2, checkpoint);
            s.addBatch();
          }
        },
        "save the story index checkpoint of");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException when no checkpoint made under {@code print} is stored
   */
  @Override
  public void addStoryCheckpointPart(String print, byte[] part) {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO story_checkpoint (print, part, data)"
                + " SELECT print, max(part) + 1, ? FROM story_checkpoint WHERE print = ?"
                + " GROUP BY print")) {
      s.setBytes(1, part);
      s.setString(2, print);
      if (s.executeUpdate() != 1) {
        throw new StoreException(
            "no story index checkpoint to add a part to in " + name + " under " + print);
      }
    } catch (SQLException e) {
      throw failed("add a part to the story index checkpoint of", e);
    }
  }

  /** Rows to insert through a prepared statement, each added to its batch. */
  private interface Rows {
    void add(PreparedStatement insert) throws SQLException;
  }

  /**
   * Replaces every row of a table with {@code rows}, in one transaction.
   *
   * @param into the table, its columns and values as an {@code INSERT INTO} goes on
   */
  private void replaceRows(String into, Rows rows, String what) {
    String table = into.substring(0, into.indexOf(' '));
    try {
      Transaction.run(
          db,
          () -> {
            try (Statement clear = db.createStatement();
                PreparedStatement s = db.prepareStatement("INSERT INTO " + into)) {
              clear.execute("DELETE FROM " + table);
              rows.add(s);
              s.executeBatch();
            }
          });
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  @Override
  public Set<String> eventIds() {
    return ids("events", "the event ids");
  }

  /** The {@code id} column of {@code table}; {@code what} names it in the message of a failure. */
  private Set<String> ids(String table, String what) {
    Set<String> out = new HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("read " + what + " of", e);
    }
    return out;
  }

  @Override
  public Map<String, String> storyDigests() {
    Map<String, String> out = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT story, digest FROM story_digests")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw failed("read the story digests of", e);
    }
    return out;
  }

  /**
   * {@inheritDoc} The stored rows are read and sifted here: the stories are most of the corpus, too
   * many for a list of parameters. The records read are remembered with their stored digests
   * ({@link #readBack}) until the next {@link #saveRecords}. The records of stories without a
   * stored digest (from a store older than digests) are read whole even when not asked to be.
   */
  @Override
  public SavedStoryRecords storyRecords(Set<String> stories, boolean whole) {
    try {
      Map<String, InferredPublication> published = new HashMap<>();
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT s.story, a.id, a.inferred_published, a.inferred_event FROM articles a"
                      + " JOIN story_articles s ON s.article = a.id"
                      // only an undated article's date is inferred: found by the index on dates,
                      // not by reading every article's row to its last columns
                      + " WHERE a.published IS NULL AND a.inferred_published IS NOT NULL"
                      + " AND a.inferred_event IS NOT NULL")) {
        while (rs.next()) {
          if (stories.contains(rs.getString(1))) {
            published.put(
                rs.getString(2),
                new InferredPublication(PartialDate.parse(rs.getString(3)), rs.getString(4)));
          }
        }
      }
      readBack.clear();
      leftStories.clear();
      if (!whole) {
        SavedStoryRecords kept = RecordTables.keptRecords(db, stories, published, leftStories);
        if (kept != null) {
          return kept;
        }
        readBack.clear();
        leftStories.clear();
      }
      SavedStoryRecords records =
          new SavedStoryRecords(
              RecordTables.readCoverage(db, null).stream()
                  .filter(c -> stories.contains(c.story()))
                  .toList(),
              RecordTables.readConflicts(db, null).stream()
                  .filter(c -> stories.contains(c.story()))
                  .toList(),
              RecordTables.readEvents(db, null).stream()
                  .filter(e -> e.story() != null && stories.contains(e.story()))
                  .toList(),
              published);
      RecordTables.storedDigests(db, records, readBack);
      return records;
    } catch (SQLException e) {
      throw failed("read the records of the unchanged stories of", e);
    }
  }

  @Override
  public void saveStoryDigests(Map<String, String> digests) {
    replaceRows(
        "story_digests (story, digest) VALUES (?, ?)",
        s -> {
          for (Map.Entry<String, String> e : new TreeMap<>(digests).entrySet()) {
            s.setString(1, e.getKey());
            s.setString(2, e.getValue());
            s.addBatch();
          }
        },
        "save the story digests of");
  }

  /**
   * The stored articles (dated as the corpus stages dated them) and corpus records, in the order of
   * the output files of the run that saved them.
   */
  public ReportData records() {
    try {
      return RecordTables.readAll(db);
    } catch (SQLException e) {
      throw failed("read the records of", e);
    }
  }

  /**
   * The stored events whose source or target actor code starts with {@code code} ({@code RUS},
   * {@code RUSGOV}), in output order. A range on the actor-code indexes, not a scan.
   */
  public List<Event> eventsOfActor(String code) {
    return eventsOfActor(code, -1);
  }

  /**
   * The newest {@code limit} stored events (by event date, undated last, ties by id descending)
   * whose source or target actor code starts with {@code code}, in output order: the first page of
   * an actor's events; all of them when {@code limit} is negative.
   */
  public List<Event> eventsOfActor(String code, int limit) {
    if (code.isEmpty()) {
      throw new IllegalArgumentException("an actor code prefix cannot be empty");
    }
    String high =
        code.substring(0, code.length() - 1) + (char) (code.charAt(code.length() - 1) + 1);
    try {
      if (limit < 0) {
        return RecordTables.readEvents(
            db,
            RecordTables.Where.of(
                "id IN (SELECT id FROM events WHERE source_actor >= ? AND source_actor < ?"
                    + " UNION SELECT id FROM events WHERE target_actor >= ? AND target_actor < ?)",
                code,
                high,
                code,
                high));
      }
      // the newest of each code under the prefix on each side (an index range each, in index
      // order), then the newest of all
      record Dated(String id, String date) {}
      List<Dated> newest = new ArrayList<>();
      for (String side : new String[] {"source_actor", "target_actor"}) {
        // the codes under the prefix, one index seek each (the least code after the last found)
        List<String> codes = new ArrayList<>();
        String after = null;
        while (true) {
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT min("
                      + side
                      + ") FROM events WHERE "
                      + side
                      + (after == null ? " >= ?" : " > ?")
                      + " AND "
                      + side
                      + " < ?")) {
            s.setString(1, after == null ? code : after);
            s.setString(2, high);
            try (ResultSet rs = s.executeQuery()) {
              after = rs.next() ? rs.getString(1) : null;
            }
          }
          if (after == null) {
            break;
          }
          codes.add(after);
        }
        for (String each : codes) {
          for (String dated :
              new String[] {
                "event_date IS NOT NULL ORDER BY event_date DESC, id DESC",
                "event_date IS NULL ORDER BY id DESC"
              }) {
            try (PreparedStatement s =
                db.prepareStatement(
                    "SELECT id, event_date FROM events WHERE "
                        + side
                        + " = ? AND "
                        + dated
                        + " LIMIT ?")) {
              s.setString(1, each);
              s.setInt(2, limit);
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  newest.add(new Dated(rs.getString(1), rs.getString(2)));
                }
              }
            }
          }
        }
      }
      List<String> ids =
          newest.stream()
              .sorted(
                  java.util.Comparator.comparing((Dated d) -> d.date() == null)
                      .thenComparing(
                          Dated::date,
                          java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                      .thenComparing(Dated::id, java.util.Comparator.reverseOrder()))
              .map(Dated::id)
              .distinct()
              .limit(limit)
              .toList();
      if (ids.isEmpty()) {
        return List.of();
      }
      return RecordTables.readEvents(db, RecordTables.Where.in("id", List.copyOf(ids)));
    } catch (SQLException e) {
      throw failed("read the events of " + code + " in", e);
    }
  }

  /**
   * How many stored events had {@code source} act on {@code target} (exact actor codes) in each
   * month, months in order; events dated to the year only or undated are left out.
   */
  public Map<String, Integer> actorPairSeries(String source, String target) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    String sql =
        "SELECT event_month, count(*) FROM events WHERE source_actor = ? AND target_actor = ?"
            + " AND event_month IS NOT NULL GROUP BY event_month ORDER BY event_month";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, source);
      s.setString(2, target);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw failed("read the series of " + source + " and " + target + " in", e);
    }
    return out;
  }

  /** The coverage rows of one outlet (by the name articles give it), in output order. */
  public List<Coverage> coverageOfOutlet(String outlet) {
    return coverageOfOutlet(outlet, -1);
  }

  /**
   * The coverage rows of one outlet's {@code limit} latest stories (by the story's last date,
   * undated last), in output order: the first page of an outlet's coverage; all of them when {@code
   * limit} is negative.
   */
  public List<Coverage> coverageOfOutlet(String outlet, int limit) {
    try {
      if (limit < 0) {
        return RecordTables.readCoverage(db, RecordTables.Where.of("outlet = ?", outlet));
      }
      // the page's ids first, so that the reads of its parts do not sort again
      List<Object> ids = ReaderQueries.outletCoverageIds(db, outlet, limit);
      if (ids.isEmpty()) {
        return List.of();
      }
      return RecordTables.readCoverage(db, RecordTables.Where.in("id", ids));
    } catch (SQLException e) {
      throw failed("read the coverage of " + outlet + " in", e);
    }
  }

  /** How many records a streaming read holds at a time ({@link #records(String)}). */
  private static final int CHUNK = 1000;

  /**
   * The stored records of one output file of OUTPUT.md ({@code articles.jsonl}, the accepted
   * articles as {@link RecordFiles.ArticleLine}s, or one of {@link RecordFiles#CORPUS_FILES}), in
   * output order, read from the store a thousand at a time as the iteration reaches them: memory
   * holds one chunk, whatever the corpus's size. They are the corpus records of the last run, so
   * current only when not {@link #corpusPending}. Iterate while the store is open.
   */
  public Iterable<?> records(String file) {
    return records(file, CHUNK);
  }

  /** {@link #records(String)}, {@code chunk} records at a time. */
  Iterable<?> records(String file, int chunk) {
    return stream(file, chunk, false);
  }

  /**
   * The records of one output file a chunk at a time: all of them, or ({@code chosen}) those whose
   * id is in the file's temporary table of the last {@link #choose} ({@code kept_<table>}).
   */
  private Iterable<?> stream(String file, int chunk, boolean chosen) {
    return switch (file) {
      case "articles.jsonl" ->
          ranges("articles", "seq", chunk, chosen, RecordTables::readArticleLines);
      case "entities.jsonl" ->
          ranges("entities", "position", chunk, chosen, RecordTables::readEntities);
      case "events.jsonl" -> ranges("events", "position", chunk, chosen, RecordTables::readEvents);
      case "quotes.jsonl" -> ranges("quotes", "position", chunk, chosen, RecordTables::readQuotes);
      case "stories.jsonl" ->
          ranges("stories", "position", chunk, chosen, RecordTables::readStories);
      case "coverage.jsonl" ->
          ranges("coverage", "position", chunk, chosen, RecordTables::readCoverage);
      case "conflicts.jsonl" ->
          ranges("conflicts", "position", chunk, chosen, RecordTables::readConflicts);
      case "outlets.jsonl" -> chosen ? keptOutlets() : outlets();
      default -> throw new IllegalArgumentException("no such output file: " + file);
    };
  }

  private <T> Iterable<T> ranges(
      String table, String key, int chunk, boolean chosen, RecordTables.RangeReader<T> reader) {
    return RecordTables.inRanges(db, table, key, chunk, chosen ? "kept_" + table : null, reader);
  }

  /**
   * Chooses the records {@code selection} keeps (in temporary tables of this connection, until the
   * next choice or {@link #close}); {@link #records(String, Selection)} then reads them.
   */
  public void choose(Selection selection) {
    try {
      selection.choose(db);
    } catch (SQLException e) {
      throw failed("choose the records of", e);
    }
  }

  /**
   * The records of one output file that the last {@link #choose chosen} selection keeps, streamed
   * as {@link #records(String)} streams them; events keep only the mentions of the selection's
   * outlet, given one.
   */
  public Iterable<?> records(String file, Selection selection) {
    if (selection.isAll()) {
      return records(file);
    }
    Iterable<?> kept = stream(file, CHUNK, true);
    if (!file.equals("events.jsonl") || selection.outletId() == null) {
      return kept;
    }
    java.util.Set<String> ofOutlet = new java.util.HashSet<>();
    articlesOfOutlet(selection.outletId(), null, null).forEach(a -> ofOutlet.add(a.id()));
    Iterable<Event> events =
        () ->
            java.util.stream.StreamSupport.stream(kept.spliterator(), false)
                .map(e -> mentionsIn((Event) e, ofOutlet))
                .iterator();
    return events;
  }

  private List<Outlet> keptOutlets() {
    Set<String> ids = ids("kept_outlets", "the chosen outlets");
    return outlets().stream().filter(o -> ids.contains(o.id())).toList();
  }

  /** The event with only its mentions in {@code articles}; its counts stay the whole event's. */
  private static Event mentionsIn(Event e, java.util.Set<String> articles) {
    return e.withReports(
        e.id(),
        e.mentions().stream().filter(m -> articles.contains(m.article())).toList(),
        e.articles(),
        e.outlets());
  }

  /** The bytes the store takes in its database: tables and their indexes. */
  public long bytes() {
    String sql =
        dialect == Dialect.SQLITE
            ? "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
            : "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind = 'r'";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failed("measure", e);
    }
  }

  /**
   * One page of the stories {@code filter} selects, newest first by their last date (undated last,
   * ties by id), after the story {@code cursor} names (from the start when null), each with the
   * groups that carried it: see {@link ReaderQueries#stories}.
   *
   * @throws IllegalArgumentException when the cursor names no story
   */
  public ReaderQueries.StoryPage stories(
      ReaderQueries.StoryFilter filter, String cursor, int limit) {
    try {
      return ReaderQueries.stories(db, filter, cursor, limit);
    } catch (SQLException e) {
      throw failed("read the stories of", e);
    }
  }

  /** Whether the outlet directory gives an outlet a group (else stories are grouped by country). */
  public boolean groupsDefined() {
    try {
      return ReaderQueries.groupsDefined(db);
    } catch (SQLException e) {
      throw failed("read the outlet groups of", e);
    }
  }

  /**
   * An article with its story and what was found in it, or empty: {@link ReaderQueries#article}.
   */
  public Optional<ReaderQueries.ArticleRecords> article(String id) {
    try {
      return ReaderQueries.article(db, id);
    } catch (SQLException e) {
      throw failed("read article " + id + " in", e);
    }
  }

  /**
   * The stored articles with these ids (as the corpus stages dated them), in the order given; those
   * the store lacks left out.
   */
  public List<Article> articles(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try {
      Map<String, Article> found = new HashMap<>();
      RecordTables.readArticles(db, RecordTables.Where.in("id", List.copyOf(ids)))
          .forEach(a -> found.put(a.id(), a));
      return ids.stream().map(found::get).filter(a -> a != null).toList();
    } catch (SQLException e) {
      throw failed("read articles in", e);
    }
  }

  /** The entity with this id with its aliases: {@link EntityQueries#entity}. */
  public Optional<dev.parallax.model.Entity> entity(String id) {
    try {
      return EntityQueries.entity(db, id);
    } catch (SQLException e) {
      throw failed("read entity " + id + " in", e);
    }
  }

  /** Where a merge moved an entity id, or empty ({@link IdRedirects}). */
  public Optional<String> entityMovedTo(String id) {
    return movedTo(IdRedirects.Kind.ENTITY, id);
  }

  /** Where a later run moved a fused event's id, or empty ({@link IdRedirects}). */
  public Optional<String> eventMovedTo(String id) {
    return movedTo(IdRedirects.Kind.EVENT, id);
  }

  private Optional<String> movedTo(IdRedirects.Kind kind, String id) {
    try {
      return Optional.ofNullable(IdRedirects.movedTo(db, kind.name, id));
    } catch (SQLException e) {
      throw failed("read the redirect of " + kind.name + " " + id + " in", e);
    }
  }

  /**
   * Every stored id redirect (entities and events whose ids later runs retired, each to where its
   * mentions went), by kind and old id: an export's {@code redirects.jsonl}.
   */
  public List<dev.parallax.model.IdRedirect> redirects() {
    try {
      return IdRedirects.all(db);
    } catch (SQLException e) {
      throw failed("read the id redirects of", e);
    }
  }

  /** The stored fused event with this id, or empty. */
  public Optional<Event> event(String id) {
    try {
      return RecordTables.readEvents(db, RecordTables.Where.of("id = ?", id)).stream().findFirst();
    } catch (SQLException e) {
      throw failed("read event " + id + " in", e);
    }
  }

  /** The entities under an actor code prefix: {@link EntityQueries#entitiesOfActor}. */
  public List<dev.parallax.model.Entity> entitiesOfActor(String code, int limit) {
    try {
      return EntityQueries.entitiesOfActor(db, code, limit);
    } catch (SQLException e) {
      throw failed("read the entities of " + code + " in", e);
    }
  }

  /** An entity's newest quotes: {@link EntityQueries#quotesBy}. */
  public List<EntityQueries.DatedQuote> quotesBy(String entity, int limit) {
    try {
      return EntityQueries.quotesBy(db, entity, limit);
    } catch (SQLException e) {
      throw failed("read the quotes of " + entity + " in", e);
    }
  }

  /** An entity's newest events as source or target: {@link EntityQueries#eventsOf}. */
  public List<Event> eventsOfEntity(String entity, boolean asSource, int limit) {
    try {
      return EntityQueries.eventsOf(db, entity, asSource, limit);
    } catch (SQLException e) {
      throw failed("read the events of " + entity + " in", e);
    }
  }

  /** The labels each outlet gives an entity: {@link EntityQueries#labelsOf}. */
  public List<EntityQueries.LabelUse> labelsOf(String entity, int limit) {
    try {
      return EntityQueries.labelsOf(db, entity, limit);
    } catch (SQLException e) {
      throw failed("read the labels of " + entity + " in", e);
    }
  }

  /** Tone toward an entity by outlet and month: {@link EntityQueries#toneOf}. */
  public List<EntityQueries.ToneCell> toneOf(String entity, int limit) {
    try {
      return EntityQueries.toneOf(db, entity, limit);
    } catch (SQLException e) {
      throw failed("read the tone toward " + entity + " in", e);
    }
  }

  /** An outlet's voices, labels and tone over all its stories: {@link EntityQueries#outletSums}. */
  public EntityQueries.OutletSums outletSums(String outlet, int limit) {
    try {
      return EntityQueries.outletSums(db, outlet, limit);
    } catch (SQLException e) {
      throw failed("sum the coverage of " + outlet + " in", e);
    }
  }

  /** The names of the stored entities with these ids. */
  public Map<String, String> entityNames(java.util.Collection<String> ids) {
    try {
      return ReaderQueries.entityNames(db, ids);
    } catch (SQLException e) {
      throw failed("read entity names in", e);
    }
  }

  /** The titles of the stored stories with these ids (untitled ones left out). */
  public Map<String, String> storyTitles(java.util.Collection<String> ids) {
    try {
      return ReaderQueries.storyTitles(db, ids);
    } catch (SQLException e) {
      throw failed("read story titles in", e);
    }
  }

  /** The story of each of these articles that is in one. */
  public Map<String, String> storiesOfArticles(java.util.Collection<String> articles) {
    try {
      return ReaderQueries.storiesOfArticles(db, articles);
    } catch (SQLException e) {
      throw failed("read the stories of articles in", e);
    }
  }

  /** The stories with these ids with their groups: {@link ReaderQueries#storyRows}. */
  public List<ReaderQueries.StoryRow> storyRows(List<String> ids) {
    try {
      return ReaderQueries.storyRows(db, ids);
    } catch (SQLException e) {
      throw failed("read the stories of", e);
    }
  }

  /** An outlet's articles per month: {@link ReaderQueries#articlesPerMonth}. */
  public Map<String, Integer> articlesPerMonth(String outletId) {
    try {
      return ReaderQueries.articlesPerMonth(db, outletId);
    } catch (SQLException e) {
      throw failed("read the articles per month of " + outletId + " in", e);
    }
  }

  /**
   * An actor pair's months with quad classes and mean Goldstein: {@link ReaderQueries#pairMonths}.
   */
  public List<ReaderQueries.PairMonth> actorPairMonths(String source, String target) {
    try {
      return ReaderQueries.pairMonths(db, source, target);
    } catch (SQLException e) {
      throw failed("read the months of " + source + " and " + target + " in", e);
    }
  }

  /** The events behind one month of an actor pair: {@link ReaderQueries#pairEvents}. */
  public List<Event> actorPairEvents(String source, String target, String month, int limit) {
    try {
      return ReaderQueries.pairEvents(db, source, target, month, limit);
    } catch (SQLException e) {
      throw failed("read the events of " + source + " and " + target + " in", e);
    }
  }

  /** A story with all its records, or empty when no story has this id. */
  public Optional<StoryRecords> story(String id) {
    RecordTables.Where ofStory = RecordTables.Where.of("story = ?", id);
    try {
      List<Story> found = RecordTables.readStories(db, RecordTables.Where.of("id = ?", id));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new StoryRecords(
              found.get(0),
              RecordTables.readEvents(db, ofStory),
              RecordTables.readQuotes(
                  db,
                  RecordTables.Where.of(
                      "article IN (SELECT article FROM story_articles WHERE story = ?)", id)),
              RecordTables.readCoverage(db, ofStory),
              RecordTables.readConflicts(db, ofStory)));
    } catch (SQLException e) {
      throw failed("read story " + id + " in", e);
    }
  }

  /** A story with its events, the quotes of its articles, its coverage rows and conflicts. */
  public record StoryRecords(
      Story story,
      List<Event> events,
      List<Quote> quotes,
      List<Coverage> coverage,
      List<Conflict> conflicts) {}

  @Override
  public StoryIndexState stories() {
    Map<Integer, List<String>> stories = new TreeMap<>();
    Map<Integer, String> ids = new TreeMap<>();
    Map<Integer, String> arrivals = new TreeMap<>();
    String sql =
        "SELECT article, story, position, arrival, story_id FROM story_members"
            + " ORDER BY story, position";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        stories.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(1));
        ids.putIfAbsent(rs.getInt(2), rs.getString(5));
        arrivals.put(rs.getInt(4), rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("read the stories of", e);
    }
    try {
      return new StoryIndexState(
          List.copyOf(stories.values()), List.copyOf(arrivals.values()), List.copyOf(ids.values()));
    } catch (IllegalArgumentException e) {
      throw new StoreException("the stories stored in " + name + " do not add up: " + e, e);
    }
  }

  @Override
  public void saveStories(StoryIndexState state) {
    try {
      Transaction.run(db, () -> replaceStories(state));
    } catch (SQLException e) {
      throw failed("save the stories of", e);
    }
  }

  /**
   * Brings {@code story_members} to {@code state} by writing the difference: a run that adds a few
   * articles inserts their rows and leaves the stored ones as they are.
   */
  private void replaceStories(StoryIndexState state) throws SQLException {
    Map<String, int[]> placeOf = new HashMap<>();
    for (int story = 0; story < state.stories().size(); story++) {
      List<String> members = state.stories().get(story);
      for (int position = 0; position < members.size(); position++) {
        placeOf.put(members.get(position), new int[] {story, position});
      }
    }
    RowSync members =
        RowSync.of(
            "story_members",
            List.of("article"),
            List.of("story_id", "story", "position", "arrival"),
            sync -> {
              // in order of arrival: arrivals numbered again after an article left move down one
              // row at a time, each to a number no other row holds any more (arrival is unique)
              for (int arrival = 0; arrival < state.arrivals().size(); arrival++) {
                String article = state.arrivals().get(arrival);
                int[] place = placeOf.get(article);
                sync.add(article, state.ids().get(place[0]), place[0], place[1], arrival);
              }
            });
    RowSync.apply(db, List.of(members), new RowSync.Count());
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " store " + name + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failed("close", e);
    } finally {
      try {
        lock.close();
      } catch (Exception e) {
        throw new StoreException("cannot release the writer lock of store " + name + ": " + e, e);
      }
    }
  }
}
