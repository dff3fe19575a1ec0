package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.time.PublicationDateInference;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimeTagger;
import java.util.List;

/**
 * The per-article stages, run on worker threads: clean, then (as far as the run goes) annotate and
 * resolve time. Pure functions of one document and the shared read-only models, so they run in any
 * order and in parallel. Thread-safe.
 */
final class ArticleStages {
  private final Cleaner cleaner;
  private final Annotator annotator;
  private final TimeTagger timeTagger;
  private final PublicationDateInference dateInference;
  private final Stage until;
  private final StageTimer timer;

  ArticleStages(
      Cleaner cleaner, Annotator annotator, TimeTagger timeTagger, Stage until, StageTimer timer) {
    this.cleaner = cleaner;
    this.annotator = annotator;
    this.timeTagger = timeTagger;
    this.dateInference = new PublicationDateInference();
    this.until = until;
    this.timer = timer;
  }

  ArticleResult run(RawDocument doc) {
    ArticleRecord record = timer.time("clean", () -> cleaner.clean(doc));
    if (!(record instanceof Article article) || !until.runs(Stage.ANNOTATE)) {
      return new ArticleResult(record, null);
    }
    AnnotatedArticle annotated = timer.time("annotate", () -> annotator.annotate(article));
    return timer.time("time", () -> withTimes(annotated));
  }

  /**
   * Tags time expressions against the publication date; an undated article is first tagged without
   * one, and when its own dates pin a publication date it is re-tagged against it.
   */
  private ArticleResult withTimes(AnnotatedArticle annotated) {
    Article article = annotated.article();
    List<TimeExpression> times = tag(article, annotated, article.published());
    if (article.published() == null) {
      PartialDate inferred = dateInference.infer(article.body(), times);
      if (inferred != null) {
        article = article.withPublished(inferred, DateSource.INFERRED);
        times = tag(article, annotated, inferred);
      }
    }
    AnnotatedArticle result =
        new AnnotatedArticle(
            article, annotated.sentences(), annotated.entities(), annotated.coref(), times);
    return new ArticleResult(article, result);
  }

  private List<TimeExpression> tag(Article article, AnnotatedArticle annotated, PartialDate date) {
    return timeTagger.tag(article.body(), annotated.sentences(), date);
  }
}
