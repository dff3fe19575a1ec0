package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScoreTest {
  // 0         1         2         3         4         5         6         7
  // 0123456789012345678901234567890123456789012345678901234567890123456789012345
  private static final String TEXT =
      "Ann said \"the bridge is safe.\" Bob said that taxes will rise. Cy left.";

  private static BratAttributions.Gold gold(int cs, int ce, int ss, int se) {
    return new BratAttributions.Gold(
        List.of(new Span(cs, ce)), ss < 0 ? List.of() : List.of(new Span(ss, se)), List.of());
  }

  @Test
  void exactOverlapSourceAndAttribution() {
    List<BratAttributions.Gold> gold = List.of(gold(9, 30, 0, 3), gold(40, 60, 31, 34));
    List<QuoteScore.Predicted> pred =
        List.of(
            // Marks excluded but otherwise equal: exact. Right source.
            new QuoteScore.Predicted(new Span(10, 29), new Span(0, 3)),
            // Overlaps without "that": not exact. Wrong source.
            new QuoteScore.Predicted(new Span(45, 60), new Span(62, 64)),
            // Matches nothing.
            new QuoteScore.Predicted(new Span(62, 69), null));
    QuoteScore s = QuoteScore.of(TEXT, gold, pred);
    assertThat(s.exact()).isEqualTo(1);
    assertThat(s.overlap()).isEqualTo(2);
    assertThat(s.sourceCorrect()).isEqualTo(1);
    assertThat(s.overlapPrf().precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.overlapPrf().recall()).isEqualTo(1.0);
    assertThat(s.sourceAccuracy()).isEqualTo(0.5);
    assertThat(s.attributionPrf().recall()).isEqualTo(0.5);
  }

  @Test
  void matchingIsOneToOne() {
    List<BratAttributions.Gold> gold = List.of(gold(9, 30, -1, -1));
    List<QuoteScore.Predicted> pred =
        List.of(
            new QuoteScore.Predicted(new Span(10, 20), null),
            new QuoteScore.Predicted(new Span(20, 29), null));
    QuoteScore s = QuoteScore.of(TEXT, gold, pred);
    assertThat(s.overlap()).isEqualTo(1);
    // A gold attribution without a source counts as attributed once its content matches.
    assertThat(s.attributed()).isEqualTo(1);
    assertThat(s.goldSources()).isZero();
  }

  @Test
  void sumsAndSummaryLine() {
    QuoteScore one = QuoteScore.of(TEXT, List.of(gold(9, 30, 0, 3)), List.of());
    QuoteScore sum = one.plus(one).plus(QuoteScore.empty());
    assertThat(sum.gold()).isEqualTo(2);
    assertThat(sum.overlapPrf().f1()).isZero();
    assertThat(sum.summary()).containsEntry("task", "quotes").containsEntry("n", 2);
    assertThat(sum.summary().keySet())
        .containsExactly(
            "task", "content_f1", "attribution_f1", "source_accuracy", "spurious_per_100", "n");
  }

  @Test
  void eachSieveCountsItsStatementsMatchesAndAttributionsAndSpuriousOnesAreCounted() {
    List<BratAttributions.Gold> gold = List.of(gold(9, 30, 0, 3), gold(40, 60, 31, 34));
    List<QuoteScore.Predicted> pred =
        List.of(
            new QuoteScore.Predicted(new Span(10, 29), new Span(0, 3), "direct/cue-after"),
            new QuoteScore.Predicted(new Span(45, 60), new Span(62, 64), "reported/cue-clause"),
            new QuoteScore.Predicted(new Span(62, 69), null, "reported/cue-clause"));
    QuoteScore s = QuoteScore.of(TEXT, gold, pred).plus(QuoteScore.of(TEXT, gold, pred));
    assertThat(s.sieves())
        .containsEntry("direct/cue-after", new QuoteScore.Sieve(2, 2, 2))
        .containsEntry("reported/cue-clause", new QuoteScore.Sieve(4, 2, 0));
    // "Cy left." touches no gold content: one spurious statement per document, 2 per 4 gold.
    assertThat(s.spurious()).isEqualTo(2);
    assertThat(s.spuriousPer100()).isEqualTo(50.0);
    assertThat(s.sieveReport()).contains("direct/cue-after").contains("reported/cue-clause");
  }

  @Test
  void theBootstrapIntervalHoldsTheFigureAndIsSeeded() {
    QuoteScore right =
        QuoteScore.of(
            TEXT,
            List.of(gold(9, 30, 0, 3)),
            List.of(new QuoteScore.Predicted(new Span(10, 29), new Span(0, 3))));
    QuoteScore wrong = QuoteScore.of(TEXT, List.of(gold(9, 30, 0, 3)), List.of());
    List<QuoteScore> docs = List.of(right, wrong, right, wrong);
    QuoteScore.Intervals ci = QuoteScore.bootstrap(docs, 200, 21);
    double f1 = QuoteScore.sum(docs).attributionPrf().f1();
    assertThat(ci.attributionF1().low())
        .isLessThanOrEqualTo(f1)
        .isLessThan(ci.attributionF1().high());
    assertThat(QuoteScore.bootstrap(docs, 200, 21)).isEqualTo(ci);
  }
}
