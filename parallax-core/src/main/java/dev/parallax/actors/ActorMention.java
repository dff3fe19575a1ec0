package dev.parallax.actors;

import dev.parallax.model.EntityType;
import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A place in one article where an actor is named or referred to, resolved as far as the evidence
 * goes.
 *
 * @param start UTF-16 offset into the article body
 * @param end UTF-16 offset into the article body, exclusive
 * @param text {@code body.substring(start, end)}
 * @param sentence index of the sentence holding it
 * @param key identity of the actor across the corpus ({@link ActorKey}); mentions with equal keys
 *     are the same actor. JSON writes it as {@link ActorKey#wire()} ({@code kb:country:RUS}).
 * @param name canonical name of the actor ({@code Russia}, {@code Vjosa Osmani})
 * @param type what kind of actor
 * @param actor CAMEO actor code ({@code RUSGOV}), or null when unknown
 * @param how how the mention refers to the actor
 */
public record ActorMention(
    int start,
    int end,
    String text,
    int sentence,
    ActorKey key,
    String name,
    EntityType type,
    String actor,
    How how) {

  /** How a mention refers to its actor. */
  public enum How {
    /** A full name or official name ("Vjosa Osmani", "the Russian Federation"). */
    NAME,
    /** An alias, acronym or spelling variant ("Viosa Osmani", "UNMIK"). */
    ALIAS,
    /** A surname after a full name ("Osmani"). */
    SURNAME,
    /** A place standing for a government ("Pristina", "the Kremlin"). */
    METONYM,
    /** A demonym with or without a role noun ("Russian diplomats"). */
    DEMONYM,
    /** A title or role description ("the foreign minister", "the diplomat"). */
    DESCRIPTION,
    /** A pronoun resolved through coreference ("she"). */
    PRONOUN
  }

  public ActorMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(how, "how");
    Span.checkText(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
