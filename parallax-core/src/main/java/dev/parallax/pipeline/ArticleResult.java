package dev.parallax.pipeline;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.ArticleRecord;

/**
 * What the per-article stages made of one input.
 *
 * @param record the article (with any inferred publication date) or the rejection
 * @param annotated the annotation, or null when the run stopped before annotating or the input was
 *     rejected
 */
record ArticleResult(ArticleRecord record, AnnotatedArticle annotated) {}
