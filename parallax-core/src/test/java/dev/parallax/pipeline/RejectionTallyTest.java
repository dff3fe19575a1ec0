package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionTallyTest {
  @Test
  void reasonsLoseTheirParticulars() {
    assertThat(RejectionTally.reasonOf("no article text found (3 blocks removed as debris)"))
        .isEqualTo("no article text found");
    assertThat(RejectionTally.reasonOf("empty input")).isEqualTo("empty input");
    assertThat(RejectionTally.reasonOf("empty input: no JSON Lines records"))
        .isEqualTo("empty input");
    assertThat(RejectionTally.reasonOf("duplicate of a.txt")).isEqualTo("duplicate");
    assertThat(RejectionTally.reasonOf("too large: 17.0 MB, the limit is 16.8 MB per document"))
        .isEqualTo("too large");
    assertThat(RejectionTally.reasonOf("internal error: java.lang.IllegalStateException: x"))
        .isEqualTo("internal error");
    assertThat(RejectionTally.reasonOf("HTTP status 404, not a page")).isEqualTo("HTTP status 404");
    assertThat(RejectionTally.reasonOf("")).isEqualTo("no reason given");
  }

  @Test
  void countsByReasonMostFrequentFirstKeepingTheFirstThreeSources() {
    RejectionTally tally = new RejectionTally();
    tally.add(Rejection.of("a.txt", "empty input", "decode"));
    for (String page : List.of("b.html", "c.html", "d.html", "e.html")) {
      tally.add(Rejection.of(page, "no article text found (2 blocks removed as debris)", "clean"));
    }
    tally.add(Rejection.of("f.txt", "duplicate of g.txt", Rejection.INGEST));

    assertThat(tally.byReason())
        .containsExactly(
            new AnalysisSummary.Rejected(
                "no article text found", 4, List.of("b.html", "c.html", "d.html")),
            new AnalysisSummary.Rejected("empty input", 1, List.of("a.txt")),
            new AnalysisSummary.Rejected("duplicate", 1, List.of("f.txt")));
  }
}
