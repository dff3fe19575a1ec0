package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.Set;

/**
 * "..., said one senior official in the room.": a verb of saying after a comma with its speaker
 * after it, the statement before the comma. Read from the words, not the parse: the parser often
 * takes the inverted speaker for an object and the statement's subject for the cue's. The speaker
 * must run to a comma or the sentence end, and no subject may stand before the cue ("Jane Doe, a
 * senator, said ..." is not inverted). Stateless apart from its cues and resolver; not shared
 * between articles.
 */
final class InvertedAttribution {
  /** Tags that open the noun phrase naming a speaker. */
  private static final Set<String> SPEAKER_START =
      Set.of("NNP", "NNPS", "NN", "NNS", "DT", "CD", "JJ", "PRP$");

  /**
   * Finite forms: "..., said one official". A participle after a comma ("..., accusing Minsk of
   * ...") is an adjunct of the clause before it, not its attribution.
   */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Fewest tokens the statement before the comma must have. */
  private static final int MIN_CONTENT = 3;

  private final SpeechCues cues;
  private final SpeakerResolver speakers;

  InvertedAttribution(SpeechCues cues, SpeakerResolver speakers) {
    this.cues = cues;
    this.speakers = speakers;
  }

  /** The statement of which token {@code cue} is an inverted attribution, or null. */
  Statement at(DependencyTree tree, int cue) {
    int comma = commaBefore(tree, cue);
    if (comma < MIN_CONTENT
        || cue + 1 >= tree.size()
        || !cues.isVerb(tree.token(cue).lemma())
        || !FINITE.contains(String.valueOf(tree.token(cue).pos()))
        || !SPEAKER_START.contains(String.valueOf(tree.token(cue + 1).pos()))) {
      return null;
    }
    int last = cue + 1;
    while (last + 1 < tree.size()
        && !tree.isPunct(last + 1)
        && !tree.isVerb(last + 1)
        && !tree.token(last + 1).text().equals(",")) {
      last++;
    }
    boolean closes = last + 1 >= tree.size() || tree.isPunct(last + 1);
    int subject = tree.child(cue, "nsubj");
    if (!closes || subject >= 0 && subject < cue) {
      return null;
    }
    int end = comma - 1;
    while (end > 0 && tree.isPunct(end)) {
      end--;
    }
    return wordsBefore(tree, cue, end, tree.tokenSpan(cue + 1, last), speakers);
  }

  /**
   * The statement of the sentence's words up to token {@code end}, said by the words of {@code
   * source} with the cue at token {@code cue}: an attribution read from the words, not the parse.
   */
  static Statement wordsBefore(
      DependencyTree tree, int cue, int end, Span source, SpeakerResolver speakers) {
    SpeakerResolver.Resolved speaker = speakers.ofSpan(source, tree.sentence().index());
    return new Statement(
        tree.tokenSpan(0, end),
        QuoteKind.INDIRECT,
        tree.token(cue).text(),
        tree.token(cue).span(),
        speaker,
        tree,
        -1);
  }

  /** The comma just before the cue, past a closing quotation mark; -1 when none. */
  private static int commaBefore(DependencyTree tree, int cue) {
    int i = cue - 1;
    if (i >= 0 && tree.isPunct(i) && !tree.token(i).text().equals(",")) {
      i--;
    }
    return i >= 0 && tree.token(i).text().equals(",") ? i : -1;
  }
}
