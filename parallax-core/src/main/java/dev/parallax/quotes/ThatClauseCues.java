package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Token;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;

/**
 * Reported speech cued by a noun or an adjective with a that-clause: "her claim that the border is
 * closed", "officials are confident that talks resume". Stateless beyond its lexicon and resolver.
 */
final class ThatClauseCues {
  private final SpeechCues cues;
  private final SpeakerResolver speakers;

  ThatClauseCues(SpeechCues cues, SpeakerResolver speakers) {
    this.cues = cues;
    this.speakers = speakers;
  }

  /** "Her claim that the border is closed": a noun of saying with a that-clause. */
  Statement fromNoun(DependencyTree tree, int noun) {
    Token t = tree.token(noun);
    if (!cues.isNoun(t.lemma())) {
      return null;
    }
    int clause = thatClause(tree, noun);
    if (clause < 0) {
      return null;
    }
    int owner = tree.child(noun, "nmod:poss");
    if (owner < 0) {
      // "media pronouncements that ...": a noun before the cue noun names whose they are.
      owner = tree.child(noun, "compound");
    }
    int governor = tree.head(noun);
    SpeakerResolver.Resolved speaker =
        owner >= 0
            ? speakers.ofSubject(tree, owner)
            : governor >= 0 && tree.isVerb(governor) ? speakers.ofCue(tree, governor) : null;
    Span content = tree.subtreeSpan(clause);
    return new Statement(content, QuoteKind.INDIRECT, t.text(), t.span(), speaker, tree, clause);
  }

  /**
   * The that-clause a noun cue heads, or -1. The parser hangs "that" on the clause as a mark or,
   * after a plural noun, as a dep ("pronouncements that ..."); a relative "that" is neither.
   */
  private static int thatClause(DependencyTree tree, int noun) {
    for (String rel : new String[] {"acl", "ccomp"}) {
      int c = tree.child(noun, rel);
      int first = c < 0 ? -1 : tree.subtree(c).stream().min(Integer::compare).orElse(c);
      if (c <= noun || first <= noun) {
        continue;
      }
      String role = tree.relation(first);
      if (tree.token(first).text().equalsIgnoreCase("that")
          && (role.equals("mark") || role.equals("dep"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "Officials are confident that talks resume", "It is clear that ...": an adjective of belief or
   * feeling with a clausal complement; its subject holds the belief, none when it is an expletive.
   */
  Statement fromAdjective(DependencyTree tree, int adjective) {
    Token t = tree.token(adjective);
    String pos = t.pos();
    if (pos == null
        || !(pos.startsWith("JJ") || pos.equals("VBN"))
        // A participle ("convinced", "frustrated") carries its verb's lemma: its word is the cue.
        || !cues.isAdjective(t.lemma()) && !cues.isAdjective(t.text())) {
      return null;
    }
    int clause = tree.child(adjective, "ccomp");
    if (clause < adjective) {
      return null;
    }
    int subject = tree.child(adjective, "nsubj");
    boolean expletive = subject >= 0 && tree.token(subject).text().equalsIgnoreCase("it");
    SpeakerResolver.Resolved speaker =
        subject < 0 || expletive ? null : speakers.ofSubject(tree, subject);
    return new Statement(
        tree.subtreeSpan(clause), QuoteKind.INDIRECT, t.text(), t.span(), speaker, tree, clause);
  }
}
