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
 */
record Statement(
    Span content,
    QuoteKind kind,
    String cue,
    Span cueSpan,
    SpeakerResolver.Resolved speaker,
    DependencyTree tree,
    int head) {

  Statement withKind(QuoteKind newKind) {
    return new Statement(content, newKind, cue, cueSpan, speaker, tree, head);
  }

  Statement withContent(Span newContent, QuoteKind newKind) {
    return new Statement(newContent, newKind, cue, cueSpan, speaker, tree, head);
  }

  Statement withSpeaker(SpeakerResolver.Resolved newSpeaker, String newCue, Span newCueSpan) {
    return new Statement(content, kind, newCue, newCueSpan, newSpeaker, tree, head);
  }
}
