package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coordinated attributions the parser nests inside the first one's content. */
class NestedStatementsTest {

  @Test
  void aSecondCueWithItsOwnSubjectAfterACoordinatorEndsTheFirstContent() {
    String body =
        "The harbour master stressed that the old pier was not yet safe, and local fishermen"
            + " warned that the winter storms would damage the boats moored there.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).extracting(q -> q.quote().cue()).containsExactly("stressed", "warned");
    assertThat(quotes.get(0).quote().text()).isEqualTo("that the old pier was not yet safe");
    assertThat(quotes.get(1).quote().text()).startsWith("that the winter storms");
    assertThat(quotes.get(1).speakerSpan().of(body)).contains("fishermen");
  }

  @Test
  void aSecondCueSharingTheSpeakersFormSpeaksForTheOuterSubject() {
    String body =
        "Mayor Ilse Brandvold said the bridge had been closed twice in her first term and called"
            + " the repairs a waste of the town's money.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).extracting(q -> q.quote().cue()).containsExactly("said", "called");
    assertThat(quotes.get(0).quote().text()).doesNotContain("called");
    assertThat(quotes.get(1).speakerSpan().of(body)).contains("Brandvold");
  }

  @Test
  void aSecondVerbOfTheInnerClauseStaysInTheContent() {
    // "refused" is the driver's, not the officers' attribution: a different verb form.
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "The officers say the driver ignored the signal and refused to stop at the gate.");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.quote().cue()).isEqualTo("say"));
    assertThat(quotes.get(0).quote().text()).contains("refused to stop");
  }

  @Test
  void aTopicOfAStanceAfterACoordinatorStaysInTheContent() {
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "The clerk noted that the ledger was missing two pages, and some speculated about the"
                + " old treasurer.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("noted"));
  }

  @Test
  void aRelativeAttributionInsideReportedSpeechIsKeptWithTheWordsAfterIt() {
    String body =
        "The treasurer said the council had sold the old mill, which the auditors said was worth"
            + " twice the price.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).extracting(q -> q.quote().cue()).containsExactly("said", "said");
    ExtractedQuote inner = quotes.get(1);
    assertThat(inner.quote().text()).isEqualTo("was worth twice the price");
    assertThat(inner.speakerSpan().of(body)).contains("auditors");
  }

  @Test
  void aRelativePronounIsNeverTheContent() {
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "The mayor criticised what the opposition called a modest budget for the schools.");
    assertThat(quotes).extracting(q -> q.quote().text()).doesNotContain("what");
  }
}
