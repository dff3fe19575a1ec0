package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement before a comma and its subject and verb of saying closing the sentence. */
class TrailingAttributionTest {

  @Test
  void theStatementBeforeTheCommaIsTheContent() {
    // The parser makes "said" the root with the passive clause as an adverbial of it.
    String body =
        "Fresh water in the eastern districts is being rationed by the city council, the water"
            + " board said.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("said"));
    assertThat(quotes.get(0).quote().text()).startsWith("Fresh water").endsWith("city council");
    assertThat(quotes.get(0).speakerSpan().of(body)).contains("water board");
  }

  @Test
  void anAuxiliaryBetweenSubjectAndCueIsAllowed() {
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "Large parts of the valley are divided by income and language, other surveys have"
                + " shown.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().cue()).isEqualTo("shown"));
    assertThat(quotes.get(0).quote().text()).startsWith("Large parts").endsWith("language");
  }

  @Test
  void aHeadlineStatementWithoutAVerbBeforeItsSourceIsFound() {
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "Rules unclear on whether part-time drivers are insured, lawyers say.");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.quote().cue()).isEqualTo("say"));
  }

  @Test
  void aCueWithItsOwnObjectIsNoTrailingAttribution() {
    String body = "In her first memoir, Winter Roads, the senator described the long campaign.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).extracting(q -> q.quote().text()).doesNotContain("In her first memoir");
  }
}
