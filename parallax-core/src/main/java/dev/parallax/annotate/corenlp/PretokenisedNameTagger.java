package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.NameTagger;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the names pipeline on text rebuilt from given tokens: one sentence a line, tokens separated
 * by a space, with CoreNLP told to split on exactly those (whitespace tokens, end-of-line
 * sentences), so its tokens are the given ones.
 */
final class PretokenisedNameTagger implements NameTagger {
  private final StanfordCoreNLP pipeline;

  PretokenisedNameTagger(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public List<List<String>> tag(List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    for (List<String> sentence : sentences) {
      for (String token : sentence) {
        String safe = token.isEmpty() ? "_" : token.replaceAll("\\s", "_");
        text.append(safe).append(' ');
      }
      text.append('\n');
    }
    Annotation doc = new Annotation(text.toString());
    pipeline.annotate(doc);
    List<CoreMap> tagged = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<String>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (List<String> sentence : sentences) {
      List<String> tags = null;
      // Empty input lines make no CoreNLP sentence; every other line makes exactly one.
      if (!sentence.isEmpty() && next < tagged.size()) {
        tags = tags(tagged.get(next++), sentence.size());
      }
      out.add(tags != null ? tags : Collections.nCopies(sentence.size(), "O"));
    }
    return out;
  }

  private static List<String> tags(CoreMap sentence, int expected) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() != expected) {
      return null;
    }
    List<String> tags = new ArrayList<>(expected);
    for (CoreLabel t : tokens) {
      tags.add(t.ner() == null ? "O" : t.ner());
    }
    return tags;
  }
}
