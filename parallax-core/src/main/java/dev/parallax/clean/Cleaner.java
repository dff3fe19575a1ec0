package dev.parallax.clean;

import dev.parallax.model.ArticleRecord;
import dev.parallax.model.RawDocument;

/**
 * The clean stage: turns a raw page into an {@link dev.parallax.model.Article} (body, title, date,
 * outlet, and every removed block with its reason), or a {@link dev.parallax.model.Rejection} when
 * the page holds no article text.
 *
 * <p>Contract: never throws for bad content; the body holds only text that was in the input;
 * thread-safe after construction.
 */
public interface Cleaner {
  ArticleRecord clean(RawDocument document);
}
