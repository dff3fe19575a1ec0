package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cues added for recall on attribution corpora: signatures, set-in cues, adjectives of belief. */
class AttributionCuesTest {
  private static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());

  static List<ExtractedQuote> attributions(String body) {
    AnnotatedArticle annotated = QuoteExtractorTest.annotate(body);
    return new QuoteExtractor(QuoteScope.ATTRIBUTIONS).extract(annotated, TAGGER.tag(annotated));
  }

  @Test
  void aNameSignedAfterADashSpeaksTheQuoteNotTheNameBefore() {
    String body =
        "“The town needs a new bridge before winter comes.” ― Peter Novak\n\n"
            + "“Nobody listened to the farmers this year, and the prices show it.” ― Anna Kovacs\n";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).quote().speaker().name()).contains("Novak");
    assertThat(quotes.get(1).quote().speaker().name()).contains("Kovacs");
  }

  @Test
  void aCueSetIntoTheMiddleTakesTheLongerSide() {
    String body = "The new tariff, the minister said, would hurt small farms across the north.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).startsWith("would hurt small farms");
              assertThat(q.quote().text()).doesNotContain("said");
            });
  }

  @Test
  void anAdjectiveOfBeliefWithAThatClauseIsAnAttribution() {
    String body = "The farmers are confident that the harvest will be larger than last year.";
    assertThat(attributions(body))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).contains("the harvest will be larger");
              assertThat(q.speakerSpan().of(body)).isEqualTo("The farmers");
            });
    assertThat(QuoteExtractorTest.extract(body)).isEmpty();
  }

  @Test
  void anExpletiveSubjectLeavesTheBeliefWithoutASource() {
    String body = "It was clear that the council would not meet again before the vote.";
    assertThat(attributions(body))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).contains("the council would not meet");
              assertThat(q.speakerSpan()).isNull();
            });
  }

  @Test
  void aSpeakerAfterTheCueAtTheEndOfTheSentence() {
    String body =
        "The talks over the harbour fees broke down late on Friday, said one senior official in"
            + " the room.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).startsWith("The talks over the harbour fees");
              assertThat(q.speakerSpan().of(body)).startsWith("one senior official");
            });
  }

  @Test
  void aParticipleAfterTheMainClauseIsNotACueSetIntoIt() {
    String body =
        "Moldova has ordered the expulsion of two Belarusian diplomats, accusing Minsk of"
            + " \u201cdestabilising activities\u201d in the country.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes)
        .noneMatch(q -> q.quote().text().startsWith("Moldova has ordered"))
        .noneMatch(
            q ->
                q.quote().speaker().name() != null && q.quote().speaker().name().contains("Minsk"));
  }

  @Test
  void anUnresolvedItIsTheBroadcasterNamedBeforeRatherThanACountry() {
    String body =
        "Radio Television of Serbia on Friday showed the two envoys driving across the border with"
            + " Hungary.\n\nIt said the two had been told to leave within three days.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes)
        .anySatisfy(
            q -> {
              assertThat(q.quote().text()).contains("told to leave");
              assertThat(q.quote().speaker().name()).contains("Serbia");
            });
  }
}
