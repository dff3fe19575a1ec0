package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.NameTagger;
import dev.parallax.annotate.ParseCues;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.PronounCoref;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpressionEngine;
import dev.parallax.resources.Rules;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CoreNLP-backed annotators. {@link #shared} gives one annotator per profile per JVM, loaded on
 * first use and shared by every thread; models common to several profiles load once. {@link
 * #sutime} gives the time-expression engine the {@code time} stage builds on.
 */
public final class CoreNlpAnnotators {
  private static final Map<Profile, CoreNlpAnnotator> SHARED = new EnumMap<>(Profile.class);
  private static NameTagger pretokenised;
  private static TimeExpressionEngine sutime;

  private CoreNlpAnnotators() {}

  /**
   * The JVM's annotator for {@code profile}, a profile that parses nothing, loading its models on
   * first call (seconds).
   *
   * @throws IllegalArgumentException for a profile that parses: use {@link #parsing}
   */
  public static synchronized Annotator shared(Profile profile) {
    if (profile.parses()) {
      throw new IllegalArgumentException(
          "profile " + profile + " parses: build it with parsing(cues, rules)");
    }
    return loaded(profile);
  }

  /**
   * The JVM's parsing annotator (profile {@link Profile#FULL}) over models loaded once per JVM: it
   * parses the sentences {@code cues} selects and resolves pronouns by {@code rules}. Cheap to call
   * once the models are loaded; callers keep what it returns.
   */
  public static Annotator parsing(ParseCues cues, Rules rules) {
    return loaded(Profile.FULL).with(cues::selects, pronouns(rules));
  }

  /**
   * A new annotator for {@code profile} that loads every model afresh, for measuring load time; a
   * parsing profile parses what {@code cues} selects. Prefer {@link #shared} and {@link #parsing}:
   * each fresh annotator holds its own copy of the models.
   */
  public static synchronized Annotator fresh(Profile profile, ParseCues cues, Rules rules) {
    StanfordCoreNLP.clearAnnotatorPool();
    CoreNlpAnnotator a = load(profile);
    return profile.parses() ? a.with(cues::selects, pronouns(rules)) : a;
  }

  private static synchronized CoreNlpAnnotator loaded(Profile profile) {
    return SHARED.computeIfAbsent(profile, CoreNlpAnnotators::load);
  }

  /**
   * CoreNLP's own default analysis up to dependencies ({@code tokenize,ssplit,pos,lemma,ner,
   * depparse}, default models: three CRFs, SUTime, numeric and fine-grained classes; every sentence
   * parsed), mapped to Parallax's types. The yardstick of {@code parallax bench annotate}; it
   * reports profile {@link Profile#FULL} but resolves no coreference. Loads afresh.
   */
  public static synchronized Annotator coreNlpDefault() {
    StanfordCoreNLP.clearAnnotatorPool();
    return new CoreNlpAnnotator(
        Profile.FULL, new StanfordCoreNLP(PipelineConfig.coreNlpDefault()), null, s -> false, null);
  }

  /** The name tagger of profile {@link Profile#NAMES} over pre-tokenised text (evaluations). */
  public static synchronized NameTagger pretokenisedNames() {
    if (pretokenised == null) {
      pretokenised = new PretokenisedNameTagger(new StanfordCoreNLP(PipelineConfig.pretokenised()));
    }
    return pretokenised;
  }

  /**
   * SUTime over Parallax's own tagged sentences, for {@code time.TimeTagger}; one per JVM, its
   * rules loaded on first call (seconds) and shared by every thread.
   */
  public static synchronized TimeExpressionEngine sutime() {
    if (sutime == null) {
      sutime = new SutimeEngine();
    }
    return sutime;
  }

  /**
   * The sentences of {@code text}, tokens (offsets into {@code text}) POS-tagged by CoreNLP's own
   * {@code tokenize,ssplit,pos} pipeline, without lemmas or names: for the time evaluation and
   * tests, which tag raw text without the annotation stage. The pipeline loads once per JVM, on
   * first call; thread-safe.
   */
  public static List<Sentence> posTaggedSentences(String text) {
    return SentenceBootstrap.shared().sentences(text);
  }

  /** The models of {@code profile}, parsing nothing and resolving no pronoun until told how. */
  private static CoreNlpAnnotator load(Profile profile) {
    StanfordCoreNLP tagger = new StanfordCoreNLP(PipelineConfig.forProfile(profile));
    DependencyParser parser =
        profile.parses()
            ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL)
            : null;
    return new CoreNlpAnnotator(profile, tagger, parser, s -> false, null);
  }

  private static PronounCoref pronouns(Rules rules) {
    return new PronounCoref(rules, FirstNames.MALE, FirstNames.FEMALE);
  }

  /** CoreNLP's first-name lists, read once. */
  private static final class FirstNames {
    static final Set<String> MALE = firstNames("male");
    static final Set<String> FEMALE = firstNames("female");
  }

  /** CoreNLP's lists of common English first names by gender, from its models jar. */
  private static Set<String> firstNames(String gender) {
    String name = "/edu/stanford/nlp/models/gender/" + gender + "_first_names.txt";
    try (InputStream in = CoreNlpAnnotators.class.getResourceAsStream(name)) {
      if (in == null) {
        return Set.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
