package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each statement names the sieve that decided it; a statement reported in another names it. */
class SievesTest {

  @Test
  void aCueVerbWithAClauseIsTheCueClauseSieve() {
    List<ExtractedQuote> quotes =
        QuoteExtractorTest.extract("The harbour board said that the ferry would stop in March.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().sieve()).isEqualTo("reported/cue-clause");
              assertThat(q.quote().reportedIn()).isNull();
            });
  }

  @Test
  void aQuotationTakesItsSpeakerFromADirectSieve() {
    List<ExtractedQuote> quotes =
        QuoteExtractorTest.extract(
            "The vote was close. “We lost by eleven ballots and we will not appeal,” the farmers'"
                + " union said on Friday.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().sieve()).startsWith("direct/");
              assertThat(q.quote().speaker().name()).contains("union");
            });
  }

  @Test
  void anAttributionPhraseIsThePhraseSieve() {
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "Three bridges were closed after the flood, according to the regional road agency.");
    assertThat(quotes)
        .singleElement()
        .satisfies(q -> assertThat(q.quote().sieve()).isEqualTo("reported/phrase"));
  }

  @Test
  void aBeliefReportedInAStatementIsKeptAndNamesTheOuterOne() {
    String body =
        "The spokesman said that the general believed the northern border was quiet again.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes).hasSize(2);
    ExtractedQuote outer = quotes.get(0);
    ExtractedQuote inner = quotes.get(1);
    assertThat(outer.quote().text()).contains("the general believed");
    assertThat(outer.speakerSpan().of(body)).contains("spokesman");
    assertThat(outer.quote().reportedIn()).isNull();
    assertThat(inner.quote().text()).isEqualTo("the northern border was quiet again");
    assertThat(inner.speakerSpan().of(body)).contains("general");
    assertThat(inner.quote().reportedIn()).isEqualTo(outer.quote().id());
  }

  @Test
  void aStatementReportedInAStatementIsInTheQuotesOfTheOutput() {
    String body =
        "The ferry company said on Monday that the harbour master had claimed the pier was unsafe.";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    assertThat(quotes).extracting(q -> q.quote().cue()).containsExactly("said", "claimed");
    assertThat(quotes.get(0).quote().text()).contains("the harbour master had claimed");
    assertThat(quotes.get(1).quote().text()).isEqualTo("the pier was unsafe");
    assertThat(quotes.get(1).speakerSpan().of(body)).contains("harbour master");
    assertThat(quotes.get(1).quote().reportedIn()).isEqualTo(quotes.get(0).quote().id());
  }

  @Test
  void twoStatementsSideBySideAreNotNested() {
    List<ExtractedQuote> quotes =
        QuoteExtractorTest.extract(
            "The mayor said the roads were clear. The police said two lorries had overturned.");
    assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.quote().reportedIn()).isNull());
  }
}
