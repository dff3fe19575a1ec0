package dev.parallax.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.annotate.ParseCues;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeechCuesTest {
  private static final Set<String> PARSED_KINDS =
      Set.of("verb", "stance", "adjective", "noun", "evidential", "frame", "clausal");

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
  void everyCueWordMakesItsSentenceParsed() throws IOException {
    // A cue in a sentence the annotator leaves unparsed is never read: parse-cues.tsv must hold
    // every verb, stance, adjective and noun of speech-cues.tsv.
    List<String> missing = new ArrayList<>();
    try (InputStream in = SpeechCues.class.getResourceAsStream("speech-cues.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cols = line.split("\t");
        if (!line.startsWith("#") && cols.length == 2 && PARSED_KINDS.contains(cols[1])) {
          Token t = new Token(0, 0, cols[0].length(), cols[0], cols[0], "VB", "O");
          Sentence s = new Sentence(0, 0, cols[0].length(), List.of(t), List.of());
          if (!ParseCues.bundled().selects(s)) {
            missing.add(cols[0]);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void bundledCuesHoldAdjectivesOfBelief() {
    assertThat(SpeechCues.bundled().isAdjective("confident")).isTrue();
    assertThat(SpeechCues.bundled().isAdjective("green")).isFalse();
  }

  @Test
  void anUnknownKindIsABrokenBuild() {
    byte[] bad = "say\tnoise\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SpeechCues.read(new ByteArrayInputStream(bad)))
        .isInstanceOf(IllegalStateException.class);
  }
}
