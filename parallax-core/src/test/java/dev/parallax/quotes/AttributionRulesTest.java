package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules for who is the source when attributions nest, follow the marks or sign a line. */
class AttributionRulesTest {
  private static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());

  @Test
  void anAttributionPhraseAfterReportedSpeechEnclosesIt() {
    // The inner "said" is found first; the phrase named after it is the attribution of the whole.
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "The harbour master said the ferry would sail again in May, according to two members"
                + " of the port council.");
    assertThat(quotes).hasSize(1);
    ExtractedQuote q = quotes.get(0);
    assertThat(q.quote().cue()).isEqualToIgnoringCase("according to");
    assertThat(q.quote().text()).startsWith("The harbour master said the ferry");
    assertThat(q.quote().speaker().name()).contains("port council");
  }

  @Test
  void reportedSpeechNestedUnderAVerbStaysAsItWasAndTheInnerOneIsReportedInIt() {
    // Only a phrase encloses: "said" keeps its clause, and the "believes" inside it is added as
    // reported in the outer statement, not in its place.
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "The harbour master said that the captain believes the ferry is safe.");
    assertThat(quotes).extracting(q -> q.quote().cue()).containsExactly("said", "believes");
    assertThat(quotes.get(0).quote().text())
        .isEqualTo("that the captain believes the ferry is safe");
    assertThat(quotes.get(0).quote().reportedIn()).isNull();
    assertThat(quotes.get(1).quote().reportedIn()).isEqualTo(quotes.get(0).quote().id());
  }

  @Test
  void aNounBeforeACueNounNamesItsSource() {
    // No possessor: the subject of the main clause ("the ferry") did not claim anything.
    String body =
        "Despite union claims that the pier was unsafe, the ferry kept sailing all through May.";
    ExtractedQuote q =
        AttributionCuesTest.attributions(body).stream()
            .filter(x -> "claims".equals(x.quote().cue()))
            .findFirst()
            .orElseThrow();
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).isEqualTo("union");
  }

  @Test
  void aPassiveParticipleOfBeliefHoldsItsSubjectsView() {
    String body = "After twenty years at sea, we are convinced the old harbour is the safest one.";
    ExtractedQuote q =
        AttributionCuesTest.attributions(body).stream()
            .filter(x -> "convinced".equals(x.quote().cue()))
            .findFirst()
            .orElseThrow();
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).isEqualTo("we");
  }

  @Test
  void aCueRightAfterTheMarksBeatsASubjectBeforeThem() {
    // The subject before the marks ("The agency") is a subject of the quoted words only.
    String body =
        "The agency \"has made real progress for the families,\" Ortiz said in March 2019, citing"
            + " the drop in waiting times and the new clinic.";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    ExtractedQuote q =
        quotes.stream()
            .filter(x -> x.quote().text().startsWith("has made"))
            .findFirst()
            .orElseThrow();
    assertThat(q.speakerSpan().of(body)).contains("Ortiz");
    assertThat(q.quote().cue()).isEqualTo("said");
  }

  @Test
  void aNameSignedAfterANoBreakSpaceAndADashThatTheTaggerDoesNotKnow() {
    // No parse and no entities: only the signature line can name the speaker.
    String body =
        "\u201cThe harbour will stay open all winter.\u201d\u00a0\u2015 Quilla M. Vantresse\u00a0\n"
            + "\u201cThe ferry runs every hour.\u201d\u2015 Orrin Tashby.\n";
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    AnnotatedArticle bare =
        new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of());
    List<ExtractedQuote> quotes = new QuoteExtractor().extract(bare, TAGGER.tag(bare));
    assertThat(quotes)
        .extracting(q -> q.speakerSpan() == null ? null : q.speakerSpan().of(body))
        .containsExactly("Quilla M. Vantresse", "Orrin Tashby");
  }

  @Test
  void aCueAfterAHeadlineLeadTakesTheWordsAfterIt() {
    // The parser hangs "say" on the lead as a parenthetical; its words run on to the end.
    List<ExtractedQuote> quotes =
        AttributionCuesTest.attributions(
            "Anger with landlords: Tenant rights groups say Dover landlords have long been too"
                + " quick toward poor renters.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).quote().text()).contains("too quick").doesNotContain("Anger");
    assertThat(quotes.get(0).quote().speaker().name()).isEqualTo("Tenant rights groups");
  }

  @Test
  void aQuotationContinuesTheReportedSpeechBeforeItInItsParagraph() {
    // The short first quotation is read as reported speech; the next one is the same speaker's
    // (two statements; the attribution scope keeps one per cue).
    String body =
        "The nurse ran to the corner of the street.\n\n\"He will live,\" she said. \"I keep"
            + " asking him to breathe. Please wake up now.\"\n";
    List<ExtractedQuote> quotes = QuoteExtractorTest.extract(body);
    ExtractedQuote q =
        quotes.stream()
            .filter(x -> x.quote().text().startsWith("I keep"))
            .findFirst()
            .orElseThrow();
    assertThat(q.speakerSpan()).isNotNull();
    assertThat(q.speakerSpan().of(body)).isEqualTo("she");
  }

  @Test
  void aSignatureAfterTheLastQuotationSignsTheWholeParagraph() {
    String body =
        "\u201cThe harbour will stay open all winter, whatever the council says.\u201d And then"
            + " \u201cthe ferry too.\u201d \u2015 Quilla M. Vantresse\n";
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    AnnotatedArticle bare =
        new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of());
    List<ExtractedQuote> quotes = new QuoteExtractor().extract(bare, TAGGER.tag(bare));
    assertThat(quotes)
        .filteredOn(q -> q.quote().text().startsWith("The harbour"))
        .extracting(q -> q.speakerSpan() == null ? null : q.speakerSpan().of(body))
        .containsExactly("Quilla M. Vantresse");
  }

  @Test
  void aReportedClauseHoldsAQuotationWhoseStopItLeavesOut() {
    // The clause ends at "weeks"; the quoted words end with the stop inside the marks.
    String body =
        "Weeks ago the harbour master stated that the council would discuss the new pier \"in a"
            + " few weeks.\"";
    List<ExtractedQuote> quotes = AttributionCuesTest.attributions(body);
    assertThat(quotes).hasSize(1);
    ExtractedQuote q = quotes.get(0);
    assertThat(q.quote().kind()).isEqualTo(dev.parallax.model.QuoteKind.MIXED);
    assertThat(q.quote().text()).contains("discuss the new pier");
    assertThat(q.speakerSpan().of(body)).isEqualTo("the harbour master");
  }
}
