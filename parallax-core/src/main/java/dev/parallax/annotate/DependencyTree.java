package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Read-only navigation over the dependency tree of one parsed {@link Sentence}: heads, relations,
 * dependents, subtrees and the words that mark a phrase. Token arguments are indices into {@link
 * Sentence#tokens()}; a result of -1 means "no such token".
 *
 * <p>Heads, relations and dependents are computed once, on construction, so each lookup is O(1). A
 * token that no edge governs has head -1 and relation ""; the root's head is -1 too, and the
 * dependents of -1 are the roots. Were a token given two edges (a sentence carries the basic UD
 * tree, one per token), the first would count, as in {@link Sentence#headOf(int)}. Indices outside
 * the sentence have no head, relation or dependents; {@link #token(int)} rejects them.
 *
 * <p>Immutable and thread-safe. Two trees are equal when their sentences are.
 */
public final class DependencyTree {
  private final Sentence sentence;
  private final int[] heads;
  private final String[] relations;

  /** Dependents of each governor, the roots (governor -1) first: {@code below[governor + 1]}. */
  private final List<List<Dependency>> below;

  private final List<List<Integer>> children;

  public DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    heads = new int[n];
    relations = new String[n];
    boolean[] governed = new boolean[n];
    List<List<Dependency>> edges = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      edges.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      heads[i] = -1;
      relations[i] = "";
    }
    for (Dependency d : sentence.dependencies()) {
      if (!governed[d.dependent()]) {
        governed[d.dependent()] = true;
        heads[d.dependent()] = d.governor();
        relations[d.dependent()] = d.relation();
      }
      edges.get(d.governor() + 1).add(d);
    }
    List<List<Dependency>> dependents = new ArrayList<>();
    List<List<Integer>> indices = new ArrayList<>();
    for (List<Dependency> e : edges) {
      dependents.add(List.copyOf(e));
      indices.add(e.stream().map(Dependency::dependent).toList());
    }
    below = List.copyOf(dependents);
    children = List.copyOf(indices);
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return heads.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The lemma of token {@code i} (its text when not lemmatised), lower-case. */
  public String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /** The part-of-speech tag of token {@code i}, or "" when untagged. */
  public String pos(int i) {
    String pos = token(i).pos();
    return pos == null ? "" : pos;
  }

  /** Whether token {@code i} is tagged a verb ({@code VB*}). */
  public boolean isVerb(int i) {
    String pos = token(i).pos();
    return pos != null && pos.startsWith("VB");
  }

  /** Whether token {@code i} is punctuation: no letter or digit. */
  public boolean isPunct(int i) {
    String text = token(i).text();
    return !text.isEmpty() && text.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** The head of token {@code i}, or -1 for the root and an ungoverned token. */
  public int head(int i) {
    return i < 0 || i >= heads.length ? -1 : heads[i];
  }

  /** The relation of token {@code i} to its head, or "" when unparsed. */
  public String relation(int i) {
    return i < 0 || i >= relations.length ? "" : relations[i];
  }

  /** The dependents of token {@code i}, in edge order; unmodifiable. */
  public List<Integer> children(int i) {
    return i < -1 || i >= heads.length ? List.of() : children.get(i + 1);
  }

  /** The edges governed by token {@code i}, in edge order; unmodifiable. */
  public List<Dependency> dependents(int i) {
    return i < -1 || i >= heads.length ? List.of() : below.get(i + 1);
  }

  /**
   * The first dependent of {@code head} whose relation is {@code relation} or a subtype of it
   * ({@code "nsubj"} finds {@code nsubj:pass}), or -1.
   */
  public int child(int head, String relation) {
    for (Dependency d : dependents(head)) {
      if (isOrSubtype(d.relation(), relation)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The dependent of {@code head} by {@code relation} (or a subtype of it) nearest to it, the first
   * of equally near ones, or -1: a misparse can hang two subjects on one verb, and the one beside
   * the verb is its own.
   */
  public int nearestChild(int head, String relation) {
    int best = -1;
    for (Dependency d : dependents(head)) {
      boolean match = isOrSubtype(d.relation(), relation);
      if (match && (best < 0 || Math.abs(d.dependent() - head) < Math.abs(best - head))) {
        best = d.dependent();
      }
    }
    return best;
  }

  private static boolean isOrSubtype(String found, String relation) {
    return found.equals(relation) || found.startsWith(relation + ":");
  }

  /**
   * The first nominal dependent of {@code i} ({@code obl*} or {@code nmod*}) whose case marker has
   * the lemma {@code preposition}, or -1.
   */
  public int marked(int i, String preposition) {
    for (int c : children(i)) {
      if ((relations[c].startsWith("obl") || relations[c].startsWith("nmod"))
          && preposition.equals(caseLemma(c))) {
        return c;
      }
    }
    return -1;
  }

  /** The lower-case lemma of the case marker of {@code i} ("by"), or null when none. */
  public String caseLemma(int i) {
    int c = child(i, "case");
    return c < 0 ? null : lemma(c);
  }

  /**
   * The preposition marking {@code noun} as written ("for" in "for talks"), lower-case; "" when
   * none. Unlike {@link #caseLemma(int)}, the text, not the lemma.
   */
  public String caseWord(int noun) {
    return lowerChild(noun, "case");
  }

  /** The word marking clause {@code head} ("that", "for", "if"), lower-case; "" when none. */
  public String markWord(int head) {
    return lowerChild(head, "mark");
  }

  private String lowerChild(int head, String relation) {
    int c = child(head, relation);
    String text = c < 0 ? null : token(c).text();
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }

  /** Whether a dependent of {@code i} at most {@code depth} steps down has one of the lemmas. */
  public boolean hasLemmaWithin(int i, Set<String> lemmas, int depth) {
    for (int c : children(i)) {
      if (lemmas.contains(lemma(c)) || depth > 1 && hasLemmaWithin(c, lemmas, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code i} has a passive subject or auxiliary. */
  public boolean isPassive(int i) {
    return child(i, "nsubj:pass") >= 0 || child(i, "aux:pass") >= 0;
  }

  /** Token {@code i} followed by its conjuncts ("Kosovo and Albania"). */
  public List<Integer> withConjuncts(int i) {
    List<Integer> out = new ArrayList<>(List.of(i));
    for (int c : children(i)) {
      if (relations[c].equals("conj")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The nearest verb above {@code token}: its head, or the first verb up to {@code maxHops} steps
   * higher; -1 when none.
   */
  public int verbAbove(int token, int maxHops) {
    int verb = head(token);
    for (int hop = 0; hop < maxHops && verb >= 0 && !isVerb(verb); hop++) {
      verb = head(verb);
    }
    return verb >= 0 && isVerb(verb) ? verb : -1;
  }

  /** Token indices of the subtree of {@code root}, root included, depth first. */
  public List<Integer> subtree(int root) {
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
      stack.addAll(children(i));
    }
    return out;
  }

  /** The body span of the subtree of {@code root}, edge punctuation left out. */
  public Span subtreeSpan(int root) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int i : subtree(root)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
    return tokenSpan(first, last);
  }

  /** The span from token {@code first} to token {@code last}, punctuation trimmed at both ends. */
  public Span tokenSpan(int first, int last) {
    while (first < last && isPunct(first)) {
      first++;
    }
    while (last > first && isPunct(last)) {
      last--;
    }
    return new Span(token(first).start(), token(last).end());
  }

  /**
   * The highest token of the sentence inside {@code content}: the first, in edge order, whose head
   * lies outside it; punctuation aside. -1 when none.
   */
  public int headWithin(Span content) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof DependencyTree other && sentence.equals(other.sentence);
  }

  @Override
  public int hashCode() {
    return sentence.hashCode();
  }

  @Override
  public String toString() {
    return "DependencyTree[sentence=" + sentence + "]";
  }
}
