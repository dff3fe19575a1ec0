package dev.parallax.events;

import static dev.parallax.events.EventFixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.Event;
import dev.parallax.testing.ExpectedLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences, one per construction the extractor must handle. */
class EventExtractorTest {
  private static final String DAY = "2025-03-14";

  private static List<String> codes(List<ExtractedEvent> events) {
    return events.stream().map(e -> e.event().cameo()).toList();
  }

  private static String pair(ExtractedEvent e) {
    String target = e.event().target().actor();
    return prefix(e.event().source().actor()) + ">" + (target == null ? "-" : prefix(target));
  }

  private static String prefix(String actor) {
    return actor == null ? "?" : actor.substring(0, 3);
  }

  @Test
  void activeVerbGivesSourceCodeAndTarget() {
    List<ExtractedEvent> events = extract("Moldova expelled two Belarusian diplomats.", DAY);
    assertThat(codes(events)).containsExactly("174");
    ExtractedEvent e = events.get(0);
    assertThat(pair(e)).isEqualTo("MDA>BLR");
    Event event = e.event();
    assertThat(event.quadClass()).isEqualTo(4);
    assertThat(event.plover()).isEqualTo("COERCE");
    assertThat(event.goldstein()).isNegative();
    assertThat(event.story()).isNull();
    assertThat(event.articles()).isEqualTo(1);
    assertThat(event.mentions().get(0).trigger()).isEqualTo("expelled");
    assertThat(event.mentions().get(0).text())
        .isEqualTo("Moldova expelled two Belarusian diplomats.");
    assertThat(e.source().text()).isEqualTo("Moldova");
  }

  @Test
  void passiveTakesTheAgentAsSource() {
    List<ExtractedEvent> events =
        extract("Two Belarusian diplomats were declared persona non grata by Moldova.", DAY);
    assertThat(codes(events)).containsExactly("174");
    assertThat(prefix(events.get(0).event().source().actor())).isEqualTo("MDA");
  }

  @Test
  void actOnTheOrdersOfAnActorTakesThatActorWhenTheSubjectNamesNone() {
    List<ExtractedEvent> events =
        extract(
            "The foreign ministry declared both attachés persona non grata at the behest of"
                + " Moldova's president.",
            DAY);
    assertThat(codes(events)).containsExactly("174");
    assertThat(events.get(0).source().text()).isEqualTo("Moldova's president");
  }

  @Test
  void nominalEventTakesPossessorAndOf() {
    List<ExtractedEvent> events =
        extract("Moldova's expulsion of two Belarusian diplomats angered the public.", DAY);
    assertThat(codes(events)).containsExactly("174");
    assertThat(pair(events.get(0))).isEqualTo("MDA>BLR");
  }

  @Test
  void lightVerbLendsItsSubjectToTheNoun() {
    List<ExtractedEvent> events = extract("Belarus issued a warning to Moldova.", DAY);
    assertThat(codes(events)).containsExactly("130");
    assertThat(pair(events.get(0))).isEqualTo("BLR>MDA");
  }

  @Test
  void coordinatedSubjectsGiveOneEventEach() {
    List<ExtractedEvent> events =
        extract("Kosovo and Albania expelled two Russian diplomats.", DAY);
    assertThat(events).extracting(EventExtractorTest::pair).containsExactly("KSV>RUS", "ALB>RUS");
  }

  @Test
  void jointActorsOfTalksActOnEachOther() {
    List<ExtractedEvent> events = extract("Moldova and Belarus held talks in Vienna.", DAY);
    assertThat(events).extracting(EventExtractorTest::pair).containsExactly("MDA>BLR", "BLR>MDA");
    assertThat(codes(events)).containsOnly("046");
  }

  @Test
  void attributedActIsAnAccusationNotTheAct() {
    List<ExtractedEvent> events =
        extract("Belarus alleged that Moldova had attacked its embassy.", DAY);
    assertThat(codes(events)).containsExactly("112");
    assertThat(prefix(events.get(0).event().source().actor())).isEqualTo("BLR");
  }

  @Test
  void denialIsCodedAndTheDeniedActIsNot() {
    assertThat(codes(extract("Russia denies any plans to invade Ukraine.", DAY)))
        .containsExactly("016");
  }

  @Test
  void negatedAndConditionalActsGiveNoEvent() {
    assertThat(extract("Moldova did not expel the Belarusian diplomats.", DAY)).isEmpty();
    assertThat(extract("Belarus would not expel more Moldovan diplomats.", DAY)).isEmpty();
    assertThat(codes(extract("If Moldova expels more diplomats, Belarus will suffer.", DAY)))
        .doesNotContain("174");
  }

  @Test
  void threatToActIsAThreatWithTheActsTarget() {
    List<ExtractedEvent> events =
        extract("Belarus threatened to expel the Moldovan ambassador.", DAY);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).event().cameo()).startsWith("13");
    assertThat(pair(events.get(0))).isEqualTo("BLR>MDA");
  }

  @Test
  void futureActIsAnIntent() {
    List<ExtractedEvent> events = extract("Moldova will seek consultations with Belarus.", DAY);
    assertThat(codes(events)).containsExactly("036");
    assertThat(pair(events.get(0))).isEqualTo("MDA>BLR");
  }

  @Test
  void reportedObligationIsADemandByTheReporter() {
    List<ExtractedEvent> events =
        extract("Russia said that Moldova must release the detained journalists.", DAY);
    assertThat(codes(events)).containsExactly("100");
    assertThat(pair(events.get(0))).isEqualTo("RUS>MDA");
  }

  @Test
  void callingAMoveAProvocationIsCriticism() {
    assertThat(codes(extract("Belarus called the move a provocation.", DAY)))
        .containsExactly("111");
  }

  @Test
  void dateComesFromTheSentencesTimeExpressionElseThePublicationDate() {
    String body = "Moldova expelled two Belarusian diplomats on Tuesday.";
    int at = body.indexOf("Tuesday");
    TimeExpression tuesday =
        new TimeExpression(at, at + 7, "Tuesday", TimexType.DATE, "2025-03-11", 0);
    assertThat(extract(body, DAY, tuesday).get(0).event().date()).hasToString("2025-03-11");
    assertThat(extract(body, DAY).get(0).event().date()).hasToString(DAY);
    TimeExpression unresolved = new TimeExpression(at, at + 7, "Tuesday", TimexType.DATE, null, 0);
    assertThat(extract(body, DAY, unresolved).get(0).event().date())
        .as("no date beats a guessed one")
        .isNull();
  }

  @Test
  void aSentenceOpeningOnABackReferenceTakesTheLastDateNamedBefore() {
    String body =
        "The envoy was expelled from Romania in January. At the time, Romania expelled him over"
            + " a breach of the rules.";
    int at = body.indexOf("January");
    TimeExpression january =
        new TimeExpression(at, at + 7, "January", TimexType.DATE, "2025-01", 0);
    List<ExtractedEvent> events = extract(body, DAY, january);
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1).event().date()).hasToString("2025-01");
    String plain = body.replace("At the time, Romania", "Romania");
    List<ExtractedEvent> undated = extract(plain, DAY, january);
    assertThat(undated.get(undated.size() - 1).event().date()).hasToString(DAY);
  }

  @Test
  void presentStativeIsNotDatedByAYearOfAnotherClause() {
    String body = "Moldova, which left the alliance in 1994, opposes the Belarusian plan.";
    int at = body.indexOf("1994");
    TimeExpression year = new TimeExpression(at, at + 4, "1994", TimexType.DATE, "1994", 0);
    List<ExtractedEvent> events = extract(body, DAY, year);
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1).event().mentions().get(0).trigger())
        .isEqualTo("opposes");
    assertThat(events.get(events.size() - 1).event().date()).hasToString(DAY);
  }

  @Test
  @ExpectedLog(
      "WARN edu.stanford.nlp.process.PTBLexer: Untokenizable: ") // CoreNLP, when it re-seeds the
  // parse
  void idsAreStableAndOddInputGivesNothing() {
    String body = "Moldova expelled two Belarusian diplomats.";
    assertThat(extract(body, DAY).get(0).event().id())
        .isEqualTo(extract(body, DAY).get(0).event().id())
        .startsWith("v");
    assertThat(extract("", DAY)).isEmpty();
    assertThat(extract("\u0000\u0001 ?? \" “ »", null)).isEmpty();
    AnnotatedArticle unparsed =
        EventFixtures.annotator().annotate(EventFixtures.article("no trigger here at all", DAY));
    assertThat(new EventExtractor().extract(unparsed, new ArticleActors("x", List.of()))).isEmpty();
  }

  private static List<String> summary(List<ExtractedEvent> events) {
    return events.stream().map(e -> pair(e) + " " + e.event().cameo()).toList();
  }

  @Test
  void anActWithoutANamedAuthorRefersBackToTheLatestActOfItsKind() {
    List<ExtractedEvent> events =
        extract(
            "Moldovan police arrested a Belarusian trader on Monday. Minsk called the arrest of"
                + " the Belarusian an outrageous incident.",
            DAY);
    assertThat(summary(events)).contains("BLR>MDA 111").noneMatch(s -> s.startsWith("BLR>BLR"));
    List<ExtractedEvent> move =
        extract(
            "Moldova expelled two Belarusian diplomats. Minsk called the move a hostile"
                + " provocation.",
            DAY);
    assertThat(summary(move)).contains("MDA>BLR 174", "BLR>MDA 111");
  }

  @Test
  void rejectedClaimsAreAlsoTheClaimantsAccusation() {
    List<ExtractedEvent> events =
        extract("Moldova on Monday rejected Belarusian claims of espionage.", DAY);
    assertThat(summary(events)).contains("MDA>BLR 016", "BLR>MDA 112");
    List<ExtractedEvent> that =
        extract("Moldova rejected any claim by Belarus that Moldova trains saboteurs.", DAY);
    assertThat(summary(that)).contains("BLR>MDA 112").noneMatch(s -> s.endsWith(" 18"));
  }

  @Test
  void anAuthoritysActWithoutAgentIsTheReportersUnlessItIsTheOneActedOn() {
    List<ExtractedEvent> events =
        extract(
            "The Moldovan foreign ministry said two Belarusian diplomats had been expelled.", DAY);
    assertThat(summary(events)).containsExactly("MDA>BLR 174");
    List<ExtractedEvent> victim =
        extract("Belarus said two Belarusian diplomats had been expelled.", DAY);
    assertThat(summary(victim)).noneMatch(s -> s.startsWith("BLR>BLR"));
  }

  @Test
  void aTargetTheGrammarDoesNotNameIsTheFirstCodedActorBelowTheTrigger() {
    List<ExtractedEvent> events =
        extract("Syria offered to hand over two suspects to Lebanon.", DAY);
    assertThat(summary(events)).anyMatch(s -> s.startsWith("SYR>LBN"));
    List<ExtractedEvent> own =
        extract(
            "According to Syria's foreign minister, the Syrian government strongly condemns the"
                + " violence.",
            DAY);
    assertThat(summary(own)).containsExactly("SYR>- 111");
  }

  @Test
  void aRetellingOfTheSameActIsOneEventWithTwoMentions() {
    List<ExtractedEvent> events =
        extract(
            "Moldova expelled two Belarusian diplomats. Moldova's foreign ministry declared the"
                + " Belarusian diplomats persona non grata.",
            DAY);
    assertThat(summary(events)).containsExactly("MDA>BLR 174");
    assertThat(events.get(0).event().mentions()).hasSize(2);
  }
}
