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
