package dev.parallax.pipeline;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Takes the per-article results in input order: keeps each for {@code articles.jsonl}, rejects an
 * article whose content repeats an earlier one, keeps accepted articles for the corpus stages and
 * saves them in the store. With a store, the stored articles come first and an input already stored
 * is skipped before any stage runs. The file is written last ({@link #writeTo}), because the corpus
 * stages may bound an undated article's publication date. Not thread-safe: used by the run's own
 * thread.
 */
final class ResultWriter {
  /** How the reason of a rejected repeat begins; the first input with that content follows. */
  static final String DUPLICATE_OF = "duplicate of ";

  private final List<ArticleRecord> records = new ArrayList<>();
  private final List<ArticleResult> stored = new ArrayList<>();
  private final List<ArticleResult> added = new ArrayList<>();
  private final Map<String, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
  private final CorpusStore store;
  private final Progress progress;
  private final BiConsumer<IngestItem, ArticleRecord> written;
  private final Map<String, String> seen = new HashMap<>();
  private final Set<String> storedIds = new HashSet<>();
  private final RejectionTally rejections = new RejectionTally();
  private final Map<String, Integer> notAnalysed = new TreeMap<>();
  private int rejected;
  private int superseded;

  /**
   * @param store the stored corpus to start from and save to, or null
   */
  ResultWriter(CorpusStore store, Progress progress) {
    this(store, progress, (item, record) -> {});
  }

  /**
   * @param written told what each input became (its article, or its rejection), in input order
   */
  ResultWriter(
      CorpusStore store, Progress progress, BiConsumer<IngestItem, ArticleRecord> written) {
    this.store = store;
    this.progress = progress;
    this.written = written;
  }

  /**
   * Takes the stored articles, before any new one, and returns how many there are; without {@code
   * texts}, as a store may give them without their text ({@link CorpusStore#resultsForRun}).
   */
  int addStored(boolean texts) {
    if (store == null) {
      return 0;
    }
    for (ArticleResult result : store.resultsForRun(texts)) {
      Article article = (Article) result.record();
      storedIds.add(article.id());
      stored.add(result);
      records.add(article);
    }
    progress.update(articles(), rejected);
    return storedIds.size();
  }

  /** Whether {@code item} is a document whose content the store already holds. */
  boolean isStored(IngestItem item) {
    return item instanceof RawDocument doc && storedIds.contains(doc.id());
  }

  /** Whether {@code result} is an article whose content the store already holds. */
  boolean isStored(ArticleResult result) {
    return result.record() instanceof Article article && storedIds.contains(article.id());
  }

  /**
   * Takes one result in input order: an accepted article (saved to the store with the input it was
   * read from) or a rejection (recorded in the store too).
   *
   * @param input what the result was made from (a document, or an input rejected while reading)
   */
  void write(ArticleResult result, IngestItem input) {
    ArticleRecord record = result.record();
    if (!result.diagnostics().isEmpty()) {
      diagnostics.put(record.source(), result.diagnostics());
    }
    if (record instanceof Article article) {
      String first = seen.putIfAbsent(article.id(), article.source());
      if (first != null) {
        record = Rejection.of(article.source(), DUPLICATE_OF + first, Rejection.INGEST);
      } else {
        added.add(result);
        if (result.notAnalysed() != null) {
          notAnalysed.merge(result.notAnalysed(), 1, Integer::sum);
        }
        if (store != null) {
          List<String> replaced =
              store.saveVersion(result, input instanceof RawDocument doc ? doc : null);
          if (!replaced.isEmpty()) {
            // earlier versions of this article: kept by the store, no longer in the corpus
            Set<String> gone = Set.copyOf(replaced);
            stored.removeIf(r -> gone.contains(r.record().id()));
            added.removeIf(r -> gone.contains(r.record().id()));
            records.removeIf(r -> gone.contains(r.id()));
            storedIds.removeAll(gone);
            superseded += gone.size();
          }
        }
      }
    }
    records.add(record);
    written.accept(input, record);
    if (record instanceof Rejection rejection) {
      rejected++;
      rejections.add(rejection);
      if (store != null) {
        store.saveRejection(rejection);
      }
    }
    progress.update(articles(), rejected);
  }

  /** Every accepted article's result: the stored ones, then those of this run in input order. */
  List<ArticleResult> all() {
    List<ArticleResult> all = new ArrayList<>(stored);
    all.addAll(added);
    return all;
  }

  /** The accepted articles of this run. */
  List<ArticleResult> added() {
    return List.copyOf(added);
  }

  /** The diagnostics of each input that had any, by source. */
  Map<String, List<Diagnostic>> diagnostics() {
    return diagnostics;
  }

  int articles() {
    return stored.size() + added.size();
  }

  int rejected() {
    return rejected;
  }

  /** How many of this run's articles the English-only stages did not analyse, by why. */
  Map<String, Integer> notAnalysed() {
    return notAnalysed;
  }

  /** This run's rejections by reason, the most frequent first. */
  List<AnalysisSummary.Rejected> rejections() {
    return rejections.byReason();
  }

  /** How many stored articles this run replaced by a new version (same url, other content). */
  int superseded() {
    return superseded;
  }

  /** How many of the {@link #articles} came from the store. */
  int fromStore() {
    return stored.size();
  }

  /**
   * Writes {@code articles.jsonl}: every record in input order, each article as {@code lineOf}
   * gives its line.
   */
  void writeTo(Path file, Function<Article, RecordFiles.ArticleLine> lineOf) throws IOException {
    RecordFiles.writeArticles(file, records, lineOf);
  }
}
