package dev.parallax.conflicts;

import dev.parallax.model.Conflict;
import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A statement a party made, ready to be compared with the others of its story.
 *
 * @param story the story of its article, or the article id when stories were not formed
 * @param side the party it speaks for (a country name, else an entity or speaker name)
 * @param denial whether the speaker rejects the content ("denies that ...")
 * @param rejection whether it rejects a request or proposal rather than a claim (read from the
 *     mention of a CAMEO 12x event): it takes stances but is never paired with a claim by words
 * @param claim article, outlet, speaker and content span as written to {@code conflicts.jsonl}
 */
record SpokenClaim(
    String story, String side, boolean denial, boolean rejection, Conflict.Claim claim) {
  SpokenClaim {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(claim, "claim");
  }

  Span span() {
    return new Span(claim.start(), claim.end());
  }

  /** A key that orders claims by article, then position. */
  String position() {
    return claim.article() + String.format(":%09d:%09d", claim.start(), claim.end());
  }
}
