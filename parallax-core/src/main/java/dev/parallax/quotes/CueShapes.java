package dev.parallax.quotes;

import dev.parallax.annotate.DependencyTree;
import java.util.List;
import java.util.Locale;

/**
 * Shapes of a cue the parse leaves without a complement: a participle of saying set after a comma
 * or "by", and a passive cue whose subject is what was said about. Stateless.
 */
final class CueShapes {
  private CueShapes() {}

  /**
   * "..., saying the port would close", "opened by saying the dam was sound": a participle of
   * saying after a comma or "by", whose clause the parser often hangs elsewhere.
   */
  static boolean isAdjunct(DependencyTree tree, int cue) {
    String before = cue > 0 ? tree.token(cue - 1).text().toLowerCase(Locale.ROOT) : "";
    return "VBG".equals(tree.token(cue).pos()) && (before.equals(",") || before.equals("by"));
  }

  /** The root of the sentence above {@code token}. */
  static int root(DependencyTree tree, int token) {
    int top = token;
    for (int hop = 0; hop < tree.size() && tree.head(top) >= 0; hop++) {
      top = tree.head(top);
    }
    return top;
  }

  /**
   * "A new toll was proposed", "the plan was backed by most members": a passive cue with no
   * complement reports its passive subject, when a noun.
   */
  static int[] passiveSubject(DependencyTree tree, int cue) {
    int subject = tree.child(cue, "nsubj:pass");
    String pos = subject < 0 ? "" : String.valueOf(tree.token(subject).pos());
    // A pronoun ("it was approved") names what was said about too vaguely to be its content.
    boolean noun = pos.startsWith("NN");
    return noun && subject < cue ? new int[] {subject, -1} : null;
  }

  /**
   * "It would take weeks, he said, and ...": a cue the parser leaves as a loose dependent between
   * two commas is set into the sentence like a parenthetical, its content around it.
   */
  static boolean isBracketedDep(DependencyTree tree, int cue) {
    if (!tree.relation(cue).equals("dep")) {
      return false;
    }
    // The parser often hangs the commas themselves on the cue.
    List<Integer> sub = tree.subtree(cue).stream().filter(i -> !tree.isPunct(i)).toList();
    int first = sub.stream().min(Integer::compare).orElse(cue);
    int last = sub.stream().max(Integer::compare).orElse(cue);
    return first > 0
        && last == cue
        && last + 1 < tree.size()
        && tree.token(first - 1).text().equals(",")
        && tree.token(last + 1).text().equals(",");
  }
}
