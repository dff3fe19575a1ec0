package dev.parallax.quotes;

import dev.parallax.actors.ActorKey;
import java.util.Objects;

/**
 * The normalised proposition of a statement, for finding statements that cannot both hold ("the
 * decision has legal force" against "the decision has no legal force").
 *
 * @param speakerKey actor key of the speaker, or null
 * @param speakerName name of the speaker as best resolved, or null
 * @param subject text of the subject of the proposition, or null
 * @param predicate lemma of the main verb of the content, lower-case ({@code have}, {@code be})
 * @param object text of the object or predicate noun phrase, negation words removed; may be empty
 * @param negated whether the proposition is negated ("has no legal force", "did not violate")
 */
public record Claim(
    ActorKey speakerKey,
    String speakerName,
    String subject,
    String predicate,
    String object,
    boolean negated) {
  public Claim {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
  }
}
