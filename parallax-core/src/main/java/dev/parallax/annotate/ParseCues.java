package dev.parallax.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences are worth a dependency parse: those holding a quotation mark or a cue
 * lemma of a stage that reads the parse (the events stage's triggers, the quotes stage's cues). The
 * pipeline derives the lemmas from those stages' lexicons, so a cue a user adds to them is parsed
 * for without a list kept in step by hand. Parsing only these is what makes the full profile fast;
 * events and quotes read no other sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseCues {
  private final Set<String> lemmas;
  private final Set<String> marks;

  private ParseCues(Set<String> lemmas, Set<String> marks) {
    this.lemmas = Set.copyOf(lemmas);
    this.marks = Set.copyOf(marks);
  }

  /**
   * @param lemmas cue lemmas, lower case, matched against each token's lemma and its lower-cased
   *     text (a participle tagged as an adjective keeps its own form as lemma)
   * @param marks tokens, matched exactly, that open or close a quotation
   */
  public static ParseCues of(Set<String> lemmas, Set<String> marks) {
    return new ParseCues(lemmas, marks);
  }

  /** Whether a sentence with these tokens (tagged with lemmas, or not) should be parsed. */
  public boolean selects(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (marks.contains(t.text())
          || lemmas.contains(t.text().toLowerCase(Locale.ROOT))
          || (t.lemma() != null && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }
}
