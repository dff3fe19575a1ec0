package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Profile;
import java.util.Properties;

/** The CoreNLP properties behind each profile; the only place that names CoreNLP settings. */
final class PipelineConfig {
  /**
   * The CoNLL-2003 4-class CRF: better on CoNLL-2003 than the default 3-model mix, and 8x faster.
   */
  static final String CONLL_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private PipelineConfig() {}

  static Properties forProfile(Profile profile) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators(profile));
    // Invertible tokens keep their original text and exact character offsets into the body.
    p.setProperty("tokenize.options", "invertible=true");
    // A blank line ends a paragraph, and a sentence never runs across one.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (profile.names()) {
      lean(p);
    }
    return p;
  }

  /** Pre-tokenised input: one sentence a line, tokens separated by spaces (for evaluations). */
  static Properties pretokenised() {
    Properties p = forProfile(Profile.NAMES);
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.eolonly", "true");
    p.remove("ssplit.newlineIsSentenceBreak");
    return p;
  }

  /** CoreNLP's default analysis up to dependencies, as shipped: the benchmark's yardstick. */
  static Properties coreNlpDefault() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  private static void lean(Properties p) {
    p.setProperty("ner.model", CONLL_MODEL);
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
  }

  private static String annotators(Profile profile) {
    String annotators = "tokenize,ssplit";
    if (profile.tags()) {
      annotators += ",pos,lemma";
    }
    if (profile.names()) {
      annotators += ",ner";
    }
    return annotators;
  }
}
