package dev.parallax.quotes;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Speaker;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote with what the extractor saw of its speaker, so that a later stage can map the speaker to
 * an entity id.
 *
 * @param quote the output record; its speaker's entity is null
 * @param speakerSpan where the speaker is named or referred to in the body ("she", "the ministry"),
 *     or null when no speaker was found
 * @param speaker the actor mention standing for the speaker, or null when unresolved; may lie
 *     outside {@code speakerSpan} when a pronoun or document was resolved to its author
 * @param claim the normalised proposition of the content, or null when it could not be read
 */
public record ExtractedQuote(Quote quote, Span speakerSpan, ActorMention speaker, Claim claim) {
  public ExtractedQuote {
    Objects.requireNonNull(quote, "quote");
  }

  public Optional<ActorMention> speakerMention() {
    return Optional.ofNullable(speaker);
  }

  /** The quote with its speaker's entity id, where {@code linked} holds the speaker's mention. */
  public Quote linked(LinkedEntities linked) {
    String entity =
        speakerMention()
            .flatMap(m -> linked.entityOf(quote.article(), m))
            .orElse(quote.speaker().entity());
    return quote.withSpeaker(new Speaker(entity, quote.speaker().name()));
  }
}
