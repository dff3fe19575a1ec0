package dev.parallax.quotes;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a dependent of a stance or speech verb is what the stance is about, and how far
 * that content reaches. Not a content: a phrase telling when ("called on Wednesday"), a sum or
 * number ("raised $2 million"), a relative pronoun standing alone, the listener of a verb of
 * speaking ("spoke to students"), and the plain object of a verb of seeing without its predicate
 * ("saw the tweet", but "saw the plan as a threat"). An object followed by its own predicate phrase
 * ("accused him of lying") takes that phrase in. The word classes come from {@code
 * object-words.tsv}, the verb classes from {@code speech-cues.tsv}. Immutable and thread-safe.
 *
 * @param times heads of phrases telling when, lower case
 * @param relatives relative pronouns, lower case
 * @param predicates prepositions that open the predicate of an object, lower case
 */
public record StanceObjects(Set<String> times, Set<String> relatives, Set<String> predicates) {
  /** The word classes, one row per word and class. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "quotes/object-words.tsv",
          "Words that decide whether the object of a stance verb is its content: times, relative"
              + " pronouns, predicate prepositions",
          Column.text("word").asKey(),
          Column.kind("class", "time", "relative", "predicate").asKey());

  public StanceObjects {
    times = Set.copyOf(times);
    relatives = Set.copyOf(relatives);
    predicates = Set.copyOf(predicates);
  }

  /** The word classes of {@code rules}. */
  static StanceObjects of(Rules rules) {
    return rules.lexicon(StanceObjects.class, StanceObjects::load);
  }

  static StanceObjects bundled() {
    return of(Rules.bundled());
  }

  /**
   * The content that dependent {@code c} of {@code cue} by relation {@code rel} stands for: {c, -1}
   * for its subtree, {first, last} for a token range, or null when it is no content.
   */
  int[] content(DependencyTree tree, SpeechCues cues, int cue, int c, String rel) {
    String lemma = lower(tree.token(c).lemma());
    String pos = tree.token(c).pos();
    boolean bare = tree.subtree(c).size() == 1;
    boolean when = times.contains(lemma) && tree.child(c, "nmod") < 0 && tree.child(c, "acl") < 0;
    boolean number = "CD".equals(pos) || "$".equals(pos);
    if (when || number || bare && relatives.contains(lemma)) {
      return null;
    }
    String verb = lower(tree.token(cue).lemma());
    if (rel.equals("obl") && cues.isAddressed(verb) && "to".equals(tree.caseWord(c))) {
      return null;
    }
    if (!rel.equals("obj")) {
      return new int[] {c, -1};
    }
    if (cues.isPredicative(verb) && !hasPredicate(tree, cue, c)) {
      return null;
    }
    return extent(tree, cue, c);
  }

  /** "see the plan as a threat", "consider him a genius", "see him win": a predicate is there. */
  private static boolean hasPredicate(DependencyTree tree, int cue, int object) {
    if (tree.child(cue, "xcomp") >= 0 || tree.child(object, "acl") >= 0) {
      return true;
    }
    for (int head : new int[] {cue, object}) {
      for (Dependency d : tree.dependents(head)) {
        if ("as".equals(tree.caseWord(d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The object with the predicate phrases that follow it right away ("accused Smith of lying",
   * "blamed the board for the delay"); a phrase with a noun subject of its own ("with experts
   * offering ...") is a clause of its own, not the object's predicate.
   */
  private int[] extent(DependencyTree tree, int cue, int object) {
    List<Integer> sub = tree.subtree(object);
    int first = sub.stream().min(Integer::compare).orElse(object);
    int last = sub.stream().max(Integer::compare).orElse(object);
    int end = last;
    for (Dependency d : tree.dependents(cue)) {
      int x = d.dependent();
      boolean phrase = d.relation().startsWith("obl") || d.relation().startsWith("advcl");
      String opener = tree.caseWord(x).isEmpty() ? tree.markWord(x) : tree.caseWord(x);
      if (x <= end || !phrase || !predicates.contains(opener) || hasNounSubject(tree, x)) {
        continue;
      }
      List<Integer> more = tree.subtree(x);
      int from = more.stream().min(Integer::compare).orElse(x);
      if (from == end + 1 || from == end + 2 && tree.isPunct(end + 1)) {
        end = more.stream().max(Integer::compare).orElse(x);
      }
    }
    return end > last ? new int[] {first, end} : new int[] {object, -1};
  }

  /** A subject that is a noun, not a gerund the parser took for one ("for failing to act"). */
  private static boolean hasNounSubject(DependencyTree tree, int head) {
    int subject = tree.child(head, "nsubj");
    String pos = subject < 0 ? null : tree.token(subject).pos();
    return pos != null && (pos.startsWith("NN") || pos.startsWith("PRP"));
  }

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }

  private static StanceObjects load(Rules rules) {
    Set<String> times = new HashSet<>();
    Set<String> relatives = new HashSet<>();
    Set<String> predicates = new HashSet<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      String word = lower(row.text("word"));
      switch (row.text("class")) {
        case "time" -> times.add(word);
        case "relative" -> relatives.add(word);
        default -> predicates.add(word);
      }
    }
    return new StanceObjects(times, relatives, predicates);
  }
}
