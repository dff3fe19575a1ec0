/**
 * Clean: turns a {@link dev.parallax.model.RawDocument} (HTML, or a whole-page text dump) into an
 * {@link dev.parallax.model.Article}: decoded text, main content, headline, publication date,
 * outlet, and the list of removed blocks with their reasons.
 *
 * <p>Consumes raw documents; produces articles or rejections. Entry point: {@link
 * dev.parallax.clean.ArticleCleaner}.
 */
package dev.parallax.clean;
