package dev.parallax.events;

import java.util.Objects;
import java.util.Set;

/**
 * One trigger pattern of {@code patterns.tsv}.
 *
 * @param lemma the trigger's lemma, lower case
 * @param kind verb, noun, light verb or converse verb
 * @param complements lemmas one of which must depend on the trigger (directly or one step down);
 *     empty when the pattern needs none
 * @param targetCase the preposition that marks the target, or null for the direct object
 * @param code CAMEO code, or null for a light verb
 * @param originCase the preposition whose object stands for the source when no agent is named (for
 *     a converse verb: always), or null
 */
record EventPattern(
    String lemma,
    Kind kind,
    Set<String> complements,
    String targetCase,
    String code,
    String originCase) {

  /** What part of speech the trigger is, and whether it carries its own code. */
  enum Kind {
    VERB,
    NOUN,
    LIGHT,
    /**
     * a verb whose subject is the one acted on and whose origin preposition names the actor ("X
     * received weapons from Y": Y supplied X)
     */
    CONVERSE;

    /** The kind of a token with part of speech {@code pos}: VB* is a verb (or converse verb). */
    boolean fits(Kind token) {
      return this == token || (this == CONVERSE && token == VERB);
    }
  }

  EventPattern {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(kind, "kind");
    complements = Set.copyOf(complements);
    if ((kind == Kind.LIGHT) != (code == null)) {
      throw new IllegalArgumentException("only light verbs have no code: " + lemma);
    }
  }
}
