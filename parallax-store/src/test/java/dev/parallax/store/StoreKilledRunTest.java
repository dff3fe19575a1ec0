package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.report.ReportData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL (issue 16, item 7): every article it finished saving is stored whole,
 * the corpus records are those of the last complete save (never a mix), and they are marked pending
 * until a run saves them again.
 */
@Tag("slow") // forks JVMs
class StoreKilledRunTest {
  private static final long SEED = 42;

  @TempDir Path dir;

  @Test
  void aKilledRunLeavesItsFinishedArticlesAndMarksTheCorpusRecordsPending() throws Exception {
    Path file = dir.resolve("corpus.db");
    Process writer = start(ArticleWriter.class, file);
    int announced = 0;
    try (BufferedReader out = reader(writer)) {
      assertThat(out.readLine()).isEqualTo("records saved");
      while (announced < 8) {
        assertThat(out.readLine()).isEqualTo("saved " + (announced + 1));
        announced++;
      }
      writer.destroyForcibly().waitFor(); // SIGKILL, in the middle of saving the next ones
    } finally {
      writer.destroyForcibly();
    }
    RecordGenerator generator = new RecordGenerator(SEED);
    RecordGenerator.Corpus first = generator.corpus();
    try (RelationalStore store = RelationalStore.open(file)) {
      List<ArticleResult> stored = store.results();
      assertThat(stored.size()).isGreaterThanOrEqualTo(first.results().size() + announced);
      // the first corpus's articles carry the copy_of its corpus records gave them
      java.util.Map<String, String> copyOf = new java.util.HashMap<>();
      first.records().articles().stream()
          .filter(a -> a.copyOf() != null)
          .forEach(a -> copyOf.put(a.id(), a.copyOf()));
      List<ArticleResult> expected = new ArrayList<>();
      for (ArticleResult r : first.results()) {
        expected.add(
            r.record() instanceof Article a && copyOf.containsKey(a.id())
                ? r.withRecord(a.withCopyOf(copyOf.get(a.id())))
                : r);
      }
      while (expected.size() < stored.size()) {
        expected.add(generator.result());
      }
      assertThat(stored).isEqualTo(expected);
      ReportData read = store.records();
      assertThat(read.entities()).isEqualTo(first.records().entities());
      assertThat(read.events()).isEqualTo(first.records().events());
      assertThat(read.stories()).isEqualTo(first.records().stories());
      assertThat(store.corpusPending()).isTrue();

      // each stored article has all its rows: its columns and removed blocks were saved in the
      // transaction of its JSON
      int blocks = stored.stream().mapToInt(r -> ((Article) r.record()).removed().size()).sum();
      try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT (SELECT count(*) FROM articles WHERE body IS NOT NULL),"
                      + " (SELECT count(*) FROM removed_blocks)")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(stored.size());
        assertThat(rs.getInt(2)).isEqualTo(blocks);
      }

      store.saveRecords(first.records(), first.outlets(), first.outletIdOf());
      assertThat(store.corpusPending()).isFalse();
    }
  }

  @Test
  void aRunKilledWhileSavingTheCorpusRecordsLeavesOneWholeSet() throws Exception {
    Path file = dir.resolve("corpus.db");
    Process writer = start(RecordsWriter.class, file);
    try (BufferedReader out = reader(writer)) {
      for (int i = 1; i <= 5; i++) {
        assertThat(out.readLine()).isEqualTo("records saved " + i);
      }
      writer.destroyForcibly().waitFor();
    } finally {
      writer.destroyForcibly();
    }
    RecordGenerator.Corpus[] sets = RecordsWriter.sets();
    try (RelationalStore store = RelationalStore.open(file)) {
      // the articles of both sets are stored; the corpus records are one set's, whole
      assertThat(List.of(corpusOf(sets[0].records()), corpusOf(sets[1].records())))
          .contains(corpusOf(store.records()));
    }
  }

  /** The corpus records alone, without the articles. */
  private static ReportData corpusOf(ReportData r) {
    return new ReportData(
        List.of(), r.entities(), r.events(), r.quotes(), r.stories(), r.coverage(), r.conflicts());
  }

  private Process start(Class<?> main, Path file) throws Exception {
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                file.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /**
   * Saves a corpus and its records, then articles one by one, saying so after each, until killed.
   */
  static final class ArticleWriter {
    public static void main(String[] args) {
      RecordGenerator generator = new RecordGenerator(SEED);
      RecordGenerator.Corpus first = generator.corpus();
      RelationalStore store = RelationalStore.open(Path.of(args[0]));
      first.results().forEach(store::save);
      store.saveRecords(first.records(), first.outlets(), first.outletIdOf());
      System.out.println("records saved");
      System.out.flush();
      for (int n = 1; ; n++) {
        store.save(generator.result());
        System.out.println("saved " + n);
        System.out.flush();
      }
    }
  }

  /** Saves the articles of two corpora, then their records in turn, saying so after each. */
  static final class RecordsWriter {
    static RecordGenerator.Corpus[] sets() {
      RecordGenerator generator = new RecordGenerator(SEED);
      return new RecordGenerator.Corpus[] {generator.corpus(), generator.corpus()};
    }

    public static void main(String[] args) {
      RecordGenerator.Corpus[] sets = sets();
      RelationalStore store = RelationalStore.open(Path.of(args[0]));
      sets[0].results().forEach(store::save);
      sets[1].results().forEach(store::save);
      for (int n = 1; ; n++) {
        store.saveRecords(sets[n % 2].records(), sets[n % 2].outlets(), sets[n % 2].outletIdOf());
        System.out.println("records saved " + n);
        System.out.flush();
      }
    }
  }
}
