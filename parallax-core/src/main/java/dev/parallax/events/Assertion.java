package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.events.Modifiers.Effect;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Decides whether a trigger reports an act that happened, an act that is only intended, or no act
 * at all: negated ("did not expel", "no talks"), conditional ("if they expel"), or inside the
 * complement of a word that does not assert it ("alleged they had endangered", "denies any plans to
 * invade", "threatened to expel"). Thread-safe.
 */
final class Assertion {
  /** What a trigger's context says about its act. */
  enum Status {
    ASSERTED,
    INTENDED,
    /** required by someone else ("X said Y must leave"): a demand by the reporter */
    DEMANDED,
    SUPPRESSED
  }

  /** Relations through which a governor's stance reaches the trigger below it. */
  private static final Set<String> COMPLEMENTS =
      Set.of("xcomp", "ccomp", "acl", "obj", "nmod", "advcl", "obl");

  private static final int MAX_CLIMB = 6;

  private final Modifiers modifiers;

  Assertion(Modifiers modifiers) {
    this.modifiers = modifiers;
  }

  /**
   * @param isTrigger whether a token is itself an event trigger: an intent word that is one
   *     ("promised to", "agreed to") carries the intended act in its own code, so the complement
   *     yields no second event
   */
  Status assess(DependencyTree g, int trigger, IntPredicate isTrigger) {
    if (negated(g, trigger)) {
      return Status.SUPPRESSED;
    }
    if (has(g, trigger, Effect.DEMAND)) {
      return Status.DEMANDED;
    }
    boolean intended = has(g, trigger, Effect.MODAL);
    int current = trigger;
    for (int step = 0; step < MAX_CLIMB; step++) {
      int head = g.head(current);
      String relation = g.relation(current).split(":")[0];
      if (head < 0 || !COMPLEMENTS.contains(relation)) {
        break;
      }
      String lemma = g.lemma(head);
      boolean complement = !relation.equals("advcl") && !relation.equals("obl");
      // "rejected Russian claims": the claims were made, whatever their content
      boolean madeClaim = current == trigger && modifiers.is(g.lemma(trigger), Effect.SPEECH);
      if (complement && modifiers.is(lemma, Effect.BLOCK) && !madeClaim) {
        return Status.SUPPRESSED;
      }
      if (complement && modifiers.is(lemma, Effect.INTENT)) {
        if (isTrigger.test(head)) {
          return Status.SUPPRESSED;
        }
        intended = true;
      }
      if (has(g, head, Effect.NEGATE) || has(g, head, Effect.CONDITION)) {
        return Status.SUPPRESSED;
      }
      if ((relation.equals("xcomp") || relation.equals("obj")) && has(g, head, Effect.MODAL)) {
        intended = true;
      }
      current = head;
    }
    return intended ? Status.INTENDED : Status.ASSERTED;
  }

  /** Whether the trigger itself is negated or conditional ("not to attack", "if they attack"). */
  boolean negated(DependencyTree g, int trigger) {
    return has(g, trigger, Effect.NEGATE) || has(g, trigger, Effect.CONDITION);
  }

  /** Whether the trigger itself is under a modal ("might attack"). */
  boolean modal(DependencyTree g, int trigger) {
    return has(g, trigger, Effect.MODAL) || has(g, trigger, Effect.DEMAND);
  }

  /** Whether a function-word dependent of {@code i} has the effect. */
  private boolean has(DependencyTree g, int i, Effect effect) {
    for (int c : g.children(i)) {
      String relation = g.relation(c);
      boolean functional =
          relation.startsWith("advmod")
              || relation.startsWith("aux")
              || relation.equals("det")
              || relation.equals("mark")
              || relation.equals("neg")
              || relation.equals("cc:preconj");
      if (functional && modifiers.is(g.lemma(c), effect)) {
        return true;
      }
    }
    return false;
  }
}
