package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.stories.StoryIndexState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store of schema version 1 (as Parallax wrote it up to issue 15: the DDL below is that code's,
 * the rows are encoded as it encoded them) is migrated to version 2 on open and keeps everything.
 */
class StoreMigrationTest {
  /** The tables of version 1, verbatim from StoreSchema before version 2. */
  private static final String[] V1 = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,"
        + " article TEXT NOT NULL, actors TEXT NOT NULL, events TEXT NOT NULL,"
        + " quotes TEXT NOT NULL)",
    "CREATE TABLE story_members (article TEXT PRIMARY KEY REFERENCES articles(id),"
        + " story_id TEXT NOT NULL, story INTEGER NOT NULL, position INTEGER NOT NULL,"
        + " arrival INTEGER NOT NULL UNIQUE)",
    "INSERT INTO meta VALUES ('format', 'parallax-store')",
    "INSERT INTO meta VALUES ('schema_version', '1')",
  };

  @TempDir Path dir;

  @Test
  void aVersionOneStoreIsMigratedOnOpenAndKeepsEverything() throws SQLException {
    Path file = dir.resolve("v1.db");
    List<ArticleResult> stored = new ArrayList<>();
    RecordGenerator generator = new RecordGenerator(7);
    stored.add(StoredResults.full("a1"));
    for (int i = 0; i < 5; i++) {
      stored.add(generator.result());
    }
    StoryIndexState state =
        new StoryIndexState(
            List.of(
                List.of(stored.get(1).record().id(), stored.get(0).record().id()),
                stored.subList(2, stored.size()).stream().map(r -> r.record().id()).toList()),
            stored.stream().map(r -> r.record().id()).toList());
    writeVersionOne(file, stored, state);

    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.results()).isEqualTo(stored);
      assertThat(store.stories()).isEqualTo(state);
      // the keys of each article's actor mentions are filled from its stored mentions (version
      // 20): a run reads them without the mentions, and the mentions when first read
      List<ArticleResult> forRun = store.resultsForRun(true);
      assertThat(forRun)
          .extracting(r -> r.actors().keys())
          .containsExactlyElementsOf(stored.stream().map(r -> r.actors().keys()).toList());
      assertThat(stored).anySatisfy(r -> assertThat(r.actors().keys()).hasSizeGreaterThan(1));
      assertThat(store.actorsRead()).isZero();
      assertThat(forRun).isEqualTo(stored);
      assertThat(store.actorsRead()).isEqualTo(stored.size());
      // the corpus records were never stored: pending until a run makes them
      assertThat(store.corpusPending()).isTrue();
      assertThat(store.provenanceOf("a1")).isEmpty();
      // each article stored before the change log is one save in it, in the order saved
      assertThat(store.changesAfter(0, 100))
          .extracting(RelationalStore.ArticleChange::article)
          .containsExactlyElementsOf(stored.stream().map(r -> r.record().id()).toList());
    }
    assertThat(query(file, "SELECT value FROM meta WHERE key = 'schema_version'"))
        .containsExactly(Integer.toString(StoreSchema.VERSION));
    // the article columns are filled from the stored JSON
    for (ArticleResult r : stored) {
      Article a = (Article) r.record();
      assertThat(
              query(
                  file,
                  "SELECT coalesce(outlet, '-') || '|' || coalesce(published, '-') || '|'"
                      + " || coalesce(published_from, '-') || '|' || body FROM articles"
                      + " WHERE id = '"
                      + a.id()
                      + "'"))
          .containsExactly(
              (a.outlet() == null ? "-" : a.outlet())
                  + "|"
                  + (a.published() == null ? "-" : a.published().toString())
                  + "|"
                  + (a.publishedFrom() == null ? "-" : a.publishedFrom().name())
                  + "|"
                  + a.body());
      assertThat(
              query(
                  file,
                  "SELECT text FROM removed_blocks WHERE article = '"
                      + a.id()
                      + "' ORDER BY position"))
          .containsExactlyElementsOf(
              a.removed().stream().map(dev.parallax.model.RemovedBlock::text).toList());
    }
    assertThat(query(file, "SELECT name FROM outlets ORDER BY name"))
        .containsExactlyElementsOf(
            stored.stream()
                .map(r -> ((Article) r.record()).outlet())
                .filter(o -> o != null)
                .distinct()
                .sorted()
                .toList());

    // the migrated store grows like a new one
    RecordGenerator.Corpus more = new RecordGenerator(8).corpus();
    try (RelationalStore store = RelationalStore.open(file)) {
      more.results().forEach(store::save);
      List<ArticleResult> all = new ArrayList<>(stored);
      all.addAll(more.results());
      assertThat(store.results()).isEqualTo(all);
      store.saveRecords(more.records(), more.outlets(), more.outletIdOf());
      assertThat(store.corpusPending()).isFalse();
      assertThat(store.records().events()).isEqualTo(more.records().events());
    }
  }

  @Test
  void aNewStoreIsBuiltByTheSameMigrations() throws SQLException {
    Path file = dir.resolve("new.db");
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.size()).isZero();
    }
    Path old = dir.resolve("old.db");
    writeVersionOne(old, List.of(), StoryIndexState.EMPTY);
    try (RelationalStore store = RelationalStore.open(old)) {
      assertThat(store.size()).isZero();
    }
    // the same tables with the same columns, and the same indexes
    String columns =
        "SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p.\"notnull\" || ' ' || p.pk"
            + " FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
            + " ORDER BY m.name, p.name";
    String indexes =
        "SELECT name || ' ' || tbl_name FROM sqlite_master WHERE type = 'index'" + " ORDER BY name";
    assertThat(query(old, columns)).isEqualTo(query(file, columns)).hasSizeGreaterThan(100);
    assertThat(query(old, indexes)).isEqualTo(query(file, indexes)).hasSizeGreaterThan(20);
  }

  /**
   * A store of version 22 numbered its events from 0 in output order; version 23 renumbers them by
   * their first article's seq and rank, as a save now numbers them, in the same order.
   */
  @Test
  void aVersion22StoresEventsAreRenumberedByTheirFirstArticleInTheirOrder() throws SQLException {
    Path file = dir.resolve("v22.db");
    RecordGenerator.Corpus corpus = new RecordGenerator(11).corpus();
    for (long seed = 12; corpus.records().events().size() < 3; seed++) {
      corpus = new RecordGenerator(seed).corpus();
    }
    try (RelationalStore store = RelationalStore.open(file)) {
      corpus.results().forEach(store::save);
      store.saveRecords(corpus.records(), corpus.outlets(), corpus.outletIdOf());
    }
    RecordGenerator.Corpus generated = corpus;
    String positions = "SELECT id || ' ' || position FROM events ORDER BY position";
    List<String> saved = query(file, positions);
    assertThat(saved).hasSizeGreaterThan(2);
    assertThat(query(file, "SELECT count(*) FROM events WHERE position >= 1048576"))
        .containsExactly(Integer.toString(saved.size()));
    // as version 22 numbered them
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement s = db.prepareStatement("UPDATE events SET position = ? WHERE id = ?")) {
      for (int i = 0; i < saved.size(); i++) {
        s.setInt(1, i);
        s.setString(2, saved.get(i).split(" ")[0]);
        s.executeUpdate();
      }
      db.createStatement().execute("UPDATE meta SET value = '22' WHERE key = 'schema_version'");
    }
    assertThat(query(file, "SELECT max(position) FROM events"))
        .containsExactly(Integer.toString(saved.size() - 1));

    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.records().events()).isEqualTo(generated.records().events());
    }
    assertThat(query(file, positions)).isEqualTo(saved);
  }

  /**
   * A store of version 23 numbered its coverage rows and conflicts from 0 in output order, the
   * conflicts by their stories' ids; version 24 renumbers them by their stories' places and ranks,
   * the coverage rows in the same order, the conflicts in their stories' order.
   */
  @Test
  void aVersion23StoresCoverageAndConflictsAreRenumberedByTheirStories() throws SQLException {
    Path file = dir.resolve("v23.db");
    RecordGenerator.Corpus corpus = new RecordGenerator(11).corpus();
    for (long seed = 12;
        corpus.records().coverage().size() < 2 || corpus.records().conflicts().size() < 2;
        seed++) {
      corpus = new RecordGenerator(seed).corpus();
    }
    try (RelationalStore store = RelationalStore.open(file)) {
      corpus.results().forEach(store::save);
      store.saveRecords(corpus.records(), corpus.outlets(), corpus.outletIdOf());
    }
    // as version 23 numbered them: the conflicts by their stories' ids, in reverse (ids are drawn)
    List<String> rows = query(file, "SELECT id FROM coverage ORDER BY position");
    List<String> conflicts = query(file, "SELECT id FROM conflicts ORDER BY position");
    java.util.Collections.reverse(conflicts);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      renumber(db, "coverage", rows);
      renumber(db, "conflicts", conflicts);
      db.createStatement().execute("UPDATE meta SET value = '23' WHERE key = 'schema_version'");
    }
    assertThat(query(file, "SELECT max(position) FROM conflicts"))
        .containsExactly(Integer.toString(conflicts.size() - 1));

    RecordGenerator.Corpus generated = corpus;
    try (RelationalStore store = RelationalStore.open(file)) {
      assertThat(store.records().coverage()).isEqualTo(generated.records().coverage());
      assertThat(store.records().conflicts()).isEqualTo(generated.records().conflicts());
    }
    assertThat(query(file, "SELECT count(*) FROM coverage WHERE position < 1048576"))
        .containsExactly("0");
  }

  /** Numbers the rows of {@code table} of these ids from 0 in their order. */
  private static void renumber(Connection db, String table, List<String> ids) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setInt(1, i);
        s.setString(2, ids.get(i));
        s.executeUpdate();
      }
    }
  }

  private static void writeVersionOne(Path file, List<ArticleResult> stored, StoryIndexState state)
      throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      for (String sql : V1) {
        s.execute(sql);
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO articles (id, source, article, actors, events, quotes)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")) {
        for (ArticleResult r : stored) {
          ResultCodec.Encoded parts = ResultCodec.encode(r);
          insert.setString(1, r.record().id());
          insert.setString(2, r.record().source());
          insert.setString(3, parts.article());
          insert.setString(4, parts.actors());
          insert.setString(5, parts.events());
          insert.setString(6, parts.quotes());
          insert.executeUpdate();
        }
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO story_members (article, story_id, story, position, arrival)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        for (int story = 0; story < state.stories().size(); story++) {
          List<String> members = state.stories().get(story);
          for (int p = 0; p < members.size(); p++) {
            insert.setString(1, members.get(p));
            insert.setString(2, dev.parallax.stories.StoryIndex.storyIdOf(members.get(0)));
            insert.setInt(3, story);
            insert.setInt(4, p);
            insert.setInt(5, state.arrivals().indexOf(members.get(p)));
            insert.executeUpdate();
          }
        }
      }
    }
  }

  private static List<String> query(Path file, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
