package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Separates reported statements that the parse nests but the text coordinates: "The agency said it
 * would act, and the council said it would wait" holds two attributions, yet a parser often hangs
 * the second clause inside the first one's complement. A cue preceded by a coordinator and at most
 * a short noun phrase (its own subject) ends the content of the statement around it, so both are
 * kept. Stateless.
 */
final class NestedStatements {
  /** Words that join a second attribution to the first. */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "though", "although");

  /** Tags of the words of a short subject noun phrase (also the one after a trailing comma). */
  static final Set<String> SUBJECT_TAGS =
      Set.of("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "POS", "HYPH");

  /** Finite verb tags. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Tokens that end the words reported after a relative cue. */
  private static final Set<String> STOPS = Set.of(",", ":", ";", "--", "—", "–", "(", ".");

  /** Most words of that subject. */
  private static final int MAX_SUBJECT = 6;

  private NestedStatements() {}

  /** {@code found} with every statement cut before a coordinated attribution inside it. */
  static List<Statement> separate(List<Statement> found) {
    List<Statement> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Statement inner = out.get(i);
      int cue = cueIndex(inner);
      int coordinator = cue < 0 || !isClausal(inner) ? -1 : coordinatorBefore(inner.tree(), cue);
      if (coordinator < 0) {
        continue;
      }
      DependencyTree tree = inner.tree();
      boolean shared = sharesSubject(tree, coordinator, cue);
      for (int j = 0; j < out.size(); j++) {
        Statement outer = out.get(j);
        int outerCue = cueIndex(outer);
        if (j == i
            || outerCue < 0
            || !outer.tree().isVerb(outerCue)
            || outer.content().start() >= tree.token(coordinator).start()
            || !outer.content().contains(inner.cueSpan())
            || shared && !sameForm(outer, outerCue, cue)) {
          continue;
        }
        out.set(j, outer.withContent(cut(tree, outer.content(), coordinator), outer.kind()));
        if (shared) {
          out.set(i, inner.withSpeaker(outer.speaker(), inner.cue(), inner.cueSpan()));
        }
      }
    }
    return out;
  }

  /**
   * "The mayor said she had read the report and called it thin": a second verb with no subject of
   * its own is the outer speaker's only when it is joined to the outer content's head, in the same
   * finite form as the outer cue; otherwise it goes on with the inner clause ("Guards say the man
   * ran and refused to halt").
   */
  private static boolean sameForm(Statement outer, int outerCue, int cue) {
    DependencyTree tree = outer.tree();
    String pos = tree.token(outerCue).pos();
    boolean joined = tree.relation(cue).startsWith("conj") && tree.head(cue) == outer.head();
    return joined && FINITE.contains(pos) && pos.equals(tree.token(cue).pos());
  }

  private static boolean sharesSubject(DependencyTree tree, int coordinator, int cue) {
    for (int k = coordinator + 1; k < cue; k++) {
      if (!"RB".equals(tree.token(k).pos())) {
        return false;
      }
    }
    return true;
  }

  /** The content from its start to the word before the coordinator, punctuation trimmed. */
  private static Span cut(DependencyTree tree, Span content, int coordinator) {
    int first = coordinator - 1;
    while (first > 0 && tree.token(first - 1).start() >= content.start()) {
      first--;
    }
    return tree.tokenSpan(first, coordinator - 1);
  }

  /**
   * The coordinator before the cue's subject ("..., and the council said"), or -1 when the cue is
   * not the first verb of a coordinated clause with its own subject.
   */
  private static int coordinatorBefore(DependencyTree tree, int cue) {
    int k = wordBeforeSubject(tree, cue);
    int subject = tree.nearestChild(cue, "nsubj");
    if (k < 1 || subject >= 0 && subject < k) {
      return -1;
    }
    String word = tree.token(k).text().toLowerCase(Locale.ROOT);
    return COORDINATORS.contains(word) ? k : -1;
  }

  /**
   * The word before the cue's subject noun phrase and adverbs, read from the tags, or -1 when that
   * phrase is longer than a subject.
   */
  private static int wordBeforeSubject(DependencyTree tree, int cue) {
    int k = cue - 1;
    while (k >= 0 && "RB".equals(tree.token(k).pos())) {
      k--;
    }
    int subjectWords = 0;
    while (k >= 0 && subjectWords <= MAX_SUBJECT && isSubjectWord(tree, k)) {
      k--;
      subjectWords++;
    }
    return subjectWords > MAX_SUBJECT ? -1 : k;
  }

  /**
   * "a fee amounting to what the tenants said was a penalty", "the dam, which the builders claimed
   * now holds": a cue after a relative "what" or "which" and its subject reports the words after
   * it, up to the next comma, colon, dash or coordinator ("as" left out: "what the critics
   * described as ..."). Returns {first, last} or null when the cue is not in that form or no
   * predicate follows.
   */
  static int[] afterRelative(DependencyTree tree, int cue) {
    if (!isRelativeAttribution(tree, cue)) {
      return null;
    }
    int from = cue + 1;
    boolean as = from < tree.size() && tree.token(from).text().equalsIgnoreCase("as");
    if (as) {
      from++;
    }
    int last = from - 1;
    boolean verb = false;
    while (last + 1 < tree.size()
        && !STOPS.contains(tree.token(last + 1).text())
        && !"CC".equals(tree.token(last + 1).pos())) {
      last++;
      verb |= tree.isVerb(last);
    }
    while (last >= from && tree.isPunct(last)) {
      last--;
    }
    return last > from && (verb || as) ? new int[] {from, last} : null;
  }

  /** Whether the cue follows a relative "what" or "which" and its own subject. */
  static boolean isRelativeAttribution(DependencyTree tree, int cue) {
    int k = wordBeforeSubject(tree, cue);
    if (k < 0 || sharesSubject(tree, k, cue)) {
      return false;
    }
    String word = tree.token(k).text().toLowerCase(Locale.ROOT);
    return word.equals("what") || word.equals("which");
  }

  /** A statement read by {@link #afterRelative}: PolNeAR marks it inside the one around it. */
  static boolean isRelativeAttribution(Statement st) {
    int cue = cueIndex(st);
    return cue >= 0 && isRelativeAttribution(st.tree(), cue);
  }

  /**
   * A statement whose content is a clause ("warned that ..."), not the topic of a stance ("wondered
   * about the budget"), which stays part of the statement around it.
   */
  private static boolean isClausal(Statement st) {
    return st.head() < 0 || !st.tree().relation(st.head()).startsWith("obl");
  }

  private static boolean isSubjectWord(DependencyTree tree, int i) {
    String pos = tree.token(i).pos();
    return pos != null
        && SUBJECT_TAGS.contains(pos)
        && !COORDINATORS.contains(tree.token(i).text().toLowerCase(Locale.ROOT))
        && !tree.token(i).text().equalsIgnoreCase("that");
  }

  private static int cueIndex(Statement st) {
    if (st.tree() == null || st.cueSpan() == null || !st.tree().sentence().isParsed()) {
      return -1;
    }
    for (int i = 0; i < st.tree().size(); i++) {
      if (st.tree().token(i).span().equals(st.cueSpan())) {
        return i;
      }
    }
    return -1;
  }
}
