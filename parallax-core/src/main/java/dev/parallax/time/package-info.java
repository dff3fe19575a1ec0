/**
 * Time: finds time expressions and normalises them against an article's publication date, and
 * infers a publication date from an article's own dates when it has none. Produces {@link
 * dev.parallax.time.TimeExpression}s.
 */
package dev.parallax.time;
