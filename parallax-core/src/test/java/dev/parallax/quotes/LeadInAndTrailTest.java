package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause ending in a colon right before the marks, or a short clause right after them, names who
 * is quoted whatever its verb.
 */
class LeadInAndTrailTest {
  @Test
  void aLeadInWithAnyVerbBeatsACueInTheNextSentence() {
    // "went on" is no verb of saying; "she said" after the quote belongs to the next quotation.
    String body =
        "The ferry captain was asked about the delays, and Tomas Reyl went on to answer: \"The"
            + " engines are old and the harbour is too shallow in August.\" Later she said, \"We"
            + " will see about that next spring.\"";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q = quoteStarting(quotes, "The engines");
    assertThat(q.speakerSpan().of(body)).isEqualTo("Tomas Reyl");
  }

  @Test
  void anUnparsedShortLeadInNamesItsActor() {
    String body =
        "\"The bridge will open in May,\" said Tomas Reyl, the harbour master.\n\n"
            + "Marta Lindqvist continued:\n\n"
            + "\"Nobody has asked the fishermen what they need from the port this year.\"\n";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q = quoteStarting(quotes, "Nobody has asked");
    assertThat(q.speakerSpan().of(body)).isEqualTo("Marta Lindqvist");
  }

  @Test
  void aShortClauseAfterTheMarksNamesTheSpeakerWhateverItsVerb() {
    // "reads" is no verb of saying; "told" inside the marks is the quoted words' own.
    String body =
        "\"We told the harbour council about the broken pier twice this spring,\" the letter"
            + " reads.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q = quoteStarting(quotes, "We told");
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).isEqualTo("the letter");
    assertThat(q.quote().cue()).isEqualTo("reads");
  }

  @Test
  void aQuotationBetweenDashesBelongsToTheSentenceSubject() {
    // No cue of its own: the person named last before it (Marta Lindqvist) did not say it.
    String body =
        "Tomas Reyl barely answered, treating Marta Lindqvist's question as a joke -- ''That makes"
            + " me a tourist'' -- and walked back to the harbour office.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q = quoteStarting(quotes, "That makes");
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).isEqualTo("Tomas Reyl");
  }

  @Test
  void aQuotationBetweenDashesAfterAPersonIsThatPersonsWords() {
    String body =
        "Several fishermen have complained, among them the trawler owner Jonas Brekke --"
            + " ''Nobody mends the nets for free any more'' -- and two of his crew.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q = quoteStarting(quotes, "Nobody mends");
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).contains("Jonas Brekke");
  }

  private static ExtractedQuote quoteStarting(List<ExtractedQuote> quotes, String start) {
    return quotes.stream()
        .filter(x -> x.quote().text().startsWith(start))
        .findFirst()
        .orElseThrow();
  }
}
