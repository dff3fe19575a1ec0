package dev.parallax.time;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.util.List;

/**
 * The time stage on one annotated article: tags its time expressions against the publication date;
 * an undated article is first tagged without one, and when its own dates pin a publication date
 * ({@link PublicationDateInference}) it is re-tagged against it and carries that date ({@code
 * published_from: inferred}). Thread-safe.
 */
public final class ArticleTimes {
  private final TimeTagger tagger;
  private final PublicationDateInference inference;

  /** Times by {@code tagger}, inferring dates with the bundled rules. */
  public ArticleTimes(TimeTagger tagger) {
    this(tagger, Rules.bundled());
  }

  /** Times by {@code tagger}, inferring dates with {@code rules} (the tagger's own). */
  public ArticleTimes(TimeTagger tagger, Rules rules) {
    this.tagger = tagger;
    this.inference = new PublicationDateInference(rules);
  }

  /** The annotation with its time expressions, and its article with any inferred date. */
  public AnnotatedArticle resolve(AnnotatedArticle annotated, Diagnostics diagnostics) {
    Article article = annotated.article();
    List<TimeExpression> times = tag(annotated, article.published(), diagnostics);
    if (article.published() == null) {
      PartialDate inferred = inference.infer(article.body(), times);
      if (inferred != null) {
        article = article.withPublished(inferred, DateSource.INFERRED);
        times = tag(annotated, inferred, diagnostics);
      }
    }
    return new AnnotatedArticle(
        article, annotated.sentences(), annotated.entities(), annotated.coref(), times);
  }

  private List<TimeExpression> tag(
      AnnotatedArticle annotated, PartialDate date, Diagnostics diagnostics) {
    return tagger.tag(annotated.article().body(), annotated.sentences(), date, diagnostics);
  }
}
