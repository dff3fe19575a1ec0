package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventEvaluationTest {
  private static final Article TEXT = EventGoldReader.article("Some text.", "20210101");

  private static Event event(String source, String code, String target) {
    return new Event(
        "v" + source + code + target,
        null,
        null,
        new ActorRef(null, source),
        new ActorRef(null, target),
        code,
        0,
        1,
        null,
        List.of(),
        1,
        1);
  }

  @Test
  void goldEventsPairWithTheBestPredictionAndActorsMatchOnTheirCountry() {
    EventCase c =
        new EventCase(
            TEXT,
            List.of(
                new GoldEvent(Set.of("KSV"), Set.of("RUS"), "174", null),
                new GoldEvent(Set.of("RUS"), Set.of("KSV"), "111", null)),
            false);
    EventScore s =
        EventEvaluation.score(
            c, List.of(event("RUSGOV", "112", "KSVGOV"), event("KSVGOV", "174", "RUSGOV")));
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.paired()).isEqualTo(2);
    assertThat(s.typeCorrect()).isEqualTo(2);
    assertThat(s.codeCorrect()).isEqualTo(1);
    assertThat(s.sourceCorrect()).isEqualTo(2);
    assertThat(s.rootAccuracy()).isEqualTo(1.0);
    assertThat(s.codeAccuracy()).isEqualTo(0.5);
  }

  @Test
  void f1AndBootstrapIntervalsComeFromTheSummedTexts() {
    EventCase c =
        new EventCase(TEXT, List.of(new GoldEvent(Set.of("KSV"), Set.of(), "174", null)), false);
    EventScore right = EventEvaluation.score(c, List.of(event("KSVGOV", "173", null)));
    EventScore wrong = EventEvaluation.score(c, List.of(event("KSVGOV", "190", null)));
    EventScore sum = EventScore.sum(List.of(right, wrong));
    assertThat(sum.precision()).isEqualTo(0.5);
    assertThat(sum.recall()).isEqualTo(0.5);
    assertThat(sum.f1()).isEqualTo(0.5);
    assertThat(sum.summary()).containsEntry("f1", 0.5);
    EventScore.Intervals ci = EventScore.bootstrap(List.of(right, wrong), 200, 21);
    assertThat(ci.rootAccuracy().low()).isZero();
    assertThat(ci.rootAccuracy().high()).isEqualTo(1.0);
    assertThat(EventScore.bootstrap(List.of(right, right), 50, 21).f1().low()).isEqualTo(1.0);
  }

  @Test
  void thePartsSplitTheTextsOnceByTheirText() {
    List<EventCase> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      cases.add(
          new EventCase(
              EventGoldReader.article("Text number " + i + ".", "20210101"), List.of(), false));
    }
    List<EventCase> tune = EventEvaluation.part(cases, CleanEvaluation.Part.TUNE);
    List<EventCase> held = EventEvaluation.part(cases, CleanEvaluation.Part.HELD_OUT);
    assertThat(tune.size() + held.size()).isEqualTo(60);
    assertThat(held).isNotEmpty().doesNotContainAnyElementsOf(tune);
    assertThat(held).allMatch(c -> CleanEvaluation.Part.heldOut(c.article().body()));
    assertThat(EventEvaluation.part(cases, CleanEvaluation.Part.ALL)).hasSize(60);
  }

  @Test
  void anInspectionLineShowsGoldPredictionsAndText() {
    EventCase c =
        new EventCase(TEXT, List.of(new GoldEvent(Set.of("KSV"), Set.of(), "174", null)), false);
    assertThat(EventEvaluation.line(c, List.of(event("KSVGOV", "173", null))))
        .isEqualTo("[KSV]>[]:174\tKSVGOV>null:173/17\tSome text.\n");
  }

  @Test
  void countryCodesAgreeAcrossCameoIsoAndTheGoldsOlderCodes() {
    assertThat(EventEvaluation.actorMatches(Set.of("ROU"), "ROMGOV")).isTrue();
    assertThat(EventEvaluation.actorMatches(Set.of("JAP"), "JPNGOV")).isTrue();
    assertThat(EventEvaluation.actorMatches(Set.of("IGO"), "IGOUNO")).isTrue();
    assertThat(EventEvaluation.actorMatches(Set.of("ROU"), "RUSGOV")).isFalse();
  }

  @Test
  void predictionsOnATextWithoutEventsCostPrecision() {
    EventScore s =
        EventEvaluation.score(
            new EventCase(TEXT, List.of(), false), List.of(event("RUS", "190", null)));
    assertThat(s.predicted()).isEqualTo(1);
    assertThat(s.precision()).isZero();
    assertThat(s.summary()).containsEntry("task", "events").containsEntry("n", 0);
  }

  @Test
  void ploverTypesCountAppealsAsRequestsAndSkipStatements() {
    EventCase c =
        new EventCase(TEXT, List.of(new GoldEvent(Set.of("USA"), Set.of(), null, "REQUEST")), true);
    EventScore s =
        EventEvaluation.score(c, List.of(event("USAGOV", "020", null), event("USA", "010", null)));
    assertThat(s.predicted()).as("a statement is no PLOVER event").isEqualTo(1);
    assertThat(s.typeCorrect()).isEqualTo(1);
    assertThat(s.summary()).containsEntry("code_accuracy", null);
  }

  @Test
  void readsBothGoldFormats(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        """
        {"text": "Arda expelled an envoy of Bora.", "date": "19950101", "events": \
        [{"source": "ARD", "target": "BOR", "code": "174"}], "noevents": false}
        {"text": "Bora urged calm.", "date": "2000-01-01", "event_current": "REQUEST", \
        "source": [{"text": "Bora", "code": "BOR", "sector": "GOV"}], "target": []}
        {"no": "text"}
        """);
    List<EventCase> cases = EventGoldReader.read(file);
    assertThat(cases).hasSize(2);
    assertThat(cases.get(0).article().published()).hasToString("1995-01-01");
    assertThat(cases.get(0).gold().get(0).code()).isEqualTo("174");
    assertThat(cases.get(1).ploverTypes()).isTrue();
    assertThat(cases.get(1).gold().get(0).sources()).containsExactly("BOR");
  }
}
