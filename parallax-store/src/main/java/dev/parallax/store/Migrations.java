package dev.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered migrations that build a store's tables, version by version: {@code
 * migration/V<n>__<what>.sql} beside this class (Flyway's naming), each run in one transaction with
 * the version it reaches written into {@code meta.schema_version}. A new store runs them all; an
 * older store runs the ones it lacks. A migration may have a Java step after its SQL (filling new
 * columns from the stored JSON, which plain SQL could only do with a database's own JSON
 * functions). The scripts serve both databases: see {@link Dialect}.
 */
final class Migrations {
  /** Work after a migration's SQL, in its transaction. */
  interface Step {
    void run(Connection db) throws SQLException;
  }

  /** One migration: the version it reaches, its script, and its Java step or null. */
  record Migration(int version, String script, Step step) {}

  static final List<Migration> ALL =
      List.of(
          new Migration(1, "V1__articles_and_stories.sql", null),
          new Migration(2, "V2__relational_records.sql", RecordTables::fillArticleColumns),
          new Migration(3, "V3__rejections_outlets_sources.sql", null),
          new Migration(4, "V4__article_changes.sql", null),
          new Migration(5, "V5__ingest_versions_searches.sql", null),
          new Migration(6, "V6__inferred_event.sql", null),
          new Migration(7, "V7__quote_sieve_and_outer.sql", null),
          new Migration(8, "V8__copy_of.sql", null),
          new Migration(9, "V9__serve_indexes.sql", RecordTables::fillBlindspots),
          new Migration(10, "V10__entity_page_indexes.sql", OutletSums::fill),
          new Migration(11, "V11__story_digests.sql", null),
          new Migration(12, "V12__record_digests.sql", null),
          new Migration(13, "V13__redirect_targets_and_list_signatures.sql", null),
          new Migration(14, "V14__scare_quotes.sql", null),
          new Migration(15, "V15__story_checkpoint.sql", null),
          new Migration(16, "V16__article_texts.sql", null),
          new Migration(17, "V17__quote_speaker_keys.sql", null),
          new Migration(18, "V18__entity_mention_counts.sql", null),
          new Migration(19, "V19__outlet_sum_keys.sql", null),
          new Migration(20, "V20__actor_keys_and_tallies.sql", RecordTables::fillActorKeys),
          new Migration(21, "V21__story_checkpoint_parts.sql", null),
          new Migration(22, "V22__article_corpus_columns.sql", null),
          new Migration(23, "V23__event_positions.sql", RecordTables::placeEvents),
          new Migration(24, "V24__story_record_positions.sql", RecordTables::placeStoryRecords));

  private Migrations() {}

  /** The version the last migration reaches. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** Runs the migrations after {@code from} (0 for an empty database), each in a transaction. */
  static void migrate(Connection db, Dialect dialect, int from) throws SQLException {
    for (Migration m : ALL) {
      if (m.version() <= from) {
        continue;
      }
      Transaction.run(
          db,
          () -> {
            try (Statement s = db.createStatement()) {
              for (String sql : statements(dialect.expand(script(m.script())))) {
                s.execute(sql);
              }
            }
            if (m.version() == 1) {
              try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO meta VALUES ('format', '" + StoreSchema.FORMAT + "')");
                s.execute("INSERT INTO meta VALUES ('schema_version', '1')");
              }
            }
            if (m.step() != null) {
              m.step().run(db);
            }
            try (PreparedStatement s =
                db.prepareStatement("UPDATE meta SET value = ? WHERE key = 'schema_version'")) {
              s.setString(1, Integer.toString(m.version()));
              s.executeUpdate();
            }
          });
    }
  }

  static String script(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migration/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + name, e);
    }
  }

  /**
   * The statements of a script: {@code --} comment lines dropped, split at each {@code ;} that ends
   * a line (the scripts hold no {@code ;} at a line's end inside a literal).
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
