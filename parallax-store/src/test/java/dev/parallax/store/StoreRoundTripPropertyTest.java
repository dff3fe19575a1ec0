package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.ArticleResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record the pipeline makes can be stored (issue 16, item 6): random per-article results and
 * corpus records of every type, with every date form, are saved and read back equal, in one store
 * per seed, through the JSON columns and the relational tables alike.
 */
class StoreRoundTripPropertyTest {
  private static final int SEEDS = 60;

  @TempDir Path dir;

  @Test
  void everyRecordAndDateFormReadsBackEqual() {
    Set<PartialDate.Precision> precisions = EnumSet.noneOf(PartialDate.Precision.class);
    boolean yearless = false;
    boolean undated = false;
    for (long seed = 1; seed <= SEEDS; seed++) {
      RecordGenerator.Corpus corpus = new RecordGenerator(seed).corpus();
      Path file = dir.resolve("s" + seed + ".db");
      try (SqliteStore store = SqliteStore.open(file)) {
        corpus.results().forEach(store::save);
        store.saveRecords(corpus.records());
      }
      try (SqliteStore store = SqliteStore.open(file)) {
        List<ArticleResult> read = store.results();
        assertThat(read).as("seed %d: results", seed).isEqualTo(corpus.results());
        assertThat(store.records()).as("seed %d: records", seed).isEqualTo(corpus.records());
        assertThat(store.corpusPending()).isFalse();
      }
      for (ArticleResult r : corpus.results()) {
        for (ExtractedEvent e : r.events()) {
          yearless |= e.yearlessDay() != null;
          undated |= e.event().date() == null;
          if (e.event().date() != null) {
            precisions.add(e.event().date().precision());
          }
        }
      }
    }
    // the generator did reach every date form
    assertThat(precisions).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(yearless).isTrue();
    assertThat(undated).isTrue();
  }

  @Test
  void theCorpusRecordsAreReplacedAsAWhole() {
    RecordGenerator.Corpus first = new RecordGenerator(101).corpus();
    RecordGenerator.Corpus second = new RecordGenerator(202).corpus();
    try (SqliteStore store = SqliteStore.open(dir.resolve("r.db"))) {
      first.results().forEach(store::save);
      second.results().forEach(store::save);
      store.saveRecords(first.records());
      store.saveRecords(second.records());
      var read = store.records();
      assertThat(read.entities()).isEqualTo(second.records().entities());
      assertThat(read.events()).isEqualTo(second.records().events());
      assertThat(read.quotes()).isEqualTo(second.records().quotes());
      assertThat(read.stories()).isEqualTo(second.records().stories());
      assertThat(read.coverage()).isEqualTo(second.records().coverage());
      assertThat(read.conflicts()).isEqualTo(second.records().conflicts());
      // a date inferred by the first set only is gone; the second set's inferred dates stand
      Map<String, Article> dated = new HashMap<>();
      second.records().articles().forEach(a -> dated.put(a.id(), a));
      List<Article> expected = new ArrayList<>();
      for (ArticleResult r : first.results()) {
        expected.add((Article) r.record());
      }
      second.results().forEach(r -> expected.add(dated.get(r.record().id())));
      assertThat(read.articles()).isEqualTo(expected);
    }
  }
}
