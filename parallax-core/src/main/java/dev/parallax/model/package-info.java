/**
 * The document model: immutable records for every stage's inputs and outputs, and their JSON Lines
 * encoding (OUTPUT.md).
 *
 * <p>Spans are half-open UTF-16 offsets into {@link dev.parallax.model.Article#body()}; output
 * records carry {@code start}, {@code end} and the {@code text} they cover, validated on
 * construction. Ids are derived from content ({@link dev.parallax.model.ContentId}).
 */
package dev.parallax.model;
