package dev.parallax.quotes;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads subtrees and children of one parsed sentence. Immutable. */
record ParseTree(Sentence sentence) {

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  int size() {
    return sentence.tokens().size();
  }

  /** The first child of {@code head} whose relation starts with {@code relation}, or -1. */
  int child(int head, String relation) {
    for (Dependency d : sentence.dependentsOf(head)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The dependent of {@code head} by {@code relation} nearest to it, or -1: a misparse can hang two
   * subjects on one verb, and the one beside the verb is its own.
   */
  int nearestChild(int head, String relation) {
    int best = -1;
    for (Dependency d : sentence.dependentsOf(head)) {
      boolean match = d.relation().equals(relation) || d.relation().startsWith(relation + ":");
      if (match && (best < 0 || Math.abs(d.dependent() - head) < Math.abs(best - head))) {
        best = d.dependent();
      }
    }
    return best;
  }

  List<Dependency> children(int head) {
    return sentence.dependentsOf(head);
  }

  /** The relation of token {@code i} to its head, or "" when unparsed. */
  String relation(int i) {
    Dependency d = sentence.headOf(i);
    return d == null ? "" : d.relation();
  }

  int head(int i) {
    Dependency d = sentence.headOf(i);
    return d == null ? -1 : d.governor();
  }

  /** Token indices of the subtree of {@code root}, root included. */
  List<Integer> subtree(int root) {
    List<Integer> out = new ArrayList<>();
    List<Integer> stack = new ArrayList<>(List.of(root));
    boolean[] seen = new boolean[size()];
    while (!stack.isEmpty()) {
      int i = stack.remove(stack.size() - 1);
      if (i < 0 || i >= seen.length || seen[i]) {
        continue;
      }
      seen[i] = true;
      out.add(i);
      for (Dependency d : sentence.dependentsOf(i)) {
        stack.add(d.dependent());
      }
    }
    return out;
  }

  /** The body span of the subtree of {@code root}, edge punctuation left out. */
  Span subtreeSpan(int root) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int i : subtree(root)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
    return tokenSpan(first, last);
  }

  /** The span from token {@code first} to token {@code last}, punctuation trimmed at both ends. */
  Span tokenSpan(int first, int last) {
    while (first < last && isPunct(first)) {
      first++;
    }
    while (last > first && isPunct(last)) {
      last--;
    }
    return new Span(token(first).start(), token(last).end());
  }

  boolean isPunct(int i) {
    String text = token(i).text();
    return !text.isEmpty() && text.chars().noneMatch(Character::isLetterOrDigit);
  }

  boolean isVerb(int i) {
    String pos = token(i).pos();
    return pos != null && pos.startsWith("VB");
  }

  /**
   * The nearest verb above {@code token}: its head, or the first verb up to {@code maxHops} steps
   * higher; -1 when none.
   */
  int verbAbove(int token, int maxHops) {
    int verb = head(token);
    for (int hop = 0; hop < maxHops && verb >= 0 && !isVerb(verb); hop++) {
      verb = head(verb);
    }
    return verb >= 0 && isVerb(verb) ? verb : -1;
  }

  /** The preposition marking {@code noun} ("for" in "for talks"), lower-case; "" when none. */
  String caseWord(int noun) {
    return lowerChild(noun, "case");
  }

  /** The word marking clause {@code head} ("that", "for", "if"), lower-case; "" when none. */
  String markWord(int head) {
    return lowerChild(head, "mark");
  }

  private String lowerChild(int head, String relation) {
    int c = child(head, relation);
    String text = c < 0 ? null : token(c).text();
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }

  boolean hasNegation(int head) {
    for (Dependency d : sentence.dependentsOf(head)) {
      String w = token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("neg")
          || (d.relation().equals("advmod") || d.relation().equals("det"))
              && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no"))) {
        return true;
      }
    }
    return false;
  }

  /** The highest token of the sentence inside {@code content}: its head lies outside. */
  int headWithin(Span content) {
    for (Dependency d : sentence.dependencies()) {
      Token t = token(d.dependent());
      boolean inside = content.contains(t.span());
      boolean governorOutside = d.governor() < 0 || !content.contains(token(d.governor()).span());
      if (inside && governorOutside && !isPunct(d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }
}
