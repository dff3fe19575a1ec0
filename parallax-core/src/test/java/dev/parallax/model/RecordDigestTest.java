package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordDigestTest {
  private static final Coverage.Label LABEL =
      new Coverage.Label(
          "e1", "the separatists", 2, true, List.of(new Mention("a1", 4, 19, "the separatists")));
  private static final Coverage ROW =
      new Coverage(
          "s1",
          "Example Wire",
          List.of("a1", "a2"),
          List.of(LABEL),
          List.of(new Coverage.Voice("e2", 3, "official", 1)),
          List.of("v1"),
          List.of(),
          List.of(new Coverage.Tone("e1", -0.25)),
          "o1");

  @Test
  void equalRecordsGetOneDigestAndItsFormIsAKindAndSixteenHexDigits() {
    Coverage copy =
        new Coverage(
            "s1",
            "Example Wire",
            new ArrayList<>(List.of("a1", "a2")),
            List.of(
                new Coverage.Label(
                    "e1",
                    "the separatists",
                    2,
                    true,
                    List.of(new Mention("a1", 4, 19, "the separatists")))),
            List.of(new Coverage.Voice("e2", 3, "official", 1)),
            List.of("v1"),
            List.of(),
            List.of(new Coverage.Tone("e1", -0.25)),
            "o1");
    assertThat(RecordDigest.of('r', copy)).isEqualTo(RecordDigest.of('r', ROW));
    assertThat(RecordDigest.of('r', ROW)).matches("r[0-9a-f]{16}");
  }

  /** {@link #ROW} with its lists replaced (articles, labels, reported, omitted, tone). */
  private static Coverage rowWith(
      List<String> articles,
      List<Coverage.Label> labels,
      List<String> reported,
      List<String> omitted,
      List<Coverage.Tone> tone) {
    return new Coverage(
        ROW.story(), ROW.outlet(), articles, labels, ROW.voices(), reported, omitted, tone, "o1");
  }

  @Test
  void everyChangedComponentChangesTheDigest() {
    Coverage.Label moved =
        new Coverage.Label(
            "e1", "the separatists", 2, true, List.of(new Mention("a1", 5, 20, "the separatists")));
    List<Coverage> changed =
        List.of(
            ROW.withOutletId("o2"),
            ROW.withOutletId(null),
            rowWith(List.of("a2", "a1"), ROW.labels(), ROW.reported(), ROW.omitted(), ROW.tone()),
            rowWith(ROW.articles(), List.of(moved), ROW.reported(), ROW.omitted(), ROW.tone()),
            rowWith(
                ROW.articles(),
                ROW.labels(),
                ROW.reported(),
                ROW.omitted(),
                List.of(new Coverage.Tone("e1", 0.25))),
            rowWith(ROW.articles(), ROW.labels(), List.of(), List.of("v1"), ROW.tone()));
    Set<String> digests = new HashSet<>();
    digests.add(RecordDigest.of('r', ROW));
    changed.forEach(c -> digests.add(RecordDigest.of('r', c)));
    assertThat(digests).hasSize(changed.size() + 1);
  }

  @Test
  void valuesThatPrintAlikeDigestApart() {
    List<List<Object>> values =
        List.of(
            List.of("ab", "c"),
            List.of("a", "bc"),
            List.of("abc"),
            List.of(List.of("ab"), "c"),
            List.of(List.of("ab", "c")),
            List.of(1, 2),
            List.of(1L, 2L, 0),
            List.of("1", "2"),
            List.of(1.0, 2.0),
            List.of(true, false),
            List.of(Map.of("ab", "c")),
            List.of(EntityType.values()[0]),
            List.of(EntityType.values()[0].name()));
    Set<String> digests = new HashSet<>();
    values.forEach(v -> digests.add(RecordDigest.of('r', v)));
    List<Object> withNull = new ArrayList<>();
    withNull.add(null);
    digests.add(RecordDigest.of('r', withNull));
    digests.add(RecordDigest.of('r', List.of("")));
    assertThat(digests).hasSize(values.size() + 2);
  }

  @Test
  void aValueItCannotSeeIntoIsRefused() {
    assertThatThrownBy(() -> RecordDigest.of('r', new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }
}
