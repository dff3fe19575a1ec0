package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimeExpressionEngine;
import dev.parallax.annotate.TimexType;
import dev.parallax.annotate.Token;
import dev.parallax.model.PartialDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * SUTime behind {@link TimeExpressionEngine}: runs over sentences already tokenised and tagged by
 * Parallax, so that no second tokeniser runs and offsets stay those of the body. Datelines written
 * {@code October 23,2021} are split first ({@link DatelineSplitter}), and long sentences are cut
 * into pieces, since SUTime's matching is the costly part. Thread-safe: the annotator is built once
 * and SUTime keeps no per-call state in it.
 */
final class SutimeEngine implements TimeExpressionEngine {
  private static final int MAX_PIECE = 80;

  private final TimeAnnotator annotator;

  SutimeEngine() {
    Properties props = new Properties();
    // Ranges ("from 1998 to 2000") are scored as two TIMEX3s in TimeML, so keep them apart.
    props.setProperty("sutime.markTimeRanges", "false");
    props.setProperty("sutime.includeRange", "false");
    props.setProperty("sutime.includeNested", "false");
    annotator = new TimeAnnotator("sutime", props, true);
  }

  @Override
  public List<TimeExpression> find(String body, List<Sentence> sentences, PartialDate day) {
    if (day != null && day.precision() != PartialDate.Precision.DAY) {
      throw new IllegalArgumentException("not known to the day: " + day);
    }
    List<CoreMap> maps = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      for (List<Token> piece : pieces(DatelineSplitter.split(body, s.tokens()))) {
        CoreMap map = toCoreMap(body, piece, s.index(), tokens.size());
        tokens.addAll(map.get(CoreAnnotations.TokensAnnotation.class));
        maps.add(map);
      }
    }
    List<TimeExpression> out = new ArrayList<>();
    if (maps.isEmpty()) {
      return out;
    }
    Annotation doc = new Annotation(body);
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
    if (day != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, day.toString());
    }
    annotator.annotate(doc);
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes != null) {
      for (CoreMap t : timexes) {
        TimeExpression e = toExpression(body, t, sentenceOf(sentences, t));
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static int sentenceOf(List<Sentence> sentences, CoreMap t) {
    Integer start = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    for (Sentence s : sentences) {
      if (start != null && start >= s.start() && start < s.end()) {
        return s.index();
      }
    }
    return 0;
  }

  /**
   * A sentence cut into pieces of at most {@link #MAX_PIECE} tokens, at a comma or semicolon when
   * one lies in the second half of a piece: SUTime's matching grows faster than linearly with
   * sentence length, and run-on "sentences" (lists, tables) would stall it.
   */
  static List<List<Token>> pieces(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = Math.min(tokens.size(), from + MAX_PIECE);
      if (to < tokens.size()) {
        for (int i = to - 1; i > from + MAX_PIECE / 2; i--) {
          String text = tokens.get(i).text();
          if (text.equals(",") || text.equals(";")) {
            to = i + 1;
            break;
          }
        }
      }
      out.add(tokens.subList(from, to));
      from = to;
    }
    return out;
  }

  private static CoreMap toCoreMap(String body, List<Token> piece, int index, int firstToken) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : piece) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.text());
      l.setValue(t.text());
      l.setOriginalText(t.text());
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      l.setIndex(labels.size() + 1);
      if (t.pos() != null) {
        l.setTag(t.pos());
      }
      labels.add(l);
    }
    CoreMap sentence = new ArrayCoreMap();
    int start = piece.get(0).start();
    int end = piece.get(piece.size() - 1).end();
    sentence.set(CoreAnnotations.TextAnnotation.class, body.substring(start, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + labels.size());
    return sentence;
  }

  private static TimeExpression toExpression(String body, CoreMap t, int sentence) {
    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
    Integer start = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (timex == null || start == null || end == null || start >= end || end > body.length()) {
      return null;
    }
    TimexType type;
    try {
      type = TimexType.valueOf(timex.timexType().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
    String value = timex.value() != null ? timex.value() : timex.altVal();
    return new TimeExpression(start, end, body.substring(start, end), type, value, sentence);
  }
}
