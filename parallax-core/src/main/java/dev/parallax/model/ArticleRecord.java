package dev.parallax.model;

/** One line of {@code articles.jsonl}: a cleaned article or a rejected input. */
public sealed interface ArticleRecord permits Article, Rejection {
  String id();

  String source();
}
