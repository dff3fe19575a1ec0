package dev.parallax.coverage;

import dev.parallax.actors.ActorMention;
import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A label read beside one actor mention: the words an outlet uses to name that actor.
 *
 * @param mention the mention the label describes
 * @param span where the label stands in the body
 * @param scare whether the label is a scare-quoted term (marks excluded from the span)
 */
record ReadLabel(ActorMention mention, Span span, boolean scare) {
  ReadLabel {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(span, "span");
  }
}
