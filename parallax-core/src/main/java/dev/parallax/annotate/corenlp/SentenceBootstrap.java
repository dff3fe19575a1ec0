package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits and POS-tags a text with CoreNLP ({@code tokenize,ssplit,pos}) into Parallax's own
 * sentences, for the time evaluation and tests, which run without the full annotation stage. The
 * pipeline loads once per JVM ({@link #shared()}); {@link #sentences} is thread-safe. Reached
 * through {@link CoreNlpAnnotators#posTaggedSentences}.
 */
final class SentenceBootstrap {
  private static volatile SentenceBootstrap shared;

  private final StanfordCoreNLP pipeline;

  private SentenceBootstrap() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    // Blank lines end a sentence: headlines and datelines stand on their own lines.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true");
    pipeline = new StanfordCoreNLP(props);
  }

  /** The one pipeline of this JVM, built on first use. */
  static SentenceBootstrap shared() {
    SentenceBootstrap s = shared;
    if (s == null) {
      synchronized (SentenceBootstrap.class) {
        s = shared;
        if (s == null) {
          s = new SentenceBootstrap();
          shared = s;
        }
      }
    }
    return s;
  }

  /** The sentences of {@code text}, with tokens (offsets into {@code text}) and POS tags. */
  List<Sentence> sentences(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = l.beginPosition();
        int end = l.endPosition();
        tokens.add(
            new Token(tokens.size(), start, end, text.substring(start, end), null, l.tag(), null));
      }
      if (!tokens.isEmpty()) {
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        out.add(new Sentence(out.size(), start, end, tokens, List.of()));
      }
    }
    return out;
  }
}
