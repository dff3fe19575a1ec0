package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's rows layered over the bundled event tables change what the lexicons hold. */
class UserEventRulesTest {
  @TempDir Path dir;

  @Test
  void aUsersPatternAddsATriggerAndARemovalDropsOne() throws IOException {
    assertThat(EventPatterns.bundled().triggerLemmas()).contains("expel", "expulsion");
    assertThat(EventPatterns.bundled().triggerLemmas()).doesNotContain("defenestrate");
    Rules rules =
        folder(
            EventPatterns.TABLE,
            "lemma\tkind\tcomplement\ttarget\tcode\torigin",
            "defenestrate\tverb\t-\t-\t180\t-",
            "!denial\tnoun\t-");
    EventPatterns patterns = EventPatterns.of(rules);
    assertThat(patterns.triggerLemmas()).contains("defenestrate").doesNotContain("denial");
    assertThat(patterns.all())
        .filteredOn(p -> p.lemma().equals("defenestrate"))
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("180"));
  }

  @Test
  void aUsersModifierRowsReplaceTheEffectsOfTheirWord() throws IOException {
    assertThat(Modifiers.bundled().is("will", Modifiers.Effect.MODAL)).isTrue();
    Rules rules = folder(Modifiers.MODIFIERS, "word\teffect", "will\tintent", "perhaps\tmodal");
    Modifiers modifiers = Modifiers.of(rules);
    assertThat(modifiers.is("will", Modifiers.Effect.MODAL)).isFalse();
    assertThat(modifiers.is("will", Modifiers.Effect.INTENT)).isTrue();
    assertThat(modifiers.is("perhaps", Modifiers.Effect.MODAL)).isTrue();
    assertThat(modifiers.is("not", Modifiers.Effect.NEGATE)).isTrue();
  }

  @Test
  void aUsersIntentCodeReplacesTheBundledOne() throws IOException {
    assertThat(Modifiers.bundled().intentCode("01")).isEqualTo("030");
    Rules rules = folder(Modifiers.INTENT, "root\tcode", "01\t031");
    assertThat(Modifiers.of(rules).intentCode("01")).isEqualTo("031");
    assertThat(Modifiers.of(rules).intentCode("02")).isEqualTo("030");
  }

  @Test
  void aUsersCodeRowReplacesItsGoldsteinValue() throws IOException {
    Rules rules =
        folder(
            CameoCodes.TABLE,
            "code\troot\tquad\tgoldstein\tplover\tname",
            "010\t01\t1\t0.5\t-\tstatement");
    assertThat(CameoCodes.bundled().get("010").orElseThrow().goldstein()).isEqualTo(0.0);
    assertThat(CameoCodes.of(rules).get("010").orElseThrow().goldstein()).isEqualTo(0.5);
    assertThat(CameoCodes.of(rules).size()).isEqualTo(CameoCodes.bundled().size());
  }

  @Test
  void aUsersBackReferenceIsRead() throws IOException {
    Rules rules = folder(EventDates.TABLE, "phrase", "in those days");
    assertThat(rules.table(EventDates.TABLE).rows())
        .extracting(r -> r.text("phrase"))
        .startsWith("at the time")
        .endsWith("in those days");
  }

  private Rules folder(TableSpec spec, String... lines) throws IOException {
    return UserRules.over(dir, spec, lines);
  }
}
