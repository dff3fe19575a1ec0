package dev.parallax.quotes;

import dev.parallax.annotate.Dependency;
import dev.parallax.resources.ResourceLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a dependent of a stance or speech verb is what the stance is about, and how far
 * that content reaches. Not a content: a phrase telling when ("called on Wednesday"), a sum or
 * number ("raised $2 million"), a relative pronoun standing alone, the listener of a verb of
 * speaking ("spoke to students"), and the plain object of a verb of seeing without its predicate
 * ("saw the tweet", but "saw the plan as a threat"). The word classes come from {@code
 * object-words.tsv}, the verb classes from {@code speech-cues.tsv}. Immutable and thread-safe.
 *
 * @param times heads of phrases telling when, lower case
 * @param relatives relative pronouns, lower case
 */
record StanceObjects(Set<String> times, Set<String> relatives) {
  private static final String RESOURCE = "object-words.tsv";

  StanceObjects {
    times = Set.copyOf(times);
    relatives = Set.copyOf(relatives);
  }

  static StanceObjects bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The content that dependent {@code c} of {@code cue} by relation {@code rel} stands for: {c, -1}
   * for its subtree, {first, last} for a token range, or null when it is no content.
   */
  int[] content(ParseTree tree, SpeechCues cues, int cue, int c, String rel) {
    String lemma = lower(tree.token(c).lemma());
    String pos = tree.token(c).pos();
    boolean bare = tree.subtree(c).size() == 1;
    boolean when = times.contains(lemma) && tree.child(c, "nmod") < 0 && tree.child(c, "acl") < 0;
    boolean number = "CD".equals(pos) || "$".equals(pos);
    if (when || number || bare && relatives.contains(lemma)) {
      return null;
    }
    String verb = lower(tree.token(cue).lemma());
    if (rel.equals("obl") && cues.isAddressed(verb) && "to".equals(caseOf(tree, c))) {
      return null;
    }
    if (rel.equals("obj") && cues.isPredicative(verb) && !hasPredicate(tree, cue, c)) {
      return null;
    }
    return new int[] {c, -1};
  }

  /** "see the plan as a threat", "consider him a genius", "see him win": a predicate is there. */
  private static boolean hasPredicate(ParseTree tree, int cue, int object) {
    if (tree.child(cue, "xcomp") >= 0 || tree.child(object, "acl") >= 0) {
      return true;
    }
    for (int head : new int[] {cue, object}) {
      for (Dependency d : tree.children(head)) {
        if ("as".equals(caseOf(tree, d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }

  static String caseOf(ParseTree tree, int noun) {
    int c = tree.child(noun, "case");
    return c < 0 ? "" : lower(tree.token(c).text());
  }

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }

  private static final class Holder {
    static final StanceObjects BUNDLED = load();

    private static StanceObjects load() {
      Set<String> times = new HashSet<>();
      Set<String> relatives = new HashSet<>();
      for (String[] row : ResourceLines.rows(StanceObjects.class, RESOURCE, 2)) {
        String word = lower(row[0]);
        switch (row[1]) {
          case "time" -> times.add(word);
          case "relative" -> relatives.add(word);
          default ->
              throw new IllegalStateException("unknown class in " + RESOURCE + ": " + row[1]);
        }
      }
      return new StanceObjects(times, relatives);
    }
  }
}
