package dev.parallax.store;

import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.pipeline.QuoteSpeakers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code quotes} table (schema version 17): one row per quote, with its speaker's actor mention
 * key ({@code speaker_key}) beside the entity it is linked to.
 *
 * <p>A stored article's quotes follow from its per-article results, which do not change while it is
 * stored; of a quote's row only its speaker's entity can change from run to run, and it changes
 * with the entity its speaker's key is linked to. So a save given the quotes' speakers ({@link
 * QuoteSpeakers}) writes the quotes of the articles whose quotes it has not saved, keeps the
 * others' rows ({@link KeyedSave}), and moves the speakers of the keys whose entity changed,
 * instead of comparing every quote of the corpus. A quote's {@code digest} is of its row as
 * written: a row whose speaker moved has none, so a save comparing digests ({@link
 * RowSync#digested}) writes it again.
 */
final class QuoteRows {
  private static final Logger LOG = LoggerFactory.getLogger(QuoteRows.class);

  static final List<String> COLUMNS =
      List.of(
          "id",
          "position",
          "article",
          "speaker_entity",
          "speaker_name",
          "text",
          "span_start",
          "span_end",
          "kind",
          "cue",
          "sieve",
          "reported_in",
          "speaker_key",
          "digest");

  private QuoteRows() {}

  /** The row of {@code q}: {@link #COLUMNS}' values. */
  static Object[] row(Quote q, int position, String speakerKey, String digest) {
    return new Object[] {
      q.id(),
      position,
      q.article(),
      q.speaker().entity(),
      q.speaker().name(),
      q.text(),
      q.start(),
      q.end(),
      q.kind().name(),
      q.cue(),
      q.sieve(),
      q.reportedIn(),
      speakerKey,
      digest
    };
  }

  /**
   * Brings the table to the quotes of {@code articles} (the corpus's, in output order), keeping the
   * rows of the articles {@code keyed} keeps, whose quotes are then not read; moves the speakers of
   * the keys whose entity changed; adds what it wrote to {@code count}. The rows of an article that
   * leaves the corpus went with it ({@link Versions}).
   */
  static void save(
      Connection db,
      List<Article> articles,
      QuoteSpeakers speakers,
      KeyedSave keyed,
      RowSync.Count count)
      throws SQLException {
    List<String> rewritten = new ArrayList<>();
    List<QuoteSpeakers.KeyedQuote> written = new ArrayList<>();
    for (Article a : articles) {
      if (!keyed.kept(a.id())) {
        rewritten.add(a.id());
        written.addAll(speakers.quotesOf().apply(a.id()));
      }
    }
    // an article saved before a run that died has no rows; one whose rows a save wrote is kept
    keyed.deleteRows(db, "quotes", "article", rewritten, count);
    insert(db, written, count);
    moveSpeakers(db, keyed, count);
    LOG.debug(
        "quotes: {} written, of {} articles; {} articles' quotes kept as saved",
        written.size(),
        rewritten.size(),
        keyed.keptCount());
  }

  /** Inserts {@code quotes} after every stored row, in their order. */
  private static void insert(
      Connection db, List<QuoteSpeakers.KeyedQuote> quotes, RowSync.Count count)
      throws SQLException {
    if (quotes.isEmpty()) {
      return;
    }
    int next;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(position), -1) FROM quotes")) {
      rs.next();
      next = rs.getInt(1) + 1;
    }
    String sql =
        "INSERT INTO quotes ("
            + String.join(", ", COLUMNS)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?"))
            + ")";
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (QuoteSpeakers.KeyedQuote q : quotes) {
        RecordTables.row(s, row(q.quote(), next++, q.speakerKey(), RecordTables.digest(q.quote())));
      }
      s.executeBatch();
    }
    count.inserted += quotes.size();
  }

  /** Moves the speakers of every quote whose key's entity is not the one stored to its entity. */
  private static void moveSpeakers(Connection db, KeyedSave keyed, RowSync.Count count)
      throws SQLException {
    try (PreparedStatement linked =
            db.prepareStatement(
                "UPDATE quotes SET speaker_entity = ?, digest = NULL WHERE speaker_key = ?"
                    + " AND (speaker_entity IS NULL OR speaker_entity <> ?)");
        PreparedStatement unlinked =
            db.prepareStatement(
                "UPDATE quotes SET speaker_entity = NULL, digest = NULL WHERE speaker_key = ?"
                    + " AND speaker_entity IS NOT NULL")) {
      for (String key : keyed.moved()) {
        String entity = keyed.entity(key);
        if (entity == null) {
          unlinked.setString(1, key);
          count.updated += unlinked.executeUpdate();
        } else {
          linked.setString(1, entity);
          linked.setString(2, key);
          linked.setString(3, entity);
          count.updated += linked.executeUpdate();
        }
      }
    }
  }
}
