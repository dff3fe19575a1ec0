package dev.parallax.clean;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Until;
import dev.parallax.resources.Rules;
import dev.parallax.testing.OtherLanguages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageGuessTest {
  private static final String HUNGARIAN =
      "A város és a falu között nem is egy út van, de az meg hosszú. A hídon nem jár egy busz sem,"
          + " és a kompot is leállították a héten.";

  @Test
  void theBundledTableLoadsAndGuesses() {
    assertThat(Rules.bundled().table(LanguageGuess.TABLE).rows()).hasSize(10);
    assertThat(
            LanguageGuess.of(Rules.bundled())
                .guess("The council said that the bridge was closed for repairs on Monday."))
        .isEqualTo("en");
  }

  @Test
  void russianSerbianInBothScriptsAndAlbanianAreTold() {
    LanguageGuess guess = LanguageGuess.of(Rules.bundled());
    assertThat(guess.guess(OtherLanguages.RUSSIAN)).isEqualTo("ru");
    assertThat(guess.guess(OtherLanguages.SERBIAN_CYRILLIC)).isEqualTo("sr");
    assertThat(guess.guess(OtherLanguages.SERBIAN_LATIN)).isEqualTo("sr");
    assertThat(guess.guess(OtherLanguages.ALBANIAN)).isEqualTo("sq");
  }

  @Test
  void aUserRowAddsALanguageTheCleanerThenGuesses(@TempDir Path dir) throws IOException {
    write(
        dir,
        "clean/stopwords.tsv",
        "language\twords\nhu\ta az és hogy nem is egy de meg van sem\n");
    Rules rules = Rules.layered(List.of(LanguageGuess.TABLE), dir, List.of());
    assertThat(LanguageGuess.of(rules).guess(HUNGARIAN)).isEqualTo("hu");
    assertThat(LanguageGuess.of(Rules.bundled()).guess(HUNGARIAN)).isNotEqualTo("hu");
    byte[] bytes =
        (HUNGARIAN + "\n\n" + HUNGARIAN.replace("héten", "hónapban"))
            .getBytes(StandardCharsets.UTF_8);
    RawDocument doc =
        RawDocument.of(
            "hu.txt", bytes, MediaType.TEXT, StandardCharsets.UTF_8, SourceMetadata.NONE);
    assertThat(((Article) new ArticleCleaner(rules).clean(doc)).language()).isEqualTo("hu");
    assertThat(
            ((Article) Pipeline.standard(Until.CLEAN, Models.of(rules), null).analyse(doc).record())
                .language())
        .as("the standard pipeline's clean stage reads the rules its models carry")
        .isEqualTo("hu");
  }
}
