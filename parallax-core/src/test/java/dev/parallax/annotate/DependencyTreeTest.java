package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {
  /** "The envoys were expelled by Moldova and Kosovo , officials said ." */
  private static final String[][] WORDS = {
    {"The", "the", "DT"},
    {"envoys", "envoy", "NNS"},
    {"were", "be", "VBD"},
    {"expelled", "expel", "VBN"},
    // lemma set apart from the text, to tell the case marker's two readings apart
    {"By", "through", "IN"},
    {"Moldova", null, "NNP"},
    {"and", "and", "CC"},
    {"Kosovo", null, "NNP"},
    {",", ",", ","},
    {"officials", "official", "NNS"},
    {"said", "say", "VBD"},
    {".", ".", "."},
  };

  private static final List<Dependency> EDGES =
      List.of(
          new Dependency(1, 0, "det"),
          new Dependency(3, 1, "nsubj:pass"),
          new Dependency(3, 2, "aux:pass"),
          new Dependency(10, 3, "ccomp"),
          new Dependency(5, 4, "case"),
          new Dependency(3, 5, "obl"),
          new Dependency(7, 6, "cc"),
          new Dependency(5, 7, "conj"),
          new Dependency(10, 8, "punct"),
          new Dependency(10, 9, "nsubj"),
          new Dependency(-1, 10, "root"),
          new Dependency(10, 11, "punct"));

  private static Sentence sentence(List<Dependency> edges) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < WORDS.length; i++) {
      String w = WORDS[i][0];
      tokens.add(new Token(i, offset, offset + w.length(), w, WORDS[i][1], WORDS[i][2], "O"));
      offset += w.length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, edges);
  }

  private final DependencyTree tree = new DependencyTree(sentence(EDGES));

  @Test
  void headsRelationsAndDependentsInEdgeOrder() {
    assertThat(tree.size()).isEqualTo(12);
    assertThat(tree.head(1)).isEqualTo(3);
    assertThat(tree.relation(1)).isEqualTo("nsubj:pass");
    assertThat(tree.head(10)).isEqualTo(-1);
    assertThat(tree.relation(10)).isEqualTo("root");
    assertThat(tree.children(10)).containsExactly(3, 8, 9, 11);
    assertThat(tree.dependents(3)).extracting(Dependency::dependent).containsExactly(1, 2, 5);
    assertThat(tree.children(-1)).containsExactly(10);
    assertThat(tree.dependents(-1)).containsExactly(new Dependency(-1, 10, "root"));
  }

  @Test
  void indicesOutsideTheSentenceHaveNoHeadRelationOrDependents() {
    assertThat(tree.head(-1)).isEqualTo(-1);
    assertThat(tree.relation(-1)).isEmpty();
    assertThat(tree.head(99)).isEqualTo(-1);
    assertThat(tree.relation(99)).isEmpty();
    assertThat(tree.children(99)).isEmpty();
    assertThat(tree.dependents(-2)).isEmpty();
    assertThat(tree.child(99, "nsubj")).isEqualTo(-1);
  }

  @Test
  void anUnparsedSentenceHasNoEdges() {
    DependencyTree bare = new DependencyTree(sentence(List.of()));
    assertThat(bare.head(3)).isEqualTo(-1);
    assertThat(bare.relation(3)).isEmpty();
    assertThat(bare.children(3)).isEmpty();
    assertThat(bare.headWithin(bare.sentence().span())).isEqualTo(-1);
  }

  @Test
  void aTokenGivenTwoEdgesTakesTheFirstAsItsHead() {
    List<Dependency> edges = new ArrayList<>(EDGES);
    edges.add(new Dependency(9, 3, "dep"));
    DependencyTree twice = new DependencyTree(sentence(edges));
    assertThat(twice.head(3)).isEqualTo(10);
    assertThat(twice.relation(3)).isEqualTo("ccomp");
    assertThat(twice.children(9)).containsExactly(3);
  }

  @Test
  void childMatchesTheRelationOrASubtypeOfIt() {
    assertThat(tree.child(3, "nsubj")).isEqualTo(1);
    assertThat(tree.child(3, "aux")).isEqualTo(2);
    assertThat(tree.child(3, "nsubj:p")).isEqualTo(-1);
    assertThat(tree.child(3, "obj")).isEqualTo(-1);
    assertThat(tree.child(-1, "root")).isEqualTo(10);
  }

  @Test
  void nearestChildPrefersTheDependentBesideItsHead() {
    assertThat(tree.child(10, "punct")).isEqualTo(8);
    assertThat(tree.nearestChild(10, "punct")).isEqualTo(11);
    assertThat(tree.nearestChild(10, "obj")).isEqualTo(-1);
  }

  @Test
  void caseMarkerReadAsLemmaOrAsText() {
    assertThat(tree.caseLemma(5)).isEqualTo("through");
    assertThat(tree.caseWord(5)).isEqualTo("by");
    assertThat(tree.caseLemma(1)).isNull();
    assertThat(tree.caseWord(1)).isEmpty();
    assertThat(tree.markWord(3)).isEmpty();
    assertThat(tree.marked(3, "through")).isEqualTo(5);
    assertThat(tree.marked(3, "by")).isEqualTo(-1);
  }

  @Test
  void lemmasFallBackToTheTextInLowerCase() {
    assertThat(tree.lemma(5)).isEqualTo("moldova");
    assertThat(tree.lemma(1)).isEqualTo("envoy");
    assertThat(tree.hasLemmaWithin(10, Set.of("kosovo"), 2)).isFalse();
    assertThat(tree.hasLemmaWithin(10, Set.of("kosovo"), 3)).isTrue();
  }

  @Test
  void voiceConjunctsAndVerbs() {
    assertThat(tree.isPassive(3)).isTrue();
    assertThat(tree.isPassive(10)).isFalse();
    assertThat(tree.withConjuncts(5)).containsExactly(5, 7);
    assertThat(tree.isVerb(3)).isTrue();
    assertThat(tree.isVerb(5)).isFalse();
    assertThat(tree.pos(5)).isEqualTo("NNP");
    assertThat(tree.verbAbove(5, 2)).isEqualTo(3);
    assertThat(tree.verbAbove(0, 1)).isEqualTo(3);
    assertThat(tree.verbAbove(0, 0)).isEqualTo(-1);
    assertThat(tree.verbAbove(10, 3)).isEqualTo(-1);
  }

  @Test
  void subtreesAndSpansLeaveEdgePunctuationOut() {
    assertThat(tree.subtree(3)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    String body = String.join(" ", List.of(WORDS).stream().map(w -> w[0]).toList());
    assertThat(tree.subtreeSpan(3).of(body))
        .isEqualTo("The envoys were expelled By Moldova and Kosovo");
    assertThat(tree.tokenSpan(7, 8).of(body)).isEqualTo("Kosovo");
    assertThat(tree.isPunct(8)).isTrue();
    assertThat(tree.headWithin(tree.subtreeSpan(3))).isEqualTo(3);
  }

  @Test
  void treesOverEqualSentencesAreEqual() {
    DependencyTree again = new DependencyTree(sentence(EDGES));
    assertThat(again).isEqualTo(tree).hasSameHashCodeAs(tree);
    assertThat(again).isNotEqualTo(new DependencyTree(sentence(List.of())));
  }
}
