package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {
  private static final String TEXT =
      "Polls show, the mayor said, that the park will open. 😀 It rains.";

  @Test
  void readsRolesDiscontinuousContentAndMissingSources() {
    String ann =
        String.join(
            "\n",
            "T1\tSource 12 21\tthe mayor",
            "T2\tCue 22 26\tsaid",
            "T3\tContent 28 51;0 10\tthat the park will open Polls show",
            "T4\tAttribution 22 26\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 55 64\tIt rains.",
            "E2\tAttribution-no-source:T5 Content:T5",
            "T6\tDiscard 0 5\tPolls",
            "#1\tAnnotatorNotes T1\tnote",
            "garbage line");
    List<BratAttributions.Gold> gold = BratAttributions.read(ann, TEXT);
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).content()).containsExactly(new Span(28, 51), new Span(0, 10));
    assertThat(gold.get(0).source()).containsExactly(new Span(12, 21));
    assertThat(gold.get(0).cue()).containsExactly(new Span(22, 26));
    assertThat(gold.get(1).source()).isEmpty();
  }

  @Test
  void codePointOffsetsBecomeUtf16Offsets() {
    // The emoji is one code point and two UTF-16 units: "It rains." starts one unit later.
    List<BratAttributions.Gold> gold =
        BratAttributions.read("T1\tContent 55 64\tIt rains.\nE1\tAttribution:T1 Content:T1", TEXT);
    assertThat(gold.get(0).content().get(0).of(TEXT)).isEqualTo("It rains.");
  }

  @Test
  void outOfRangeOffsetsAreSkipped() {
    assertThat(BratAttributions.read("T1\tContent 5 500\tx\nE1\tAttribution:T1 Content:T1", TEXT))
        .isEmpty();
  }
}
