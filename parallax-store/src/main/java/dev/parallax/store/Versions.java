package dev.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The earlier versions of re-crawled articles ({@code article_versions}): an article saved at a url
 * a stored article was read at, with other content, supersedes it. The earlier article leaves the
 * corpus (its row, removed blocks and kept source) but is kept as a version with its title, date,
 * body, when it was saved and when superseded; the new article takes its place in its story.
 */
public final class Versions {
  private Versions() {}

  /**
   * One earlier version of an article.
   *
   * @param version 1 for the first text read at the url, then 2...
   * @param article the id that version had
   * @param saved when it was saved (its run's start), or null when not known
   * @param superseded when the next version replaced it
   * @param supersededBy the id of the version after it
   */
  public record Version(
      String url,
      int version,
      String article,
      String title,
      String published,
      String body,
      String saved,
      String superseded,
      String supersededBy) {}

  /**
   * Moves the stored articles read at {@code url} other than {@code latest} into the versions, in
   * the caller's transaction, {@code latest} taking their place in their stories; returns their
   * ids.
   */
  static List<String> supersede(Connection db, String url, String latest) throws SQLException {
    List<String> old = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT a.id, a.title, a.published, a.body, r.started FROM articles a"
                + " LEFT JOIN runs r ON r.id = a.run WHERE a.url = ? AND a.id <> ? ORDER BY a.seq")) {
      s.setString(1, url);
      s.setString(2, latest);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          old.add(rs.getString(1));
          rows.add(
              new String[] {
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
              });
        }
      }
    }
    if (old.isEmpty()) {
      return old;
    }
    int version;
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT coalesce(max(version), 0) FROM article_versions WHERE url = ?")) {
      s.setString(1, url);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        version = rs.getInt(1);
      }
    }
    String now = Instant.now().toString();
    for (String[] row : rows) {
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO article_versions (url, version, article, title, published, body, saved,"
                  + " superseded, superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, url);
        s.setInt(2, ++version);
        s.setString(3, row[0]);
        s.setString(4, row[1]);
        s.setString(5, row[2]);
        s.setString(6, row[3] == null ? "" : row[3]);
        s.setString(7, row[4]);
        s.setString(8, now);
        s.setString(9, latest);
        s.executeUpdate();
      }
      String id = row[0];
      // the new version takes the old one's place in its story (once: a second old one just goes)
      try (PreparedStatement s =
          db.prepareStatement(
              "UPDATE story_members SET article = ? WHERE article = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM story_members WHERE article = ?)")) {
        s.setString(1, latest);
        s.setString(2, id);
        s.setString(3, latest);
        s.executeUpdate();
      }
      for (String sql :
          List.of(
              "DELETE FROM story_members WHERE article = ?",
              "DELETE FROM removed_blocks WHERE article = ?",
              "DELETE FROM article_sources WHERE article = ?",
              "DELETE FROM article_texts WHERE article = ?",
              "DELETE FROM quotes WHERE article = ?",
              "DELETE FROM articles WHERE id = ?")) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
    }
    return old;
  }

  /** The earlier versions of article {@code id}, oldest first. */
  static List<Version> of(Connection db, String id) throws SQLException {
    List<Version> out = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT v.url, v.version, v.article, v.title, v.published, v.body, v.saved,"
                + " v.superseded, v.superseded_by FROM article_versions v"
                + " JOIN articles a ON a.url = v.url WHERE a.id = ? ORDER BY v.version")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Version(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
    }
    return out;
  }

  /** Which of {@code ids} have earlier versions. */
  static Set<String> withVersions(Connection db, Collection<String> ids) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT 1 FROM articles a JOIN article_versions v ON v.url = a.url WHERE a.id = ?"
                + " LIMIT 1")) {
      for (String id : ids) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            out.add(id);
          }
        }
      }
    }
    return out;
  }

  /** The article that is now the latest version of the superseded article {@code id}, or none. */
  static java.util.Optional<String> latestOf(Connection db, String id) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT a.id FROM article_versions v JOIN articles a ON a.url = v.url"
                + " WHERE v.article = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
      }
    }
  }
}
