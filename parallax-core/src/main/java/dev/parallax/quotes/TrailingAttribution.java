package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.model.Span;
import java.util.Set;

/**
 * "Growth will slow next year, the fund said.": a verb of saying with its subject after a comma
 * that closes the sentence, the statement before the comma. Read from the words, since the parser
 * often makes the statement the root and the cue a clause inside it, or hangs the statement on the
 * cue as an adverbial clause; either way the cue has no complement of its own. At most a short
 * phrase without a verb may follow the cue ("..., the fund said on Tuesday."). Stateless apart from
 * its cues and resolver; not shared between articles.
 */
final class TrailingAttribution {
  /** Auxiliaries allowed between the subject and the cue ("other studies have shown"). */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do", "will", "would");

  /** Tags of a finite verb, one of which the statement must hold. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Most words of the subject. */
  private static final int MAX_SUBJECT = 8;

  /** Most words of the phrase after the cue. */
  private static final int MAX_WORDS = 6;

  /** Fewest tokens the statement before the comma must have. */
  private static final int MIN_CONTENT = 3;

  private final SpeechCues cues;
  private final SpeakerResolver speakers;

  TrailingAttribution(SpeechCues cues, SpeakerResolver speakers) {
    this.cues = cues;
    this.speakers = speakers;
  }

  /** The statement before the comma of which token {@code cue} closes the sentence, or null. */
  Statement at(DependencyTree tree, int cue) {
    if (!cues.isVerb(tree.token(cue).lemma())
        || tree.child(cue, "ccomp") >= 0
        || tree.child(cue, "obj") > cue
        || !endsAfter(tree, cue)) {
      return null;
    }
    int k = cue - 1;
    while (k > 0 && (isAuxiliary(tree, k) || "RB".equals(tree.token(k).pos()))) {
      k--;
    }
    int subjectEnd = k;
    while (k > 0
        && subjectEnd - k < MAX_SUBJECT
        && NestedStatements.SUBJECT_TAGS.contains(tree.token(k).pos())) {
      k--;
    }
    if (k == subjectEnd || !tree.token(k).text().equals(",") || k < MIN_CONTENT) {
      return null;
    }
    boolean verb = false;
    for (int i = 0; i < k; i++) {
      verb |= FINITE.contains(tree.token(i).pos());
    }
    if (!verb) {
      return null;
    }
    Span source = tree.tokenSpan(k + 1, subjectEnd);
    return InvertedAttribution.wordsBefore(tree, cue, k - 1, source, speakers);
  }

  /** Whether only a few words without a verb follow the cue up to the sentence end. */
  private static boolean endsAfter(DependencyTree tree, int cue) {
    int words = 0;
    for (int i = cue + 1; i < tree.size(); i++) {
      if (tree.isVerb(i) || tree.token(i).text().equals(",")) {
        return false;
      }
      words += tree.isPunct(i) ? 0 : 1;
    }
    return words <= MAX_WORDS;
  }

  private static boolean isAuxiliary(DependencyTree tree, int i) {
    String lemma = tree.token(i).lemma();
    return lemma != null
        && AUXILIARIES.contains(lemma)
        && (tree.isVerb(i) || "MD".equals(tree.token(i).pos()));
  }
}
