package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers read from hand-built parses, for misparses the parser does not make on demand. */
class SpeakerResolverTest {
  private static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());

  @Test
  void aCueHungOnARelativePronounHasThePronounForItsSubject() {
    // The fund , which vowed to help .  with "which" a dep of "fund" and "vowed" a dep of "which".
    String[][] words = {
      {"The", "DT"},
      {"fund", "NN"},
      {",", ","},
      {"which", "WDT"},
      {"vowed", "VBD"},
      {"to", "TO"},
      {"help", "VB"},
      {".", "."}
    };
    int[][] edges = {{1, 0}, {-1, 1}, {1, 2}, {1, 3}, {3, 4}, {6, 5}, {4, 6}, {1, 7}};
    String[] relations = {"det", "root", "punct", "dep", "dep", "mark", "xcomp", "punct"};
    DependencyTree tree = tree(words, edges, relations);
    SpeakerResolver speakers = resolver(tree);

    assertThat(CueSubject.of(tree, 4)).isEqualTo(3);
    SpeakerResolver.Resolved who = speakers.ofCue(tree, 4);
    assertThat(who.surface().of(body(words))).isEqualTo("which");
    assertThat(who.name()).isEqualTo("The fund");
  }

  @Test
  void aRelativePronounReadAsTheObjectOfASubjectlessCueIsItsSubject() {
    // The mayor , who in 2019 said the pier was safe , resigned .  with "who" an obj of "said".
    String[][] words = {
      {"The", "DT"},
      {"mayor", "NN"},
      {",", ","},
      {"who", "WP"},
      {"in", "IN"},
      {"2019", "CD"},
      {"said", "VBD"},
      {"the", "DT"},
      {"pier", "NN"},
      {"was", "VBD"},
      {"safe", "JJ"},
      {",", ","},
      {"resigned", "VBD"},
      {".", "."}
    };
    int[][] edges = {
      {1, 0}, {12, 1}, {1, 2}, {6, 3}, {5, 4}, {6, 5}, {1, 6}, {8, 7}, {10, 8}, {10, 9}, {6, 10},
      {1, 11}, {-1, 12}, {12, 13}
    };
    String[] relations = {
      "det",
      "nsubj",
      "punct",
      "obj",
      "case",
      "obl",
      "acl:relcl",
      "det",
      "nsubj",
      "cop",
      "ccomp",
      "punct",
      "root",
      "punct"
    };
    DependencyTree tree = tree(words, edges, relations);

    assertThat(CueSubject.of(tree, 6)).isEqualTo(3);
    SpeakerResolver.Resolved who = resolver(tree).ofCue(tree, 6);
    assertThat(who.surface().of(body(words))).isEqualTo("who");
  }

  @Test
  void aContractedHasParsedAsPassiveKeepsItsSubject() {
    // He 's praised the plan .  with "He" a passive subject and "'s" a passive auxiliary.
    String[][] words = {
      {"He", "PRP"}, {"'s", "POS"}, {"praised", "VBD"}, {"the", "DT"}, {"plan", "NN"}, {".", "."}
    };
    int[][] edges = {{2, 0}, {2, 1}, {-1, 2}, {4, 3}, {2, 4}, {2, 5}};
    String[] relations = {"nsubj:pass", "aux:pass", "root", "det", "obj", "punct"};
    assertThat(CueSubject.of(tree(words, edges, relations), 2)).isEqualTo(0);

    // A real passive without an object speaks only through a verb it governs.
    String[][] passive = {{"He", "PRP"}, {"was", "VBD"}, {"praised", "VBN"}, {".", "."}};
    int[][] passiveEdges = {{2, 0}, {2, 1}, {-1, 2}, {2, 3}};
    String[] passiveRelations = {"nsubj:pass", "aux:pass", "root", "punct"};
    assertThat(CueSubject.of(tree(passive, passiveEdges, passiveRelations), 2)).isEqualTo(-1);
  }

  /** Farmers marching through town chanted slogans . */
  private static final String[][] MARCHING = {
    {"Farmers", "NNS"},
    {"marching", "VBG"},
    {"through", "IN"},
    {"town", "NN"},
    {"chanted", "VBD"},
    {"slogans", "NNS"},
    {".", "."}
  };

  private static final int[][] MARCHING_EDGES = {
    {1, 0}, {5, 1}, {3, 2}, {1, 3}, {5, 4}, {-1, 5}, {5, 6}
  };

  @Test
  void aLooseCueTakesTheSubjectOfTheParticipleBeforeIt() {
    // "chanted" a loose dep of "slogans".
    String[] relations = {"nsubj", "dep", "case", "obl", "dep", "root", "punct"};
    DependencyTree tree = tree(MARCHING, MARCHING_EDGES, relations);

    assertThat(CueSubject.of(tree, 4)).isZero();
  }

  @Test
  void onlyALooseCueBorrowsTheSubjectBeforeIt() {
    // The same words with "chanted" attached as a modifier: the rule stays out of it.
    String[] relations = {"nsubj", "dep", "case", "obl", "advmod", "root", "punct"};
    DependencyTree tree = tree(MARCHING, MARCHING_EDGES, relations);

    assertThat(CueSubject.of(tree, 4)).isEqualTo(-1);
  }

  @Test
  void aParticipleHungOnAnObliqueNounTakesTheSubjectOfTheVerbAbove() {
    // She spoke about the plan , arguing that it fails .  with "arguing" an acl of "plan".
    String[][] words = {
      {"She", "PRP"},
      {"spoke", "VBD"},
      {"about", "IN"},
      {"the", "DT"},
      {"plan", "NN"},
      {",", ","},
      {"arguing", "VBG"},
      {"that", "IN"},
      {"it", "PRP"},
      {"fails", "VBZ"},
      {".", "."}
    };
    int[][] edges = {
      {1, 0}, {-1, 1}, {4, 2}, {4, 3}, {1, 4}, {1, 5}, {4, 6}, {9, 7}, {9, 8}, {6, 9}, {1, 10}
    };
    String[] relations = {
      "nsubj", "root", "case", "det", "obl", "punct", "acl", "mark", "nsubj", "ccomp", "punct"
    };
    DependencyTree tree = tree(words, edges, relations);

    assertThat(CueSubject.of(tree, 6)).isZero();
  }

  @Test
  void aPastParticipleTakesItsByPhraseForItsAgent() {
    // Troops , called to duty by the mayor , arrived .  with "by the mayor" a plain oblique.
    String[][] words = {
      {"Troops", "NNS"},
      {",", ","},
      {"called", "VBN"},
      {"to", "TO"},
      {"duty", "NN"},
      {"by", "IN"},
      {"the", "DT"},
      {"mayor", "NN"},
      {",", ","},
      {"arrived", "VBD"},
      {".", "."}
    };
    int[][] edges = {
      {9, 0}, {0, 1}, {0, 2}, {4, 3}, {2, 4}, {7, 5}, {7, 6}, {2, 7}, {0, 8}, {-1, 9}, {9, 10}
    };
    String[] relations = {
      "nsubj", "punct", "acl", "case", "obl", "case", "det", "obl", "punct", "root", "punct"
    };

    assertThat(CueSubject.of(tree(words, edges, relations), 2)).isEqualTo(7);
  }

  @Test
  void aCueOpeningASentenceCutAfterItsSubjectTakesTheNameBefore() {
    // "Rep. Ann Lee (D-Ore.)" | "said it fails ." : the splitter cut after the party tag.
    String body = "Rep. Ann Lee (D-Ore.) said it fails.";
    Sentence first =
        new Sentence(
            0,
            0,
            21,
            List.of(
                new Token(0, 0, 4, "Rep.", "rep.", "NNP", "O"),
                new Token(1, 5, 8, "Ann", "Ann", "NNP", "PERSON"),
                new Token(2, 9, 12, "Lee", "Lee", "NNP", "PERSON"),
                new Token(3, 13, 21, "(D-Ore.)", "(d-ore.)", "NNP", "O")),
            List.of());
    Sentence second =
        new Sentence(
            1,
            22,
            36,
            List.of(
                new Token(0, 22, 26, "said", "say", "VBD", "O"),
                new Token(1, 27, 29, "it", "it", "PRP", "O"),
                new Token(2, 30, 35, "fails", "fail", "VBZ", "O"),
                new Token(3, 35, 36, ".", ".", ".", "O")),
            List.of(
                new Dependency(-1, 0, "root"),
                new Dependency(2, 1, "nsubj"),
                new Dependency(0, 2, "ccomp"),
                new Dependency(0, 3, "punct")));
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    AnnotatedArticle annotated =
        new AnnotatedArticle(
            article,
            List.of(first, second),
            List.of(new NamedEntity(5, 12, "Ann Lee", "PERSON", 0)),
            List.of(),
            List.of());
    SpeakerResolver speakers =
        new SpeakerResolver(annotated, TAGGER.tag(annotated), SpeechCues.bundled());

    SpeakerResolver.Resolved who = speakers.beforeSplit(new DependencyTree(second), 0);
    assertThat(who).isNotNull();
    assertThat(who.surface().of(body)).isEqualTo("Ann Lee");
    assertThat(speakers.beforeSplit(new DependencyTree(second), 2)).isNull();
  }

  @Test
  void aNounWithItsParticipleReadAsAClausalSubjectGivesTheNoun() {
    // A study released by researchers shows gains .  with "released" a csubj of "shows".
    String[][] words = {
      {"A", "DT"},
      {"study", "NN"},
      {"released", "VBN"},
      {"by", "IN"},
      {"researchers", "NNS"},
      {"shows", "VBZ"},
      {"gains", "NNS"},
      {".", "."}
    };
    int[][] edges = {{1, 0}, {2, 1}, {5, 2}, {4, 3}, {2, 4}, {-1, 5}, {5, 6}, {5, 7}};
    String[] relations = {"det", "nsubj:pass", "csubj", "case", "obl", "root", "obj", "punct"};

    assertThat(CueSubject.of(tree(words, edges, relations), 5)).isEqualTo(1);
  }

  private static String body(String[][] words) {
    StringBuilder b = new StringBuilder();
    for (String[] w : words) {
      b.append(b.length() == 0 ? "" : " ").append(w[0]);
    }
    return b.toString();
  }

  static DependencyTree tree(String[][] words, int[][] edges, String[] relations) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i][0];
      tokens.add(new Token(i, offset, offset + w.length(), w, w.toLowerCase(), words[i][1], "O"));
      offset += w.length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < edges.length; i++) {
      deps.add(new Dependency(edges[i][0], edges[i][1], relations[i]));
    }
    return new DependencyTree(new Sentence(0, 0, offset - 1, tokens, deps));
  }

  private static SpeakerResolver resolver(DependencyTree tree) {
    String body =
        body(
            tree.sentence().tokens().stream()
                .map(t -> new String[] {t.text()})
                .toList()
                .toArray(new String[0][]));
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    AnnotatedArticle annotated =
        new AnnotatedArticle(article, List.of(tree.sentence()), List.of(), List.of(), List.of());
    return new SpeakerResolver(annotated, TAGGER.tag(annotated), SpeechCues.bundled());
  }
}
