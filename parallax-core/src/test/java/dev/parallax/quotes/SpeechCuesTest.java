package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechCuesTest {

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
  void anUnknownKindIsABrokenBuild() {
    byte[] bad = "say\tnoise\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SpeechCues.read(new ByteArrayInputStream(bad)))
        .isInstanceOf(IllegalStateException.class);
  }
}
