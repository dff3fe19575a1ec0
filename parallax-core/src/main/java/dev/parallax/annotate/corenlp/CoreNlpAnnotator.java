package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.CorefChain;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.PronounCoref;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The CoreNLP adapter: runs the profile's pipeline over a whole body, then (profile FULL) parses
 * only the selected sentences, calling CoreNLP's neural dependency parser directly on their tagged
 * tokens, and resolves coreference with {@link PronounCoref}.
 *
 * <p>The parser is called directly, not through CoreNLP's {@code depparse} annotator, because the
 * annotator also builds enhanced and enhanced++ graphs for every sentence: measured here, that made
 * it 3-4x slower than the parse itself. Parallax keeps the basic UD tree; a consumer that needs a
 * case-marked or conjunct-propagated relation derives it from the tree. Thread-safe: CoreNLP's
 * annotators are, and every call works on its own {@link Annotation}.
 */
final class CoreNlpAnnotator implements Annotator {

  /** Longer "sentences" are lists, tables or text without punctuation: not worth a parse. */
  static final int MAX_PARSE_TOKENS = 150;

  private final Profile profile;
  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;
  private final Predicate<Sentence> parseWhen;
  private final PronounCoref coref;

  /**
   * @param parser dependency parser, or null when no sentence is parsed
   * @param parseWhen which sentences the parser sees
   * @param coref resolver, or null when the profile resolves no coreference
   */
  CoreNlpAnnotator(
      Profile profile,
      StanfordCoreNLP tagger,
      DependencyParser parser,
      Predicate<Sentence> parseWhen,
      PronounCoref coref) {
    this.profile = profile;
    this.tagger = tagger;
    this.parser = parser;
    this.parseWhen = parseWhen;
    this.coref = coref;
  }

  /**
   * This annotator over the same models, parsing the sentences {@code parse} selects and resolving
   * coreference with {@code resolver}.
   */
  CoreNlpAnnotator with(Predicate<Sentence> parse, PronounCoref resolver) {
    return new CoreNlpAnnotator(profile, tagger, parser, parse, resolver);
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public AnnotatedArticle annotate(Article article, Diagnostics diagnostics) {
    try {
      return run(article);
    } catch (RuntimeException e) {
      // CoreNLP fails on rare inputs; one article must not end a batch, so it goes unannotated.
      diagnostics.report("annotation failed, article left unannotated: " + e);
      return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of());
    }
  }

  private AnnotatedArticle run(Article article) {
    Annotation doc = new Annotation(article.body());
    tagger.annotate(doc);
    SentenceMapper mapper = new SentenceMapper(article.body(), profile);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> kept = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap cm : all == null ? List.<CoreMap>of() : all) {
      Sentence s = mapper.sentence(sentences.size(), cm);
      if (s != null) {
        if (profile.names()) {
          entities.addAll(mapper.entities(s.index(), cm));
        }
        sentences.add(s);
        kept.add(cm);
      }
    }
    if (parser != null) {
      parse(sentences, kept);
    }
    List<CorefChain> chains = coref == null ? List.of() : coref.resolve(sentences, entities);
    return new AnnotatedArticle(article, sentences, entities, chains, List.of());
  }

  private void parse(List<Sentence> sentences, List<CoreMap> cms) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.tokens().size() > MAX_PARSE_TOKENS || !parseWhen.test(s)) {
        continue;
      }
      List<CoreLabel> tagged = cms.get(i).get(CoreAnnotations.TokensAnnotation.class);
      List<Dependency> edges = SentenceMapper.dependencies(parser.predict(tagged));
      sentences.set(i, new Sentence(s.index(), s.start(), s.end(), s.tokens(), edges));
    }
  }
}
