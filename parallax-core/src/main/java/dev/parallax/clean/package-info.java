/**
 * Clean: turns a {@link dev.parallax.model.RawDocument} (HTML, or a whole-page text dump) into an
 * {@link dev.parallax.model.Article}: decoded text, main content, headline, publication date,
 * outlet, and the list of removed blocks with their reasons.
 *
 * <p>Consumes raw documents; produces articles or rejections. Entry point: {@link
 * dev.parallax.clean.ArticleCleaner}. HTML pages go through {@code HtmlPageCleaner} (blocks, a
 * prose-density container, furniture vocabulary in {@code boilerplate-*.tsv}, headline by
 * agreement, publication date); {@link dev.parallax.clean.PageDates} reads dates as pages write
 * them, for both page cleaners. See docs/clean-html.md.
 */
package dev.parallax.clean;
