package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Token;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.List;

/**
 * Attributions without a source that an adverb of hearsay marks ("the mayor reportedly left"): the
 * clause the adverb modifies is the content, and nobody is named as its source. Read only in the
 * attribution scope. Stateless apart from its cues.
 */
final class Evidentials {
  private final SpeechCues cues;

  Evidentials(SpeechCues cues) {
    this.cues = cues;
  }

  /** The statement an evidential adverb at {@code adverb} marks, or null. */
  Statement at(DependencyTree tree, int adverb) {
    Token t = tree.token(adverb);
    String pos = t.pos();
    if (pos == null || !pos.startsWith("RB") || !cues.isEvidential(t.lemma())) {
      return null;
    }
    int head = tree.head(adverb);
    if (head < 0) {
      return null;
    }
    List<Integer> clause = tree.subtree(head);
    int first = clause.stream().min(Integer::compare).orElse(head);
    int last = clause.stream().max(Integer::compare).orElse(head);
    int[] side = longerSide(tree, first, adverb, adverb, last);
    if (side == null) {
      return null;
    }
    Span content = tree.tokenSpan(side[0], side[1]);
    return new Statement(content, QuoteKind.INDIRECT, t.text(), t.span(), null, tree, -1);
  }

  /**
   * The words from {@code first} to {@code last} before or after the gap {@code gapFirst} to {@code
   * gapLast}, whichever side is longer, without the punctuation next to the gap ("Reportedly, the
   * mayor left": the words after the adverb); null when both sides are empty.
   */
  static int[] longerSide(DependencyTree tree, int first, int gapFirst, int gapLast, int last) {
    int beforeEnd = gapFirst - 1;
    while (beforeEnd >= first && tree.isPunct(beforeEnd)) {
      beforeEnd--;
    }
    int afterStart = gapLast + 1;
    while (afterStart <= last && tree.isPunct(afterStart)) {
      afterStart++;
    }
    int before = beforeEnd < first ? 0 : tree.token(beforeEnd).end() - tree.token(first).start();
    int after = afterStart > last ? 0 : tree.token(last).end() - tree.token(afterStart).start();
    if (before == 0 && after == 0) {
      return null;
    }
    return after >= before ? new int[] {afterStart, last} : new int[] {first, beforeEnd};
  }
}
