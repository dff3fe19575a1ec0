package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.HandParses;
import dev.parallax.model.Article;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  static AnnotatedArticle annotate(String body) {
    Article article = new Article("a1", "t.txt", null, null, null, null, "en", body, List.of());
    return HandParses.of("quotes").annotate(article);
  }

  static List<ExtractedQuote> extract(String body) {
    AnnotatedArticle annotated = annotate(body);
    ArticleActors actors = TAGGER.tag(annotated);
    return EXTRACTOR.extract(annotated, actors);
  }

  private static Optional<ExtractedQuote> starting(List<ExtractedQuote> quotes, String prefix) {
    return quotes.stream().filter(q -> q.quote().text().startsWith(prefix)).findFirst();
  }

  private static String speaker(List<ExtractedQuote> quotes, String prefix) {
    return starting(quotes, prefix).map(q -> q.quote().speaker().name()).orElse("<no quote>");
  }

  @Test
  void curlyQuotesWithTheAttributionBetweenAndAContinuation() {
    List<ExtractedQuote> quotes =
        extract(
            "“We will not accept this decision,” Maria Zakharova told reporters on Monday. “The"
                + " ruling has no legal force.”");
    assertThat(speaker(quotes, "We will not accept")).isEqualTo("Maria Zakharova");
    assertThat(speaker(quotes, "The ruling has")).isEqualTo("Maria Zakharova");
    assertThat(starting(quotes, "We will").orElseThrow().quote().kind())
        .isEqualTo(QuoteKind.DIRECT);
    assertThat(starting(quotes, "We will").orElseThrow().quote().cue()).isEqualTo("told");
  }

  @Test
  void indirectSpeechTakesTheClauseAndTheSubject() {
    List<ExtractedQuote> quotes =
        extract("Vjosa Osmani said that her country was committed to dialogue with Belgrade.");
    ExtractedQuote q = starting(quotes, "that her country").orElseThrow();
    assertThat(q.quote().kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.quote().speaker().name()).isEqualTo("Vjosa Osmani");
    assertThat(q.speaker()).isNotNull();
  }

  @Test
  void aSpeakerNamedAfterAGuillemetQuote() {
    List<ExtractedQuote> quotes = extract("«The dialogue goes on», – said Zakharova.");
    assertThat(speaker(quotes, "The dialogue goes on")).contains("Zakharova");
  }

  @Test
  void aReportedClauseHoldingAQuotedFragmentIsMixed() {
    List<ExtractedQuote> quotes =
        extract(
            "The Russian embassy said in a statement that the closure “violates every agreement”"
                + " signed so far.");
    ExtractedQuote q = starting(quotes, "that the closure").orElseThrow();
    assertThat(q.quote().kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(q.quote().speaker().name()).isNotNull();
  }

  @Test
  void accordingToNamesTheSource() {
    List<ExtractedQuote> quotes =
        extract("According to the foreign ministry, the border will reopen on Friday.");
    ExtractedQuote q = starting(quotes, "the border will reopen").orElseThrow();
    assertThat(q.quote().cue()).isEqualToIgnoringCase("according to");
    assertThat(q.quote().speaker().name()).contains("ministry");
  }

  @Test
  void aColonLeadInAndLowHighMarks() {
    List<ExtractedQuote> quotes =
        extract("Sergey Lavrov wrote on his Facebook page: „Kosovo is not a state.“");
    ExtractedQuote q = starting(quotes, "Kosovo is not a state").orElseThrow();
    assertThat(q.quote().speaker().name()).isEqualTo("Sergey Lavrov");
    assertThat(q.quote().cue()).isEqualTo("wrote");
  }

  @Test
  void aPronounSpeakerAndTheSameMarkOpeningAndClosing() {
    List<ExtractedQuote> quotes =
        extract("“The talks have failed,“ Ramush Haradinaj said. He added: \"We are tired.\"");
    assertThat(speaker(quotes, "The talks have failed")).isEqualTo("Ramush Haradinaj");
    ExtractedQuote q = starting(quotes, "We are tired").orElseThrow();
    assertThat(q.quote().speaker().name()).isEqualTo("Ramush Haradinaj");
    assertThat(q.speakerSpan().length()).isEqualTo(2);
  }

  @Test
  void aQuoteOverTwoParagraphsIsOneStatement() {
    String body =
        "“The first part of our answer is long,\n\n“and the second part ends it,” the ministry"
            + " added.";
    List<ExtractedQuote> quotes = extract(body);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).quote().text()).contains("second part ends it");
    assertThat(quotes.get(0).quote().speaker().name()).isEqualTo("the ministry");
  }

  @Test
  void claimsCarryPredicateObjectAndPolarity() {
    Claim no =
        starting(extract("The court said that the decision has no legal force."), "that")
            .orElseThrow()
            .claim();
    Claim yes =
        starting(extract("The minister said that the decision has legal force."), "that")
            .orElseThrow()
            .claim();
    assertThat(no.predicate()).isEqualTo("have");
    assertThat(yes.predicate()).isEqualTo("have");
    assertThat(no.object()).isEqualTo(yes.object()).isEqualTo("legal force");
    assertThat(no.negated()).isTrue();
    assertThat(yes.negated()).isFalse();
  }

  @Test
  void scareQuotesAreLabelsNotStatements() {
    AnnotatedArticle annotated =
        annotate("The so-called “government” of the region met the ‘envoys’ on Tuesday.");
    assertThat(EXTRACTOR.extract(annotated, TAGGER.tag(annotated))).isEmpty();
    assertThat(QuoteExtractor.scareQuotes(annotated.article().body()))
        .extracting(ScareQuote::term)
        .containsExactly("government");
  }

  @Test
  void nestedScareQuotesInsideAStatementAreLabelsToo() {
    AnnotatedArticle annotated = annotate("“Their ‘referendum’ means nothing,” the envoy said.");
    assertThat(QuoteExtractor.scareQuotes(annotated.article().body()))
        .singleElement()
        .satisfies(s -> assertThat(s.nested()).isTrue())
        .satisfies(s -> assertThat(s.term()).isEqualTo("referendum"));
    assertThat(EXTRACTOR.extract(annotated, TAGGER.tag(annotated))).hasSize(1);
  }

  @Test
  void aLongTitleQuotedWithItsCommaInsideIsALabel() {
    AnnotatedArticle annotated =
        annotate(
            "The senator said on “The Late Evening Show With Dan,” a radio program, that farms"
                + " need help.");
    assertThat(EXTRACTOR.extract(annotated, TAGGER.tag(annotated)))
        .noneMatch(q -> q.quote().text().startsWith("The Late Evening"));
    assertThat(QuoteExtractor.scareQuotes(annotated.article().body()))
        .extracting(ScareQuote::term)
        .containsExactly("The Late Evening Show With Dan,");
    assertThat(extract("“We Will Build The Bridge Again,” the mayor said."))
        .anyMatch(q -> q.quote().text().startsWith("We Will Build"));
  }

  @Test
  void aDiscourseIdiomReportsNoStatement() {
    String body =
        "The mayor praised the new bridge. Having said that, she warned that the costs could rise.";
    AnnotatedArticle annotated = annotate(body);
    List<ExtractedQuote> all =
        new QuoteExtractor(QuoteScope.ATTRIBUTIONS).extract(annotated, TAGGER.tag(annotated));
    assertThat(all).noneMatch(q -> q.quote().text().equals("that"));
    assertThat(all).anyMatch(q -> q.quote().text().contains("the costs could rise"));
  }

  @Test
  void aContentInsideAMarkupTagIsNoStatement() {
    String body =
        "<post post-note=\"the mayor said that taxes rise\">The mayor spoke.<post/> a < b";
    int inAttribute = body.indexOf("taxes");
    int inProse = body.indexOf("The mayor spoke");
    assertThat(QuoteExtractor.insideTag(body, new Span(inAttribute, inAttribute + 5))).isTrue();
    assertThat(QuoteExtractor.insideTag(body, new Span(inProse, inProse + 9))).isFalse();
    int afterLess = body.indexOf(" b");
    assertThat(QuoteExtractor.insideTag(body, new Span(afterLess, afterLess + 2))).isFalse();
  }

  @Test
  void aFreeRelativeObjectMakesTheNamingVerbNoStatement() {
    String body = "The minister condemned what she called a reckless act by the rebels.";
    AnnotatedArticle annotated = annotate(body);
    List<ExtractedQuote> all =
        new QuoteExtractor(QuoteScope.ATTRIBUTIONS).extract(annotated, TAGGER.tag(annotated));
    assertThat(all).noneMatch(q -> "called".equals(q.quote().cue()));
    assertThat(all).anyMatch(q -> q.quote().text().startsWith("what she called"));
  }

  @Test
  void stancesWithTheirObjectAreAttributionsButNotStatements() {
    String body = "The senator called for new sanctions against the regime.";
    AnnotatedArticle annotated = annotate(body);
    ArticleActors actors = TAGGER.tag(annotated);
    assertThat(EXTRACTOR.extract(annotated, actors)).isEmpty();
    List<ExtractedQuote> all =
        new QuoteExtractor(QuoteScope.ATTRIBUTIONS).extract(annotated, actors);
    assertThat(all)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.quote().text()).contains("new sanctions");
              assertThat(q.speakerSpan().of(body)).isEqualTo("The senator");
            });
  }

  @Test
  void aNounOfSayingWithAThatClause() {
    List<ExtractedQuote> quotes =
        extract("Their claim that the vote had been rigged surprised nobody.");
    assertThat(starting(quotes, "that the vote had been rigged")).isPresent();
  }

  @Test
  void idsAreStableFromContent() {
    String body = "Vjosa Osmani said that her country was committed to dialogue.";
    assertThat(extract(body).get(0).quote().id()).isEqualTo(extract(body).get(0).quote().id());
  }
}
