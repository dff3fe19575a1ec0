package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimeExpressionEngine;
import dev.parallax.annotate.TimexType;
import dev.parallax.annotate.Token;
import dev.parallax.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger over a hand-made engine: what it hands the backend, without loading SUTime. */
class TimeTaggerScopeTest {
  private static final String BODY = "Talks went on. They ended on Monday.";

  /** Records what it was asked and finds "Monday" as a fixed date. */
  private static final class RecordingEngine implements TimeExpressionEngine {
    final List<List<Sentence>> read = new ArrayList<>();
    final List<PartialDate> days = new ArrayList<>();

    @Override
    public List<TimeExpression> find(String body, List<Sentence> sentences, PartialDate day) {
      read.add(sentences);
      days.add(day);
      int start = body.indexOf("Monday");
      return List.of(
          new TimeExpression(start, start + 6, "Monday", TimexType.DATE, "2021-10-25", 1));
    }
  }

  @Test
  void theEngineReadsOnlyDateLikeSentencesAndOnlyADayAnchor() {
    RecordingEngine engine = new RecordingEngine();
    TimeTagger tagger =
        new TimeTagger(engine, TimeTagger.Layers.SUTIME_ONLY, TimeTagger.Scope.DATE_LIKE_SENTENCES);

    List<TimeExpression> found = tagger.tag(BODY, sentences(), PartialDate.parse("2021-10"));

    assertThat(engine.read)
        .singleElement()
        .satisfies(s -> assertThat(s).extracting(Sentence::index).containsExactly(1));
    assertThat(engine.days).containsExactly((PartialDate) null);
    assertThat(found).extracting(TimeExpression::text).containsExactly("Monday");
  }

  @Test
  void allSentencesScopeHandsOverEverySentence() {
    RecordingEngine engine = new RecordingEngine();
    TimeTagger tagger =
        new TimeTagger(engine, TimeTagger.Layers.SUTIME_ONLY, TimeTagger.Scope.ALL_SENTENCES);

    tagger.tag(BODY, sentences(), PartialDate.parse("2021-10-27"));

    assertThat(engine.read).singleElement().satisfies(s -> assertThat(s).hasSize(2));
    assertThat(engine.days).containsExactly(PartialDate.parse("2021-10-27"));
  }

  private static List<Sentence> sentences() {
    return List.of(sentence(0, 0, "Talks went on."), sentence(1, 15, "They ended on Monday."));
  }

  /** A sentence of whitespace-separated words (the final full stop a token of its own). */
  private static Sentence sentence(int index, int start, String text) {
    List<Token> tokens = new ArrayList<>();
    String words = text.substring(0, text.length() - 1);
    int at = start;
    for (String w : words.split(" ")) {
      int from = BODY.indexOf(w, at);
      tokens.add(new Token(tokens.size(), from, from + w.length(), w, null, "NN", null));
      at = from + w.length();
    }
    int dot = start + text.length() - 1;
    tokens.add(new Token(tokens.size(), dot, dot + 1, ".", null, ".", null));
    return new Sentence(index, start, start + text.length(), tokens, List.of());
  }
}
