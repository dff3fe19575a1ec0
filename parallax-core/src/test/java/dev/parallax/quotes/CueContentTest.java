package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content a cue in the lexicon takes when the parse is not the textbook one. */
class CueContentTest {

  @Test
  void aTopicAfterATimePhraseIsTheContentOfAStance() {
    // "In March" is the first oblique of "called"; the "for" phrase after it is the topic.
    String body = "In March, the tenants' union called for a rent freeze across the city.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("called"));
    assertThat(quotes.get(0).quote().text()).contains("a rent freeze");
  }
}
