package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Maps CoreNLP sentences to Parallax's types. Token text is always cut from the body by the token's
 * character offsets, never taken from CoreNLP's normalised word, so spans and text agree.
 */
final class SentenceMapper {
  private static final Set<String> CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final String body;
  private final Profile profile;

  SentenceMapper(String body, Profile profile) {
    this.body = body;
    this.profile = profile;
  }

  /** The sentence, with its dependencies when CoreNLP parsed it, or null when it has no token. */
  Sentence sentence(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || labels.isEmpty()) {
      return null;
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      int start = clamp(l.beginPosition());
      int end = Math.max(start, clamp(l.endPosition()));
      tokens.add(
          new Token(
              tokens.size(),
              start,
              end,
              body.substring(start, end),
              profile.tags() ? l.lemma() : null,
              profile.tags() ? l.tag() : null,
              profile.names() ? l.ner() : null));
    }
    int start = tokens.get(0).start();
    int end = Math.max(start, tokens.get(tokens.size() - 1).end());
    return new Sentence(index, start, end, tokens, dependencies(sentence));
  }

  /**
   * The basic UD edges CoreNLP's own {@code depparse} annotator left on a sentence, or none. Only
   * the yardstick pipeline has them; Parallax's profiles parse through {@link #dependencies(
   * GrammaticalStructure)}.
   */
  static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph basic =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (basic == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : basic.getRoots()) {
      edges.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : basic.edgeIterable()) {
      edges.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent));
    return edges;
  }

  /** The basic UD tree of a parse: one edge per token, the root's governor -1. */
  static List<Dependency> dependencies(GrammaticalStructure parse) {
    List<Dependency> edges = new ArrayList<>();
    for (TypedDependency td : parse.typedDependencies()) {
      // Index 0 is CoreNLP's artificial ROOT word; Parallax counts tokens from 0 and says -1.
      edges.add(new Dependency(td.gov().index() - 1, td.dep().index() - 1, td.reln().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent));
    return edges;
  }

  /** The names CoreNLP found in a sentence, in the four CoNLL classes. */
  List<NamedEntity> entities(int index, CoreMap sentence) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return List.of();
    }
    List<NamedEntity> out = new ArrayList<>();
    for (CoreMap m : mentions) {
      List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      // Mentions also hold pronouns typed PERSON by a rule, though their tokens are tagged O.
      if (tokens == null || tokens.isEmpty() || !CLASSES.contains(type)) {
        continue;
      }
      if (!type.equals(tokens.get(0).ner())) {
        continue;
      }
      int start = clamp(tokens.get(0).beginPosition());
      int end = Math.max(start, clamp(tokens.get(tokens.size() - 1).endPosition()));
      out.add(new NamedEntity(start, end, body.substring(start, end), type, index));
    }
    return out;
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, body.length()));
  }
}
