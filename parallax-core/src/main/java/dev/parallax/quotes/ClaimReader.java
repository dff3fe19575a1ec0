package dev.parallax.quotes;

import dev.parallax.actors.ActorKey;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the proposition of a statement from the parse of its content: the main verb's lemma, its
 * subject and object, and whether it is negated. A copula ("the ban is illegal") gives the
 * predicate {@code be} and the predicate phrase as object.
 */
final class ClaimReader {
  private static final Set<String> NEGATORS =
      Set.of("no", "not", "n't", "never", "none", "neither");
  private static final List<String> OBJECTS = List.of("obj", "xcomp", "obl", "iobj");

  private ClaimReader() {}

  static Claim read(Statement st, String body) {
    DependencyTree tree = st.tree();
    int head = st.head() >= 0 ? st.head() : tree == null ? -1 : tree.headWithin(st.content());
    if (tree == null || head < 0 || !tree.sentence().isParsed()) {
      return null;
    }
    ActorKey key = st.speaker() == null ? null : st.speaker().key();
    String name = st.speaker() == null ? null : st.speaker().name();
    int subject = tree.child(head, "nsubj");
    String subjectText = subject < 0 ? null : tree.subtreeSpan(subject).of(body);
    boolean negated = hasNegation(tree, head);
    String predicate;
    int object;
    if (tree.child(head, "cop") >= 0) {
      predicate = "be";
      object = head;
    } else {
      Token t = tree.token(head);
      predicate = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
      object = firstObject(tree, head);
    }
    String objectText = "";
    if (object >= 0) {
      negated |= object != head && hasNegation(tree, object);
      objectText = objectText(tree, object, head == object);
    }
    return new Claim(key, name, subjectText, predicate, objectText, negated);
  }

  /** Whether {@code head} has a negating dependent ("not", "n't", "never", "no"). */
  private static boolean hasNegation(DependencyTree tree, int head) {
    for (Dependency d : tree.dependents(head)) {
      String w = tree.token(d.dependent()).text().toLowerCase(Locale.ROOT);
      if (d.relation().equals("neg")
          || (d.relation().equals("advmod") || d.relation().equals("det"))
              && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no"))) {
        return true;
      }
    }
    return false;
  }

  private static int firstObject(DependencyTree tree, int head) {
    for (String rel : OBJECTS) {
      int c = tree.child(head, rel);
      if (c >= 0) {
        return c;
      }
    }
    return -1;
  }

  /** The object phrase without negators, and for a copula without subject, copula and clauses. */
  private static String objectText(DependencyTree tree, int object, boolean copular) {
    StringBuilder out = new StringBuilder();
    for (int i : tree.subtree(object).stream().sorted().toList()) {
      String rel = tree.relation(i);
      boolean skip =
          copular
              && i != object
              && tree.head(i) == object
              && (rel.startsWith("nsubj")
                  || rel.equals("cop")
                  || rel.startsWith("advcl")
                  || rel.equals("mark")
                  || rel.equals("punct")
                  || rel.equals("conj")
                  || rel.equals("cc"));
      String word = tree.token(i).text();
      if (skip || NEGATORS.contains(word.toLowerCase(Locale.ROOT)) || tree.isPunct(i)) {
        continue;
      }
      if (copular && tree.head(i) != object && i != object && !inPhrase(tree, i, object)) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }

  /** Whether token {@code i} hangs from {@code object} through kept relations only. */
  private static boolean inPhrase(DependencyTree tree, int i, int object) {
    int at = i;
    while (at >= 0 && tree.head(at) != object) {
      at = tree.head(at);
    }
    String rel = at < 0 ? "" : tree.relation(at);
    return !(rel.startsWith("nsubj") || rel.startsWith("advcl") || rel.equals("conj"));
  }
}
