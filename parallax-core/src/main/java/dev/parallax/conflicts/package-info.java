/**
 * Conflicts stage: claims about the same thing that cannot both hold ({@code conflicts.jsonl}).
 *
 * <p>Consumes the stories, the articles (for outlets), the quotes and reported statements with
 * their speakers' entities, and the fused events (mentions of denials and rejections, CAMEO 016 and
 * 12x, count as statements too). Produces {@link dev.parallax.model.Conflict} records: within a
 * story, statements that take opposite sides on a frame of the stance lexicon ("lawful" against
 * "incompatible with diplomatic status"; "has legal force" against "null and void"), each side
 * spoken by a different party, and denials paired with the claim they deny. The lexicon is data:
 * {@code frames.tsv}, {@code stance-terms.tsv} and {@code negation.tsv}.
 */
package dev.parallax.conflicts;
