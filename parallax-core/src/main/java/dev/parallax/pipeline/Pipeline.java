package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The analysis as one ordered list of stages: per-article stages ({@link ArticleStage}), run on
 * each document alone, then corpus stages ({@link CorpusStage}). The list is checked when built: a
 * stage that reads a layer no stage before it produces is an error then, not a null later. The same
 * pipeline serves a CLI run ({@link Analysis}), a web request and a Spark executor: {@link
 * #analyse} is the whole per-article analysis of one document, with no file I/O.
 *
 * <p>This is the one place where a failed document becomes its rejection, naming the stage and the
 * cause. Thread-safe: {@link #analyse} may run on many threads at once.
 */
public final class Pipeline {
  private final List<ArticleStage> articleStages;
  private final List<CorpusStage> corpusStages;

  /**
   * @throws IllegalArgumentException when a stage reads a layer no earlier stage produces, or two
   *     stages share a name
   */
  public Pipeline(List<ArticleStage> articleStages, List<CorpusStage> corpusStages) {
    this.articleStages = List.copyOf(articleStages);
    this.corpusStages = List.copyOf(corpusStages);
    validate();
  }

  /**
   * The standard analysis up to {@code until}: decode, clean; annotate, time; actors, events,
   * quotes, entities, fusion, report; and for the whole analysis stories (before fusion), coverage
   * and conflicts.
   *
   * @param store the stored corpus whose story index grows with the articles added, or null
   */
  public static Pipeline standard(Until until, Models models, CorpusStore store) {
    List<ArticleStage> perArticle = new ArrayList<>();
    perArticle.add(new PerArticleStages.Decode());
    perArticle.add(new PerArticleStages.Clean(new ArticleCleaner(models.rules())));
    if (until.runs(Until.ANNOTATE)) {
      perArticle.add(new PerArticleStages.Annotate(models));
      perArticle.add(new PerArticleStages.Time(models));
    }
    List<CorpusStage> corpus = new ArrayList<>();
    if (until.runs(Until.EXTRACT)) {
      perArticle.add(new PerArticleStages.Actors(models));
      perArticle.add(new PerArticleStages.Events(models));
      perArticle.add(new PerArticleStages.Quotes(models));
      corpus.add(new CorpusStages.Outlets(models));
      corpus.add(new CorpusStages.Entities(models, store));
      if (until.runs(Until.GROUP)) {
        corpus.add(new CorpusStages.Stories(models, store));
      }
      corpus.add(new CorpusStages.Fusion(models, store));
      if (until.runs(Until.GROUP)) {
        corpus.add(new CorpusStages.Coverage(models, store));
        corpus.add(new CorpusStages.Conflicts(models));
      }
      corpus.add(new CorpusStages.Report(models));
    }
    return new Pipeline(perArticle, corpus);
  }

  /**
   * The whole analysis without its language models: decode and clean each article, find no names,
   * events or quotes in it, then the corpus stages of {@link #standard} (stories group articles by
   * their text alone). Loads in well under a second: what tests of a store's growth, a server's
   * queue and its latency use when the NLP itself is not what they test.
   */
  public static Pipeline withoutModels(Models models, CorpusStore store) {
    Pipeline standard = standard(Until.last(), models, store);
    List<ArticleStage> perArticle = new ArrayList<>(standard.articleStages.subList(0, 2));
    perArticle.add(new PerArticleStages.NothingExtracted());
    return new Pipeline(perArticle, standard.corpusStages);
  }

  /**
   * The corpus records of a stored corpus, as the whole analysis computes them, without analysing
   * any article and without the report: what {@code parallax export} and {@code parallax stats}
   * read. The store is only read: its stories keep their ids and nothing is saved.
   *
   * @param diagnostics where the problems the corpus stages went on from are added
   * @throws CorpusStageException naming the stage, when one fails
   */
  public static Corpus records(Models models, CorpusStore store, List<Diagnostic> diagnostics) {
    CorpusStore readOnly = new ReadOnlyStore(store);
    Pipeline standard = standard(Until.last(), models, readOnly);
    Pipeline records =
        new Pipeline(
            standard.articleStages,
            standard.corpusStages.stream()
                .filter(s -> !(s instanceof CorpusStages.Report))
                .toList());
    return records.group(List.of(), readOnly.results(), diagnostics);
  }

  /**
   * A store as a run that adds nothing sees it: saving an article is an error, and the story state
   * (which adding no article leaves as it was) is not written back.
   */
  private record ReadOnlyStore(CorpusStore store) implements CorpusStore {
    @Override
    public List<ArticleResult> results() {
      return store.results();
    }

    @Override
    public void save(ArticleResult result) {
      throw new IllegalStateException("the store is read only here");
    }

    @Override
    public java.util.Map<String, String> bodies(java.util.Collection<String> articles) {
      return store.bodies(articles);
    }

    @Override
    public dev.parallax.stories.StoryIndexState stories() {
      return store.stories();
    }

    @Override
    public void saveStories(dev.parallax.stories.StoryIndexState state) {
      // nothing was added: the state is the stored one
    }

    @Override
    public java.util.Map<String, dev.parallax.stories.StoredProfile> storyProfiles(String print) {
      return store.storyProfiles(print);
    }

    @Override
    public List<byte[]> storyCheckpoint(String print) {
      return store.storyCheckpoint(print);
    }

    @Override
    public java.util.Map<String, byte[]> articleTexts(
        String print, java.util.Collection<String> articles) {
      return store.articleTexts(print, articles);
    }

    @Override
    public java.util.Map<String, String> storyDigests() {
      return store.storyDigests();
    }

    @Override
    public Set<String> eventIds() {
      return store.eventIds();
    }

    @Override
    public SavedStoryRecords storyRecords(Set<String> stories, boolean whole) {
      return store.storyRecords(stories, whole);
    }
  }

  List<ArticleStage> articleStages() {
    return articleStages;
  }

  List<CorpusStage> corpusStages() {
    return corpusStages;
  }

  /** The stage names in order: per-article stages, then corpus stages. */
  public List<String> stageNames() {
    return Stream.concat(
            articleStages.stream().map(ArticleStage::name),
            corpusStages.stream().map(CorpusStage::name))
        .toList();
  }

  /** Whether the pipeline has stages after cleaning, which need models. */
  public boolean analysesArticles() {
    return articleStages.stream().anyMatch(s -> s.produces().contains(Layer.TOKENS));
  }

  /** Loads every per-article stage's models, once per JVM. */
  public void prepare() {
    articleStages.forEach(ArticleStage::prepare);
  }

  /**
   * The whole per-article analysis of one document. A stage that fails on it with an exception, a
   * stack overflow or any error but a fault of the JVM itself rejects it, naming the stage.
   *
   * @throws OutOfMemoryError a {@link StageOutOfMemoryError} naming the document and the stage when
   *     the heap ran out during a stage: the heap is shared by every thread, so only the caller can
   *     tell whether this document needs the memory (for instance by running it again alone)
   */
  public ArticleResult analyse(RawDocument source) {
    return analyse(source, new StageTimer());
  }

  ArticleResult analyse(RawDocument source, StageTimer timer) {
    Document doc = Document.of(source);
    List<Diagnostic> diagnostics = new ArrayList<>();
    String notAnalysed = null;
    boolean languageChecked = false;
    for (ArticleStage stage : articleStages) {
      if (stage.englishOnly() && !languageChecked && doc.article() != null) {
        // Checked once, before the first English-only stage: it and every stage after it skip.
        languageChecked = true;
        notAnalysed = AnalysedLanguages.notAnalysed(doc.article());
        if (notAnalysed != null) {
          diagnostics.add(new Diagnostic(stage.name(), notAnalysedMessage(notAnalysed)));
          if (produces(Layer.ACTORS)) {
            // No actor was looked for, so none was found: the store keeps it as any other.
            doc = doc.withActors(new ArticleActors(doc.article().id(), List.of()));
          }
          break;
        }
      }
      Diagnostics found = Diagnostics.of(stage.name());
      Document in = doc;
      try {
        doc = timer.time(stage.name(), () -> stage.apply(in, found));
      } catch (OutOfMemoryError e) {
        // The heap is shared: the document on this thread may be the one that allocated next, not
        // the one that used the memory. The caller decides (Analysis runs it again alone).
        throw new StageOutOfMemoryError(source.source(), stage.name(), e);
      } catch (StackOverflowError e) {
        // A thread's stack is its own: this document overflowed it.
        diagnostics.addAll(found.list());
        return reject(source, "internal error: " + e, stage, diagnostics);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Exception | Error e) {
        // A fault on one document must not end the batch: the document is rejected with the cause.
        diagnostics.addAll(found.list());
        return reject(source, "internal error: " + e, stage, diagnostics);
      }
      diagnostics.addAll(found.list());
      if (doc.rejected() != null) {
        return reject(source, doc.rejected(), stage, diagnostics);
      }
    }
    Article article = doc.article();
    if (article == null) {
      throw new IllegalStateException("the pipeline ends before an article is made");
    }
    return new ArticleResult(
        article,
        doc.actors(),
        doc.events(),
        doc.quotes(),
        doc.scareQuotes(),
        diagnostics,
        notAnalysed);
  }

  private boolean produces(Layer layer) {
    return articleStages.stream().anyMatch(s -> s.produces().contains(layer));
  }

  private String notAnalysedMessage(String why) {
    List<String> skipped =
        articleStages.stream().filter(ArticleStage::englishOnly).map(ArticleStage::name).toList();
    return "not analysed ("
        + why
        + "): Parallax analyses English only; kept as cleaned and dated, without "
        + String.join(", ", skipped);
  }

  private static ArticleResult reject(
      RawDocument source, String reason, ArticleStage stage, List<Diagnostic> diagnostics) {
    return ArticleResult.of(Rejection.of(source.source(), reason, stage.name()), diagnostics);
  }

  /**
   * Runs the corpus stages.
   *
   * @throws CorpusStageException naming the stage, when one fails (with an exception, out of memory
   *     or a stack overflow); the diagnostics reported until then are added
   * @param added the results of the articles this run added
   * @param all every accepted article of the corpus, {@code added} included
   * @param diagnostics where the problems the corpus stages went on from are added
   */
  public Corpus group(
      List<ArticleResult> added, List<ArticleResult> all, List<Diagnostic> diagnostics) {
    return group(added, all, diagnostics, new StageTimer(), Set.of(), false);
  }

  /**
   * Runs the corpus stages whose records are wanted: a stage whose every product is in {@code
   * unwanted} and read by no stage run after it is left out. The records are {@code savedOnly}
   * ({@link Corpus#savedOnly}) or read whole.
   */
  Corpus group(
      List<ArticleResult> added,
      List<ArticleResult> all,
      List<Diagnostic> diagnostics,
      StageTimer timer,
      Set<Layer> unwanted,
      boolean savedOnly) {
    Corpus corpus = Corpus.of(all, savedOnly);
    for (CorpusStage stage : corpusStagesMaking(unwanted)) {
      Diagnostics found = Diagnostics.of(stage.name());
      Corpus in = corpus;
      try {
        corpus = timer.time(stage.name(), () -> stage.apply(added, in, found));
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        diagnostics.addAll(found.list());
        throw new CorpusStageException(stage.name(), e);
      }
      diagnostics.addAll(found.list());
    }
    return corpus;
  }

  /**
   * The corpus stages, in order, that make a layer not in {@code unwanted} or one a stage kept
   * after them reads.
   */
  List<CorpusStage> corpusStagesMaking(Set<Layer> unwanted) {
    Set<Layer> read = EnumSet.noneOf(Layer.class);
    Deque<CorpusStage> kept = new ArrayDeque<>();
    for (int i = corpusStages.size() - 1; i >= 0; i--) {
      CorpusStage stage = corpusStages.get(i);
      if (stage.produces().isEmpty()
          || stage.produces().stream().anyMatch(l -> !unwanted.contains(l) || read.contains(l))) {
        kept.addFirst(stage);
        read.addAll(stage.reads());
      }
    }
    return List.copyOf(kept);
  }

  private void validate() {
    Set<Layer> made = EnumSet.of(Layer.SOURCE);
    Set<String> names = new HashSet<>();
    for (ArticleStage s : articleStages) {
      check(s.name(), s.reads(), made, names);
      made.addAll(s.produces());
    }
    for (CorpusStage s : corpusStages) {
      check(s.name(), s.reads(), made, names);
      made.addAll(s.produces());
    }
  }

  private static void check(String name, Set<Layer> reads, Set<Layer> made, Set<String> names) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("two stages are named " + name);
    }
    Set<Layer> missing = EnumSet.noneOf(Layer.class);
    missing.addAll(reads);
    missing.removeAll(made);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "stage " + name + " reads " + missing + ", which no stage before it produces");
    }
  }
}
