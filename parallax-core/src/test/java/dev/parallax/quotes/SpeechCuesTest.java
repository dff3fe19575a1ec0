package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.resources.Rules;
import dev.parallax.resources.RulesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechCuesTest {
  @TempDir Path dir;

  @Test
  void bundledCuesHoldVerbsStancesPhrasesAndDocuments() {
    SpeechCues cues = SpeechCues.bundled();
    assertThat(cues.isVerb("Say")).isTrue();
    assertThat(cues.isVerb("tweet")).isTrue();
    assertThat(cues.isStance("criticize")).isTrue();
    assertThat(cues.isTell("tell")).isTrue();
    assertThat(cues.isDocument("communiqué")).isTrue();
    assertThat(cues.phrases()).contains(List.of("according", "to"));
    assertThat(cues.isVerb("eat")).isFalse();
  }

  @Test
  void theParsedLemmasAreTheCuesOfKindsReadFromTheParse() {
    Set<String> lemmas = SpeechCues.bundled().parsedLemmas();
    assertThat(lemmas).contains("say", "criticize", "confident", "claim", "reportedly", "poll");
    assertThat(lemmas).doesNotContain("according", "communiqué");
    assertThat(lemmas).allMatch(l -> l.equals(l.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void bundledCuesHoldAdjectivesOfBelief() {
    assertThat(SpeechCues.bundled().isAdjective("confident")).isTrue();
    assertThat(SpeechCues.bundled().isAdjective("green")).isFalse();
  }

  @Test
  void aUsersRowAddsACueAndAnUnknownKindIsNamedWithItsLine() throws IOException {
    write("cue\tkind\nopine\tverb\n");
    SpeechCues cues = SpeechCues.of(Rules.layered(List.of(SpeechCues.TABLE), dir, List.of()));
    assertThat(cues.isVerb("Opine")).isTrue();
    assertThat(cues.parsedLemmas()).contains("opine");
    assertThat(cues.isVerb("say")).isTrue();
    assertThat(SpeechCues.bundled().isVerb("opine")).isFalse();

    write("cue\tkind\nopine\tnoise\n");
    assertThatThrownBy(() -> Rules.layered(List.of(SpeechCues.TABLE), dir, List.of()))
        .isInstanceOf(RulesException.class)
        .hasMessageContaining("speech-cues.tsv:2");
  }

  private void write(String text) throws IOException {
    Path file = dir.resolve("quotes/speech-cues.tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
