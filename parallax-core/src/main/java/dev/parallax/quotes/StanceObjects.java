package dev.parallax.quotes;

import dev.parallax.resources.ResourceLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a dependent of a stance or speech verb is what the stance is about, and how far
 * that content reaches. Not a content: a phrase telling when ("called on Wednesday"), a sum or
 * number ("raised $2 million"), a relative pronoun standing alone, the listener of a verb of
 * speaking ("spoke to students"). The word classes come from {@code object-words.tsv}, the verb
 * classes from {@code speech-cues.tsv}. Immutable and thread-safe.
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
    return new int[] {c, -1};
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
