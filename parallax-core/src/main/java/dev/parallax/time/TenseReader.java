package dev.parallax.time;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import java.util.List;

/**
 * Reads the tense of the verb that governs a time expression: through the dependency parse when the
 * sentence has one, otherwise the nearest verb before the expression (after it when none precedes).
 * The verb group around that verb (auxiliaries, modals, adverbs) decides: a modal or a scheduling
 * verb is {@link Tense#FUTURE}; a past form or a perfect is {@link Tense#PAST}; a simple present
 * {@link Tense#PRESENT}.
 */
final class TenseReader {
  private final TimeLexicon lexicon;

  TenseReader(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tense governing tokens {@code first..last} (inclusive) of {@code sentence}. */
  Tense tenseOf(Sentence sentence, int first, int last) {
    for (int i = Math.max(0, first - 2); i < first; i++) {
      if (lexicon.isFutureAdjective(sentence.tokens().get(i).text())) {
        return Tense.FUTURE;
      }
    }
    int verb = sentence.isParsed() ? parsedGovernor(sentence, first) : -1;
    if (verb < 0) {
      verb = nearestVerb(sentence.tokens(), first, last);
    }
    return verb < 0 ? Tense.UNKNOWN : groupTense(sentence.tokens(), verb);
  }

  private static int parsedGovernor(Sentence sentence, int token) {
    int current = token;
    for (int steps = 0; steps < sentence.tokens().size(); steps++) {
      Dependency head = sentence.headOf(current);
      if (head == null || head.governor() < 0 || head.governor() == current) {
        return -1;
      }
      current = head.governor();
      if (isVerb(sentence.tokens().get(current))) {
        return current;
      }
    }
    return -1;
  }

  private static int nearestVerb(List<Token> tokens, int first, int last) {
    for (int i = first - 1; i >= 0; i--) {
      if (isVerb(tokens.get(i))) {
        return i;
      }
    }
    for (int i = last + 1; i < tokens.size(); i++) {
      if (isVerb(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private Tense groupTense(List<Token> tokens, int verb) {
    int from = verb;
    while (from > 0 && inGroup(tokens.get(from - 1))) {
      from--;
    }
    int to = verb;
    while (to + 1 < tokens.size() && inGroup(tokens.get(to + 1))) {
      to++;
    }
    boolean past = false;
    boolean perfect = false;
    boolean present = false;
    boolean participle = false;
    for (int i = from; i <= to; i++) {
      Token t = tokens.get(i);
      String pos = t.pos() == null ? "" : t.pos();
      // Any modal points forward: "could come as early as Tuesday", "would meet on Friday";
      // but a modal with the perfect looks back: "may have fallen on Wednesday".
      if (pos.equals("MD")) {
        return perfectAfter(tokens, i, to) ? Tense.PAST : Tense.FUTURE;
      }
      if (lexicon.isFuture(t.text()) && pos.startsWith("VB")) {
        return Tense.FUTURE;
      }
      past |= pos.equals("VBD");
      present |= pos.equals("VBZ") || pos.equals("VBP");
      participle |= pos.equals("VBN");
      perfect |= lexicon.isPerfect(t.text()) && nextIs(tokens, i, to, "VBN");
    }
    if (past || perfect) {
      return Tense.PAST;
    }
    // A bare participle modifies a noun with something done: "the year ended March 31".
    return present ? Tense.PRESENT : participle ? Tense.PAST : Tense.UNKNOWN;
  }

  private boolean perfectAfter(List<Token> tokens, int i, int to) {
    for (int j = i + 1; j <= to; j++) {
      if (lexicon.isPerfect(tokens.get(j).text()) && nextIs(tokens, j, to, "VBN")) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextIs(List<Token> tokens, int i, int to, String pos) {
    for (int j = i + 1; j <= to; j++) {
      if (pos.equals(tokens.get(j).pos())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  private static boolean inGroup(Token t) {
    String pos = t.pos();
    return pos != null
        && (pos.startsWith("VB") || pos.equals("MD") || pos.equals("RB") || pos.equals("TO"));
  }
}
