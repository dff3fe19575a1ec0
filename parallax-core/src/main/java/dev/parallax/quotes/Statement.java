package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;

/**
 * A statement found before it becomes a {@link dev.parallax.model.Quote}.
 *
 * @param content the content span
 * @param kind direct, indirect or mixed
 * @param cue the cue word or phrase as written, or null
 * @param cueSpan where the cue stands, or null
 * @param speaker the speaker, or null when none was found
 * @param tree the parse of the sentence holding the content's head, or null
 * @param head index of the content's head token in {@code tree}, or -1
 * @param sieve the named rule that decided the statement (docs/quotes.md), or null
 * @param outer the content of the statement this one is reported in ("X said that Y believed Z":
 *     Y's statement is reported in X's), or null
 */
record Statement(
    Span content,
    QuoteKind kind,
    String cue,
    Span cueSpan,
    SpeakerResolver.Resolved speaker,
    DependencyTree tree,
    int head,
    String sieve,
    Span outer) {

  /** A statement no sieve has named yet. */
  Statement(
      Span content,
      QuoteKind kind,
      String cue,
      Span cueSpan,
      SpeakerResolver.Resolved speaker,
      DependencyTree tree,
      int head) {
    this(content, kind, cue, cueSpan, speaker, tree, head, null, null);
  }

  Statement withKind(QuoteKind newKind) {
    return new Statement(content, newKind, cue, cueSpan, speaker, tree, head, sieve, outer);
  }

  Statement withContent(Span newContent, QuoteKind newKind) {
    return new Statement(newContent, newKind, cue, cueSpan, speaker, tree, head, sieve, outer);
  }

  Statement withSpeaker(SpeakerResolver.Resolved newSpeaker, String newCue, Span newCueSpan) {
    return new Statement(content, kind, newCue, newCueSpan, newSpeaker, tree, head, sieve, outer);
  }

  /** This statement as decided by {@code name}, unless a sieve already named it. */
  Statement decidedBy(String name) {
    return sieve != null
        ? this
        : new Statement(content, kind, cue, cueSpan, speaker, tree, head, name, outer);
  }

  /** This statement as reported inside {@code outerStatement}. */
  Statement reportedIn(Statement outerStatement) {
    return new Statement(
        content, kind, cue, cueSpan, speaker, tree, head, sieve, outerStatement.content());
  }
}
