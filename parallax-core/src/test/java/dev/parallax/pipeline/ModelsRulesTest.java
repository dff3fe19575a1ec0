package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.resources.Rules;
import dev.parallax.resources.RulesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models of a user's rules read the user's knowledge base, not the bundled one. */
class ModelsRulesTest {
  @Test
  void theModelsOfAUsersRulesReadTheirKnowledgeBase(@TempDir Path dir) throws IOException {
    Path offices =
        Files.write(
            dir.resolve("offices.tsv"),
            List.of(
                "person\tvariants\tsurname\tholder\toffice\tfunction\tcode\tstart\tend\tnote",
                "Ada Example\t\t\tKSV\tEnvoy\tOTHER\tKSVGOV\t2020-01-01\t\t"));
    Rules rules = RuleTables.layered(null, List.of(offices));
    Models models = Models.of(rules);
    assertThat(models.rules()).isSameAs(rules);
    assertThat(models.kb()).isSameAs(KnowledgeBase.of(rules));
    assertThat(models.kb().officesHeld("Ada Example", LocalDate.of(2024, 1, 1))).hasSize(1);
    assertThat(Models.shared().kb().officesHeld("Ada Example", LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void everyTableIsListedOnceAndItsBundledFileLoads() {
    assertThat(RuleTables.ALL).doesNotHaveDuplicates();
    assertThat(RuleTables.ALL.stream().map(t -> t.path())).doesNotHaveDuplicates();
    RuleTables.ALL.forEach(t -> assertThat(Rules.bundled().table(t).rows()).isNotEmpty());
  }

  /** Adding a cue verb or an event trigger touches one data file: the parse follows. */
  @Test
  void aCueOrTriggerAUserAddsIsParsedFor(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("quotes"));
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("quotes/speech-cues.tsv"), "cue\tkind\ngrumble\tverb\n");
    Files.writeString(
        dir.resolve("events/patterns.tsv"),
        "lemma\tkind\tcomplement\ttarget\tcode\torigin\ncordon\tverb\t-\t-\t191\t-\n");
    Models mine = Models.of(RuleTables.layered(dir, List.of()));
    for (String lemma : List.of("grumble", "cordon")) {
      String word = lemma + "d";
      Token t = new Token(0, 0, word.length(), word, lemma, "VBD", "O");
      Sentence s = new Sentence(0, 0, word.length(), List.of(t), List.of());
      assertThat(mine.parseCues().selects(s)).as(lemma).isTrue();
      assertThat(Models.shared().parseCues().selects(s)).as(lemma).isFalse();
    }
    Token say = new Token(0, 0, 4, "said", "say", "VBD", "O");
    assertThat(mine.parseCues().selects(new Sentence(0, 0, 4, List.of(say), List.of()))).isTrue();
  }

  /** No rule file is read past the loader: every bundled table file is a table of the list. */
  @Test
  void everyBundledTableFileIsListed() throws Exception {
    Path root =
        Path.of(RuleTables.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/parallax");
    List<String> files;
    try (var walk = Files.walk(root)) {
      files =
          walk.filter(f -> f.toString().endsWith(".tsv"))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    assertThat(RuleTables.ALL.stream().map(t -> t.path()).sorted().toList())
        .containsExactlyElementsOf(files);
  }

  /** A row its table accepts but its lexicon cannot use is reported before any analysis. */
  @Test
  void aRowALexiconRefusesIsReportedWhenTheRulesAreMade(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("conflicts"));
    Files.writeString(
        dir.resolve("conflicts/stance-terms.tsv"), "frame\tpole\tphrase\nweather\t+\tsunny\n");
    assertThatThrownBy(() -> RuleTables.layered(dir, List.of()))
        .isInstanceOf(RulesException.class)
        .hasMessageContaining("weather");
  }
}
