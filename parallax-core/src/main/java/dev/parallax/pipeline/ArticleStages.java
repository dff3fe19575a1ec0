package dev.parallax.pipeline;

import dev.parallax.actors.ActorTagger;
import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.clean.Cleaner;
import dev.parallax.events.EventExtractor;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.time.PublicationDateInference;
import dev.parallax.time.TimeTagger;
import java.util.List;
import java.util.function.Supplier;

/**
 * The per-article stages, run on worker threads: clean, then (as far as the run goes) annotate,
 * resolve time, tag actors, extract events and quotes. Pure functions of one document and the
 * shared read-only models, so they run in any order and in parallel. Thread-safe.
 */
final class ArticleStages {
  private final Cleaner cleaner;
  private final Supplier<Models> load;
  private volatile Models loaded;
  private final PublicationDateInference dateInference = new PublicationDateInference();
  private final Stage until;
  private final StageTimer timer;

  /** The shared, read-only models the stages after cleaning use; null fields when not needed. */
  record Models(
      Annotator annotator,
      TimeTagger timeTagger,
      ActorTagger actors,
      EventExtractor events,
      QuoteExtractor quotes) {
    static final Models NONE = new Models(null, null, null, null, null);
  }

  /**
   * @param models loads the models, called once, when the first article needs them: a run whose
   *     inputs are all stored already loads none
   */
  ArticleStages(Cleaner cleaner, Supplier<Models> models, Stage until, StageTimer timer) {
    this.cleaner = cleaner;
    this.load = models;
    this.until = until;
    this.timer = timer;
  }

  ArticleResult run(RawDocument doc) {
    ArticleRecord record = timer.time("clean", () -> cleaner.clean(doc));
    if (!(record instanceof Article article) || !until.runs(Stage.ANNOTATE)) {
      return ArticleResult.of(record);
    }
    Models models = models();
    AnnotatedArticle parsed = timer.time("annotate", () -> models.annotator().annotate(article));
    AnnotatedArticle annotated = timer.time("time", () -> withTimes(parsed));
    if (!until.runs(Stage.EXTRACT)) {
      return ArticleResult.of(annotated.article());
    }
    ArticleActors actors = timer.time("actors", () -> models.actors().tag(annotated));
    List<ExtractedEvent> events =
        timer.time("events", () -> models.events().extract(annotated, actors));
    List<ExtractedQuote> quotes =
        timer.time("quotes", () -> models.quotes().extract(annotated, actors));
    return new ArticleResult(annotated.article(), actors, events, quotes);
  }

  private Models models() {
    Models models = loaded;
    if (models == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = load.get();
        }
        models = loaded;
      }
    }
    return models;
  }

  /**
   * Tags time expressions against the publication date; an undated article is first tagged without
   * one, and when its own dates pin a publication date it is re-tagged against it.
   */
  private AnnotatedArticle withTimes(AnnotatedArticle annotated) {
    Article article = annotated.article();
    List<TimeExpression> times = tag(article, annotated, article.published());
    if (article.published() == null) {
      PartialDate inferred = dateInference.infer(article.body(), times);
      if (inferred != null) {
        article = article.withPublished(inferred, DateSource.INFERRED);
        times = tag(article, annotated, inferred);
      }
    }
    return new AnnotatedArticle(
        article, annotated.sentences(), annotated.entities(), annotated.coref(), times);
  }

  private List<TimeExpression> tag(Article article, AnnotatedArticle annotated, PartialDate date) {
    return models().timeTagger().tag(article.body(), annotated.sentences(), date);
  }
}
