package dev.parallax.events;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Read-only navigation over one parsed sentence: heads, dependents, lemmas and cases. */
final class DepGraph {
  /** Relations that leave a noun phrase: its span for actor lookup stops there. */
  private static final Set<String> OUTSIDE_PHRASE =
      Set.of("conj", "cc", "acl", "acl:relcl", "punct", "parataxis", "appos", "advcl", "dep");

  private static final int NEAR = 3;

  /** Prepositions whose phrase names the circumstances of a noun, not what the noun is. */
  private static final Set<String> CIRCUMSTANCE_CASES =
      Set.of("on", "despite", "after", "before", "during", "under", "according");

  private final Sentence sentence;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  DepGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    heads = new int[n];
    relations = new String[n];
    children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      heads[i] = -1;
      relations[i] = "";
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      heads[d.dependent()] = d.governor();
      relations[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return heads.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String pos = token(i).pos();
    return pos == null ? "" : pos;
  }

  int head(int i) {
    return heads[i];
  }

  String relation(int i) {
    return relations[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first dependent of {@code i} whose relation is {@code relation} or a subtype of it. */
  int child(int i, String relation) {
    for (int c : children.get(i)) {
      if (relations[c].equals(relation) || relations[c].startsWith(relation + ":")) {
        return c;
      }
    }
    return -1;
  }

  /** The first nominal dependent of {@code i} (obl or nmod) marked by the preposition. */
  int marked(int i, String preposition) {
    for (int c : children.get(i)) {
      if ((relations[c].startsWith("obl") || relations[c].startsWith("nmod"))
          && preposition.equals(caseOf(c))) {
        return c;
      }
    }
    return -1;
  }

  /** The lemma of the case marker of {@code i}, or null. */
  String caseOf(int i) {
    int c = child(i, "case");
    return c < 0 ? null : lemma(c);
  }

  /**
   * Whether a dependent of {@code i} within three steps has one of the lemmas: deep enough for
   * "called [the arrest [of [the national a flagrant incident]]]", where the parser hangs the
   * predicate noun under the object.
   */
  boolean hasNear(int i, Set<String> lemmas) {
    return hasWithin(i, lemmas, NEAR);
  }

  private boolean hasWithin(int i, Set<String> lemmas, int depth) {
    for (int c : children.get(i)) {
      if (lemmas.contains(lemma(c)) || depth > 1 && hasWithin(c, lemmas, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  boolean isPassive(int i) {
    return child(i, "nsubj:pass") >= 0 || child(i, "aux:pass") >= 0;
  }

  /** Token {@code i} followed by its conjuncts ("Kosovo and Albania"). */
  List<Integer> withConjuncts(int i) {
    List<Integer> out = new ArrayList<>(List.of(i));
    for (int c : children.get(i)) {
      if (relations[c].equals("conj")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether {@code i} is a noun's modifier that names circumstances, and so someone else ("the pair
   * [on the orders of the president]").
   */
  boolean namesSomeoneElse(int i) {
    String marker = relations[i].startsWith("nmod") ? caseOf(i) : null;
    return marker != null && CIRCUMSTANCE_CASES.contains(marker);
  }

  /**
   * Start and end offsets of the phrase headed by {@code i}, without clauses, conjuncts and
   * modifiers that name someone else ("the pair [on the orders of the president]"); "of", "in",
   * "to" phrases stay ("the Ministry of Foreign Affairs in Chisinau", "assistance to Serbia").
   */
  int[] phrase(int i) {
    int[] span = {token(i).start(), token(i).end()};
    for (int c : children.get(i)) {
      if (!OUTSIDE_PHRASE.contains(relations[c]) && !namesSomeoneElse(c)) {
        int[] inner = phrase(c);
        span[0] = Math.min(span[0], inner[0]);
        span[1] = Math.max(span[1], inner[1]);
      }
    }
    return span;
  }
}
