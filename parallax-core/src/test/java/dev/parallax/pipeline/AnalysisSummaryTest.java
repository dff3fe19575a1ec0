package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisSummaryTest {
  private static AnalysisSummary summary(
      List<AnalysisSummary.Rejected> rejections, Map<String, Integer> diagnostics) {
    return new AnalysisSummary(
        3,
        rejections.stream().mapToInt(AnalysisSummary.Rejected::count).sum(),
        0,
        diagnostics.values().stream().mapToInt(Integer::intValue).sum(),
        Duration.ofMillis(1500),
        Map.of(),
        rejections,
        diagnostics);
  }

  @Test
  void linesNameTheRejectionsByReasonAndTheDiagnosticsByStage() {
    Map<String, Integer> diagnostics = new LinkedHashMap<>();
    diagnostics.put("annotate", 2);
    diagnostics.put("quotes", 1);
    AnalysisSummary s =
        summary(
            List.of(
                new AnalysisSummary.Rejected(
                    "no article text found", 4, List.of("a.html", "b.html", "c.html")),
                new AnalysisSummary.Rejected("empty input", 1, List.of("d.txt"))),
            diagnostics);

    assertThat(s.line()).isEqualTo("3 articles, 5 rejected, 3 diagnostics, 1.5 s");
    assertThat(s.rejectionLine())
        .isEqualTo("4 no article text found (a.html, b.html, c.html, ...), 1 empty input (d.txt)");
    assertThat(s.diagnosticLine()).isEqualTo("annotate 2, quotes 1");
  }

  @Test
  void manyReasonsAreSummedUpAfterTheFifth() {
    List<AnalysisSummary.Rejected> reasons = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      reasons.add(
          new AnalysisSummary.Rejected("HTTP status " + (400 + i), 1, List.of(i + ".warc")));
    }

    assertThat(summary(reasons, Map.of()).rejectionLine())
        .endsWith("1 HTTP status 405 (5.warc), and 2 for 2 other reasons");
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(
            () ->
                new AnalysisSummary(
                    0,
                    2,
                    0,
                    0,
                    Duration.ZERO,
                    Map.of(),
                    List.of(new AnalysisSummary.Rejected("empty input", 1, List.of("a.txt"))),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
