package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CameoCodesTest {
  private static final CameoCodes CODES = CameoCodes.bundled();

  @Test
  void tableHoldsEveryCodeWithItsReferenceValues() {
    assertThat(CODES.size()).isEqualTo(311);
    CameoCode expel = CODES.get("174").orElseThrow();
    assertThat(expel.root()).isEqualTo("17");
    assertThat(expel.quadClass()).isEqualTo(4);
    assertThat(expel.goldstein()).isNegative();
    assertThat(expel.plover()).isEqualTo("COERCE");
    assertThat(CODES.get("046").orElseThrow().plover()).isEqualTo("CONSULT");
    assertThat(CODES.get("020").orElseThrow().plover()).as("PLOVER drops appeals").isNull();
    assertThat(CODES.get("999")).isEmpty();
    assertThat(CODES.get(null)).isEmpty();
  }

  @Test
  void patternsUseKnownCodesAndCoverAllTwentyRoots() {
    List<EventPattern> patterns = EventPatterns.bundled().all();
    Set<String> roots = new TreeSet<>();
    for (EventPattern p : patterns) {
      if (p.code() != null) {
        assertThat(CODES.get(p.code())).as(p.lemma() + " " + p.code()).isPresent();
        roots.add(p.code().substring(0, 2));
      }
    }
    Set<String> all =
        java.util.stream.IntStream.rangeClosed(1, 20)
            .mapToObj(i -> String.format("%02d", i))
            .collect(Collectors.toSet());
    assertThat(roots).containsExactlyInAnyOrderElementsOf(all);
    assertThat(patterns).anyMatch(p -> p.kind() == EventPattern.Kind.NOUN);
    assertThat(patterns).anyMatch(p -> p.kind() == EventPattern.Kind.LIGHT);
  }

  @Test
  void intentCodesExistForEveryRoot() {
    Modifiers modifiers = Modifiers.bundled();
    for (int root = 1; root <= 20; root++) {
      String code = modifiers.intentCode(String.format("%02d", root));
      assertThat(CODES.get(code).orElseThrow().root()).isIn("03", "13");
    }
  }
}
