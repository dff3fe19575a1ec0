package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.actors.ActorMention;
import dev.parallax.model.Span;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneTest {
  @TempDir Path dir;

  @Test
  void toneLexiconWeighsInflectedForms() {
    ToneLexicon lexicon = ToneLexicon.builtIn();
    assertThat(lexicon.size()).isGreaterThan(100);
    assertThat(lexicon.weight("Attacks")).isEqualTo(-1);
    assertThat(lexicon.weight("welcomed")).isEqualTo(0.5);
    assertThat(lexicon.weight("table")).isZero();
  }

  @Test
  void polarWordsCountForTheActorOfTheirSentenceOnly() {
    String body = "Veloria launched a brutal attack. Ostia welcomed the agreement.";
    ActorMention veloria = Mentions.name(body, "Veloria", "k:V");
    ActorMention ostia = Mentions.name(body, "Ostia", "k:O");
    List<ToneScorer.Evidence> found =
        new ToneScorer(ToneLexicon.builtIn())
            .read(
                new BodyWords(body),
                List.of(veloria, ostia),
                Map.of(veloria, "eV", ostia, "eO"),
                List.of());
    assertThat(found.stream().filter(e -> e.entity().equals("eV")).mapToDouble(e -> e.weight()))
        .containsExactly(-1.0, -1.0);
    assertThat(found.stream().filter(e -> e.entity().equals("eO")).mapToDouble(e -> e.weight()))
        .containsExactly(0.5, 0.5);
  }

  @Test
  void quotedWordsAreNotTheOutlets() {
    String body = "Veloria said: \"This is a brutal attack.\"";
    ActorMention veloria = Mentions.name(body, "Veloria", "k:V");
    Span quote = new Span(body.indexOf("This"), body.length() - 1);
    assertThat(
            new ToneScorer(ToneLexicon.builtIn())
                .read(new BodyWords(body), List.of(veloria), Map.of(veloria, "eV"), List.of(quote)))
        .isEmpty();
  }

  @Test
  void theFormulaShrinksTowardZeroAndStaysInRange() {
    ToneFormula one = new ToneFormula();
    one.word(-1);
    assertThat(one.score()).isCloseTo(-1 / 3.0, within(0.001));
    ToneFormula many = new ToneFormula();
    for (int i = 0; i < 50; i++) {
      many.loadedLabel();
    }
    many.asSource(-10);
    assertThat(many.score()).isBetween(-1.0, -0.9);
    ToneFormula events = new ToneFormula();
    events.asSource(7);
    events.asTarget(-10);
    assertThat(events.score()).isCloseTo((0.7 - 0.5) / 4, within(0.001));
    assertThat(new ToneFormula().score()).isZero();
  }

  @Test
  void aUsersRowWeighsAWord() throws IOException {
    ToneLexicon user =
        ToneLexicon.of(
            UserRules.layered(
                dir,
                "coverage/tone-words.tsv",
                "word\tweight\nsaber-rattling\t-1\nattack\t-0.5\n"));
    assertThat(user.weight("saber-rattling")).isEqualTo(-1);
    assertThat(user.weight("attacked")).isEqualTo(-1);
    assertThat(user.weight("attack")).isEqualTo(-0.5);
    assertThat(ToneLexicon.builtIn().weight("saber-rattling")).isZero();
  }
}
