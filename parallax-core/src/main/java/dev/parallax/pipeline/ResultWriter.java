package dev.parallax.pipeline;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.ContentId;
import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Takes the per-article results in input order: keeps each for {@code articles.jsonl}, rejects an
 * article whose content repeats an earlier one, hands accepted articles to the corpus stages and
 * saves them in the store. With a store, the stored articles come first and an input already stored
 * is skipped before any stage runs. The file is written last ({@link #writeTo}), because the corpus
 * stages may bound an undated article's publication date. Not thread-safe: used by the run's own
 * thread.
 */
final class ResultWriter {
  private final List<ArticleRecord> records = new ArrayList<>();
  private final CorpusStages corpus;
  private final CorpusStore store;
  private final Progress progress;
  private final Map<String, String> seen = new HashMap<>();
  private final Set<String> stored = new HashSet<>();
  private int articles;
  private int rejected;

  /**
   * @param store the stored corpus to start from and save to, or null
   */
  ResultWriter(CorpusStages corpus, CorpusStore store, Progress progress) {
    this.corpus = corpus;
    this.store = store;
    this.progress = progress;
  }

  /** Writes the stored articles, before any new one, and returns how many there are. */
  int addStored() {
    if (store == null) {
      return 0;
    }
    for (ArticleResult result : store.results()) {
      Article article = (Article) result.record();
      stored.add(article.id());
      corpus.add(article, result);
      records.add(article);
      articles++;
    }
    progress.update(articles, rejected);
    return stored.size();
  }

  /** Whether {@code item} is a document whose content the store already holds. */
  boolean isStored(IngestItem item) {
    return item instanceof RawDocument doc && stored.contains(doc.id());
  }

  void write(ArticleResult result) {
    ArticleRecord record = result.record();
    if (record instanceof Article article) {
      String first = seen.putIfAbsent(article.id(), article.source());
      if (first != null) {
        record =
            new Rejection(
                ContentId.of('r', article.source()), article.source(), "duplicate of " + first);
      } else {
        corpus.add(article, result);
        if (store != null) {
          store.save(result);
        }
      }
    }
    records.add(record);
    if (record instanceof Article) {
      articles++;
    } else {
      rejected++;
    }
    progress.update(articles, rejected);
  }

  int articles() {
    return articles;
  }

  int rejected() {
    return rejected;
  }

  /** How many of the {@link #articles} came from the store. */
  int fromStore() {
    return stored.size();
  }

  /** Writes {@code articles.jsonl}: every record in input order, each article as {@code dated}. */
  void writeTo(Path file, UnaryOperator<Article> dated) throws IOException {
    try (JsonlFileWriter out = new JsonlFileWriter(file)) {
      for (ArticleRecord record : records) {
        out.write(record instanceof Article a ? dated.apply(a) : record);
      }
    }
  }
}
