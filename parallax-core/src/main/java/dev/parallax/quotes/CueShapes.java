package dev.parallax.quotes;

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
  static boolean isAdjunct(ParseTree tree, int cue) {
    String before = cue > 0 ? tree.token(cue - 1).text().toLowerCase(Locale.ROOT) : "";
    return "VBG".equals(tree.token(cue).pos()) && (before.equals(",") || before.equals("by"));
  }

  /** The root of the sentence above {@code token}. */
  static int root(ParseTree tree, int token) {
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
  static int[] passiveSubject(ParseTree tree, int cue) {
    int subject = tree.child(cue, "nsubj:pass");
    String pos = subject < 0 ? "" : String.valueOf(tree.token(subject).pos());
    // A pronoun ("it was approved") names what was said about too vaguely to be its content.
    boolean noun = pos.startsWith("NN");
    return noun && subject < cue ? new int[] {subject, -1} : null;
  }
}
