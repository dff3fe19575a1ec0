package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Token;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statements attributed by a phrase rather than a verb: "according to the ministry, ..." and the
 * headline or transcript colon ("SMITH: ...", "Zakharova: ...").
 */
final class PhraseStatements {
  /** Most words a name before a headline colon may have. */
  private static final int MAX_COLON_SOURCE = 5;

  private final SpeechCues cues;
  private final SpeakerResolver speakers;
  private final QuoteScope scope;

  PhraseStatements(SpeechCues cues, SpeakerResolver speakers, QuoteScope scope) {
    this.cues = cues;
    this.speakers = speakers;
    this.scope = scope;
  }

  /** "according to X": the rest of the sentence is X's statement. */
  List<Statement> fromPhrases(DependencyTree tree) {
    List<Statement> out = new ArrayList<>();
    for (List<String> phrase : cues.phrases()) {
      for (int i = 0; i + phrase.size() < tree.size(); i++) {
        if (matches(tree, i, phrase)) {
          Statement st = phraseStatement(tree, i, phrase.size());
          if (st != null) {
            out.add(st);
          }
        }
      }
    }
    return out;
  }

  /**
   * "Zakharova: Kosovo's move is illegal", the headline and transcript form: a short name without a
   * verb, a colon, then the statement.
   */
  Statement fromColon(DependencyTree tree) {
    int colon = -1;
    for (int i = 1; i <= MAX_COLON_SOURCE && i < tree.size(); i++) {
      if (tree.token(i).text().equals(":")) {
        colon = i;
        break;
      }
      if (tree.isVerb(i) || tree.isPunct(i)) {
        return null;
      }
    }
    if (colon < 0
        || tree.size() - colon < 4
        || !Character.isUpperCase(tree.token(0).text().charAt(0))) {
      return null;
    }
    Span source = tree.tokenSpan(0, colon - 1);
    SpeakerResolver.Resolved speaker = speakers.ofSpan(source, tree.sentence().index());
    // Without a known actor, only a transcript's capitalised speaker ("SMITH:") is a source: a
    // title-case lead ("Little Relief for Refugees:") is a headline or a list.
    boolean transcript = scope == QuoteScope.ATTRIBUTIONS;
    for (int i = 0; i < colon; i++) {
      String word = tree.token(i).text();
      transcript &= word.equals(word.toUpperCase(Locale.ROOT));
    }
    if (speaker.mention() == null && !transcript) {
      return null;
    }
    Token mark = tree.token(colon);
    Span content = tree.tokenSpan(colon + 1, tree.size() - 1);
    return new Statement(content, QuoteKind.INDIRECT, ":", mark.span(), speaker, tree, -1);
  }

  private static boolean matches(DependencyTree tree, int at, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!tree.token(at + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private Statement phraseStatement(DependencyTree tree, int at, int length) {
    int n = tree.size();
    int sourceStart = at + length;
    int sourceEnd = sourceStart;
    while (sourceEnd + 1 < n && !tree.token(sourceEnd + 1).text().equals(",")) {
      sourceEnd++;
    }
    if (tree.isPunct(sourceStart)) {
      return null;
    }
    Span content;
    if (at > 0) {
      content = tree.tokenSpan(0, at - 1);
    } else if (sourceEnd + 2 < n) {
      content = tree.tokenSpan(sourceEnd + 2, n - 1);
    } else {
      return null;
    }
    Span source = tree.tokenSpan(sourceStart, sourceEnd);
    Span cueSpan = new Span(tree.token(at).start(), tree.token(at + length - 1).end());
    String cue =
        tree.sentence().tokens().subList(at, at + length).stream()
            .map(Token::text)
            .reduce((a, b) -> a + " " + b)
            .orElse("");
    SpeakerResolver.Resolved speaker = speakers.ofSpan(source, tree.sentence().index());
    return new Statement(content, QuoteKind.INDIRECT, cue, cueSpan, speaker, tree, -1);
  }
}
