package dev.parallax.actors;

import java.util.Objects;

/**
 * A knowledge-base entry found for a surface form, and how the form matched it.
 *
 * @param entry the entry
 * @param how which of the entry's names matched
 */
public record KbHit(KbEntry entry, How how) {
  /** Which kind of name matched. */
  public enum How {
    /** The entry's canonical or official name. */
    NAME,
    /** An alias, acronym, short form or spelling variant. */
    ALIAS,
    /** A demonym or adjective of a country ("Russian", "Russians"). */
    DEMONYM,
    /** A place or building standing for an actor ("the Kremlin", "Pristina"). */
    METONYM,
    /** A person's surname alone ("Lavrov"). */
    SURNAME,
    /** A noun that signals a role ("diplomats"). */
    ROLE_NOUN
  }

  public KbHit {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(how, "how");
  }
}
