package dev.parallax.annotate;

import dev.parallax.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation. All offsets index {@code article.body()}.
 *
 * @param sentences every sentence, in order
 * @param entities recognised names, in order
 * @param coref coreference chains (empty when the profile does not resolve coreference)
 * @param times time expressions, normalised against the article's publication date
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<NamedEntity> entities,
    List<CorefChain> coref,
    List<TimeExpression> times) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    coref = List.copyOf(coref);
    times = List.copyOf(times);
    int length = article.body().length();
    for (Sentence s : sentences) {
      if (s.end() > length) {
        throw new IllegalArgumentException("sentence " + s.index() + " ends past the body");
      }
    }
  }
}
