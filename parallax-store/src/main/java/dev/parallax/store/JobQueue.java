package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ingestion queue of a store ({@code ingest_jobs}): the articles posted to a server, each a job
 * that is {@code queued}, {@code running}, {@code done} (naming its article) or {@code rejected}
 * (with the reason). It lives in the store, so jobs survive a restart: jobs left running by a
 * server that stopped go back to the queue when the next one opens it ({@link #open}).
 *
 * <p>Its own connection, beside the store's writer, so that requests can queue jobs while the
 * writer analyses; opened only by the process that holds the store's writer lock. Thread-safe (one
 * statement at a time). An SQLite store waits up to {@value #BUSY_MS} ms for the writer's
 * transaction to end.
 */
public final class JobQueue implements AutoCloseable {
  static final int BUSY_MS = 30_000;

  /** A job's states. */
  public static final String QUEUED = "queued";

  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String REJECTED = "rejected";

  private static final String COLUMNS =
      "id, state, url, record, posted, started, finished, article, reason";

  private final String name;
  private final Connection db;

  private final SavedSearches searches;

  private JobQueue(String name, Connection db, Connection searches) {
    this.name = name;
    this.db = db;
    this.searches = new SavedSearches(searches, name);
  }

  /**
   * A job: its id, state, the article's url and posted record, when it was posted, started and
   * finished (ISO instants, null until then), and its article or the reason it was rejected.
   */
  public record Job(
      String id,
      String state,
      String url,
      String record,
      String posted,
      String started,
      String finished,
      String article,
      String reason) {}

  /** An article to queue: its job id (from its url and content), url and record as posted. */
  public record Posted(String id, String url, String record) {}

  /**
   * Opens the queue of {@code writer}'s store and puts the jobs a stopped server left running back
   * in the queue.
   *
   * @param writer the store, open for writing by this process (its writer lock held)
   */
  public static JobQueue open(RelationalStore writer) {
    JobQueue queue;
    try {
      queue = new JobQueue(writer.location().display(), connect(writer), connect(writer));
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException(
          "cannot open the ingestion queue of store "
              + writer.location().display()
              + ": "
              + e.getMessage(),
          e);
    }
    queue.requeueRunning();
    return queue;
  }

  /** A connection of its own to the writer's store; SQLite's waits for the writer's commits. */
  private static Connection connect(RelationalStore writer)
      throws SQLException, java.io.IOException {
    Connection db = RelationalStore.connect(writer.location(), false);
    if (writer.location() instanceof StoreLocation.SqliteFile) {
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_MS);
      }
    }
    return db;
  }

  /** Puts every running job back in the queue; returns how many. */
  public synchronized int requeueRunning() {
    try (PreparedStatement s =
        db.prepareStatement("UPDATE ingest_jobs SET state = ?, started = NULL WHERE state = ?")) {
      s.setString(1, QUEUED);
      s.setString(2, RUNNING);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failed("requeue the running jobs of", e);
    }
  }

  /** What {@link #submit} did: each posted article's job (new or the earlier one), or full. */
  public record Submitted(List<Job> jobs, List<Boolean> existing, boolean full) {}

  /**
   * Queues the articles in one transaction, all or none: an article posted before (same job id)
   * gets its earlier job, whatever its state; the others new queued jobs, unless that would put
   * more than {@code capacity} jobs in the queue (queued or running), when none is queued and the
   * answer says full.
   */
  public synchronized Submitted submit(List<Posted> articles, int capacity) {
    try {
      List<Job> jobs = new ArrayList<>();
      List<Boolean> existing = new ArrayList<>();
      boolean[] full = {false};
      Transaction.run(
          db,
          () -> {
            List<Posted> fresh = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Posted p : articles) {
              if (find(p.id()).isEmpty() && ids.add(p.id())) {
                fresh.add(p);
              }
            }
            if (!fresh.isEmpty() && waiting() + fresh.size() > capacity) {
              full[0] = true;
              return;
            }
            String now = Instant.now().toString();
            try (PreparedStatement s =
                db.prepareStatement(
                    "INSERT INTO ingest_jobs (id, state, url, record, posted) VALUES (?, ?, ?, ?,"
                        + " ?)")) {
              for (Posted p : fresh) {
                s.setString(1, p.id());
                s.setString(2, QUEUED);
                s.setString(3, p.url());
                s.setString(4, p.record());
                s.setString(5, now);
                s.addBatch();
              }
              s.executeBatch();
            }
            java.util.Set<String> added = new java.util.HashSet<>();
            fresh.forEach(p -> added.add(p.id()));
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (Posted p : articles) {
              jobs.add(find(p.id()).orElseThrow());
              existing.add(!added.contains(p.id()) || !reported.add(p.id()));
            }
          });
      return full[0]
          ? new Submitted(List.of(), List.of(), true)
          : new Submitted(jobs, existing, false);
    } catch (SQLException e) {
      throw failed("queue articles in", e);
    }
  }

  /** How many jobs are queued or running. */
  public synchronized int waiting() {
    try (PreparedStatement s =
        db.prepareStatement("SELECT count(*) FROM ingest_jobs WHERE state IN (?, ?)")) {
      s.setString(1, QUEUED);
      s.setString(2, RUNNING);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failed("count the jobs of", e);
    }
  }

  /** The job with this id. */
  public synchronized Optional<Job> job(String id) {
    try {
      return find(id);
    } catch (SQLException e) {
      throw failed("read job " + id + " of", e);
    }
  }

  private Optional<Job> find(String id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + COLUMNS + " FROM ingest_jobs WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(job(rs)) : Optional.empty();
      }
    }
  }

  private static Job job(ResultSet rs) throws SQLException {
    return new Job(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }

  /** Takes up to {@code max} of the oldest queued jobs, marked running, oldest first. */
  public synchronized List<Job> claim(int max) {
    try {
      List<Job> out = new ArrayList<>();
      Transaction.run(
          db,
          () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s =
                db.prepareStatement(
                    "SELECT id FROM ingest_jobs WHERE state = ? ORDER BY seq LIMIT ?")) {
              s.setString(1, QUEUED);
              s.setInt(2, max);
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getString(1));
                }
              }
            }
            String now = Instant.now().toString();
            try (PreparedStatement s =
                db.prepareStatement("UPDATE ingest_jobs SET state = ?, started = ? WHERE id = ?")) {
              for (String id : ids) {
                s.setString(1, RUNNING);
                s.setString(2, now);
                s.setString(3, id);
                s.executeUpdate();
              }
            }
            for (String id : ids) {
              out.add(find(id).orElseThrow());
            }
          });
      return out;
    } catch (SQLException e) {
      throw failed("claim jobs of", e);
    }
  }

  /** Ends a job: done with its article, or rejected with the reason (the other null). */
  public synchronized void finish(String id, String article, String reason) {
    if ((article == null) == (reason == null)) {
      throw new IllegalArgumentException("a job ends with an article or a reason, one of them");
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE ingest_jobs SET state = ?, finished = ?, article = ?, reason = ? WHERE id ="
                + " ?")) {
      s.setString(1, article != null ? DONE : REJECTED);
      s.setString(2, Instant.now().toString());
      s.setString(3, article);
      s.setString(4, reason);
      s.setString(5, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed("finish job " + id + " of", e);
    }
  }

  /** The saved searches of the store, read and written through a connection of their own. */
  public SavedSearches searches() {
    return searches;
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("cannot " + what + " store " + name + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      searches.close();
      db.close();
    } catch (SQLException e) {
      throw failed("close the queue of", e);
    }
  }
}
