package dev.parallax.clean;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.RemovalReason;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLexiconTest {
  private final TextLexicon lexicon = TextLexicon.of(Rules.bundled());

  private RemovalReason furniture(String line) {
    return lexicon.furniture(TextLexicon.normalize(line));
  }

  @Test
  void linesMadeOnlyOfFurniturePhrasesAreFurniture() {
    assertThat(furniture("Previous Post Next Post")).isEqualTo(RemovalReason.NAVIGATION);
    assertThat(furniture("Share on Facebook  Tweet  Email")).isEqualTo(RemovalReason.SHARE);
    assertThat(furniture("312 Shares")).isEqualTo(RemovalReason.SHARE);
    assertThat(furniture("ADVERTISEMENT")).isEqualTo(RemovalReason.ADVERTISEMENT);
    assertThat(furniture("5 min read")).isEqualTo(RemovalReason.BYLINE);
  }

  @Test
  void timeStampsNeedANumberAndAWordThatPlacesThemInTime() {
    assertThat(lexicon.stamp(TextLexicon.normalize("4 years ago"))).isTrue();
    assertThat(lexicon.stamp(TextLexicon.normalize("March 3, 2024 at 9:15 pm"))).isTrue();
    assertThat(lexicon.stamp(TextLexicon.normalize("Tue 12 Nov, 08:40"))).isTrue();
    assertThat(lexicon.stamp(TextLexicon.normalize("26 hours"))).isFalse(); // a duration
    assertThat(lexicon.stamp(TextLexicon.normalize("Posted in March"))).isFalse();
    assertThat(lexicon.stamp(TextLexicon.normalize("March 3 vote on the budget"))).isFalse();
  }

  @Test
  void aLineWithOtherWordsIsNotFurniture() {
    assertThat(furniture("Share prices fell on Monday")).isNull();
    assertThat(furniture("Home secretary resigns")).isNull();
    assertThat(furniture("")).isNull();
  }

  @Test
  void telltalePhrasesNeedMoreEvidenceInLongLines() {
    String shortLine = TextLexicon.normalize("Sign up for our morning newsletter");
    assertThat(lexicon.telltale(shortLine, 6, 15)).isEqualTo(RemovalReason.PROMOTION);
    String story =
        TextLexicon.normalize(
            "The mayor told the newsletter of the local chamber of commerce that the bridge"
                + " would reopen in spring after two years of repairs and delays.");
    assertThat(lexicon.telltale(story, 26, 15)).isNull();
    String notice =
        TextLexicon.normalize(
            "This site uses cookies to improve your experience; read our privacy policy to learn"
                + " more about how we handle the data we collect from every visitor.");
    assertThat(lexicon.telltale(notice, 28, 15)).isEqualTo(RemovalReason.LEGAL);
  }

  @Test
  void sectionHeadingsAllowOnlyAFewExtraWords() {
    assertThat(lexicon.sectionEnd(TextLexicon.normalize("Related Articles")))
        .isEqualTo(RemovalReason.RELATED_LINKS);
    assertThat(lexicon.sectionEnd(TextLexicon.normalize("Leave a Reply")))
        .isEqualTo(RemovalReason.COMMENTS);
    assertThat(
            lexicon.sectionEnd(
                TextLexicon.normalize("Related: the long history of bridge repairs in the valley")))
        .isNull();
    assertThat(lexicon.sectionEnd(TextLexicon.normalize("Comments (12)")))
        .isEqualTo(RemovalReason.COMMENTS);
    assertThat(lexicon.sectionEnd(TextLexicon.normalize("Recommended Posting Frequency"))).isNull();
  }

  @Test
  void theBundledTableLoads() {
    assertThat(Rules.bundled().table(TextLexicon.TABLE).rows()).hasSize(387);
  }

  @Test
  void aUserRowAddsOrRemovesAPhrase(@TempDir Path dir) throws IOException {
    write(
        dir,
        "clean/text-debris.tsv",
        "kind\treason\tphrase\nline\tpromotion\tbecome a member\n!line\tnavigation\thome\n");
    TextLexicon mine = TextLexicon.of(Rules.layered(List.of(TextLexicon.TABLE), dir, List.of()));
    assertThat(mine.furniture(TextLexicon.normalize("Become a Member!")))
        .isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.furniture(TextLexicon.normalize("Become a Member!"))).isNull();
    assertThat(mine.furniture(TextLexicon.normalize("Home"))).isNull();
    assertThat(lexicon.furniture(TextLexicon.normalize("Home")))
        .isEqualTo(RemovalReason.NAVIGATION);
  }
}
