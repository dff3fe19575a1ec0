package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Token;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.List;

/**
 * Attributions framed by an "in" phrase whose noun stands for a view or a finding ("In the latest
 * poll, the mayor leads", "the plan is a failure in her eyes"): the phrase's noun group is the
 * source and the rest of the main clause the content. Read only in the attribution scope.
 */
final class FramePhrases {
  private final SpeechCues cues;
  private final SpeakerResolver speakers;

  FramePhrases(SpeechCues cues, SpeakerResolver speakers) {
    this.cues = cues;
    this.speakers = speakers;
  }

  /** The statement a frame noun at {@code noun} introduces, or null. */
  Statement at(DependencyTree tree, int noun) {
    Token t = tree.token(noun);
    int in = tree.child(noun, "case");
    int clause = tree.head(noun);
    String rel = tree.relation(noun);
    if (!cues.isFrame(t.lemma())
        || in < 0
        || !tree.token(in).text().equalsIgnoreCase("in")
        || !(rel.startsWith("obl") || rel.startsWith("nmod"))
        || clause < 0
        || !tree.relation(clause).equals("root")) {
      return null;
    }
    List<Integer> phrase = tree.subtree(noun);
    int phraseFirst = phrase.stream().min(Integer::compare).orElse(noun);
    int phraseLast = phrase.stream().max(Integer::compare).orElse(noun);
    if (phraseFirst != in || phraseLast <= in) {
      return null;
    }
    int[] side = Evidentials.longerSide(tree, 0, phraseFirst, phraseLast, tree.size() - 1);
    if (side == null) {
      return null;
    }
    Span source = tree.tokenSpan(in + 1, phraseLast);
    SpeakerResolver.Resolved speaker = speakers.ofSpan(source, tree.sentence().index());
    Span content = tree.tokenSpan(side[0], side[1]);
    return new Statement(content, QuoteKind.INDIRECT, t.text(), t.span(), speaker, tree, -1);
  }
}
