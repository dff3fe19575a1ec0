package dev.parallax.clean;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.RemovalReason;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateLexiconTest {
  private final BoilerplateLexicon lexicon = BoilerplateLexicon.of(Rules.bundled());

  private static Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void marksByTagRoleAndClassWords() {
    assertThat(lexicon.markup(element("<nav></nav>")).reason()).isEqualTo(RemovalReason.NAVIGATION);
    assertThat(lexicon.markup(element("<div role=\"complementary\"></div>")).reason())
        .isEqualTo(RemovalReason.RELATED_LINKS);
    assertThat(lexicon.markup(element("<div class=\"post-share-buttons\"></div>")).reason())
        .isEqualTo(RemovalReason.SHARE);
    assertThat(lexicon.markup(element("<div class=\"CommentList\"></div>")).reason())
        .isEqualTo(RemovalReason.COMMENTS);
    assertThat(lexicon.markup(element("<div id=\"newsletter_signup\"></div>")).reason())
        .isEqualTo(RemovalReason.PROMOTION);
  }

  @Test
  void leavesArticleMarkupAndTaxonomyClassesAlone() {
    assertThat(lexicon.markup(element("<div class=\"entry-content\"></div>"))).isNull();
    assertThat(lexicon.markup(element("<article class=\"post tag-social-media\"></article>")))
        .isNull();
    assertThat(lexicon.markup(element("<div class=\"shadow\"></div>"))).isNull();
  }

  @Test
  void recognisesFurnitureWordingOnlyInShortBlocks() {
    assertThat(lexicon.phrase("Advertisement")).isEqualTo(RemovalReason.ADVERTISEMENT);
    assertThat(lexicon.phrase("Sign up for our weekly newsletter"))
        .isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.phrase("© 2020 Some Publisher Ltd")).isEqualTo(RemovalReason.LEGAL);
    assertThat(lexicon.phrase("Read more: how the bridge was built"))
        .isEqualTo(RemovalReason.RELATED_LINKS);
    assertThat(lexicon.phrase("The mayor said the bridge would reopen in May.")).isNull();
    assertThat(
            lexicon.phrase(
                "Related questions were raised at the meeting by several councillors, who asked"
                    + " how long the closure would last and who would pay for the repairs."))
        .isNull();
  }

  @Test
  void aPhotoCreditAfterAPipeOrImagesCourtesyOfIsACaption() {
    assertThat(lexicon.phrase("The harbour wall at dawn. | Photo by Ana Ruiz"))
        .isEqualTo(RemovalReason.CAPTION);
    assertThat(lexicon.phrase("Some images courtesy of the county archive."))
        .isEqualTo(RemovalReason.CAPTION);
    assertThat(lexicon.phrase("Image source: the county archive")).isEqualTo(RemovalReason.CAPTION);
    assertThat(lexicon.phrase("Photo by photo, the exhibition retells the harbour's history."))
        .isNull();
  }

  @Test
  void appealsAreJudgedByWordingAndLength() {
    assertThat(lexicon.appeal("Get the next recipe in your inbox every Friday.", 9))
        .isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.appeal("You can also connect with me here:", 7))
        .isEqualTo(RemovalReason.SHARE);
    assertThat(lexicon.appeal("Phone number *", 2)).isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.appeal("Phone number of the town hall: 0123 456", 7)).isNull();
    assertThat(lexicon.appeal("A long paragraph about newsletters and their readers.", 45))
        .isNull();
  }

  @Test
  void theBundledTablesLoad() {
    assertThat(Rules.bundled().table(BoilerplateLexicon.MARKUP).rows()).hasSize(90);
    assertThat(Rules.bundled().table(BoilerplateLexicon.PHRASES).rows()).hasSize(21);
    assertThat(Rules.bundled().table(BoilerplateLexicon.APPEALS).rows()).hasSize(7);
  }

  @Test
  void aUserRowAddsOrRemovesAMarkOrAPhrase(@TempDir Path dir) throws IOException {
    write(
        dir,
        "clean/boilerplate-markup.tsv",
        "kind\tvalue\treason\tscope\ntoken\tpaywall\tpromotion\n!tag\tnav\n");
    write(
        dir,
        "clean/boilerplate-phrases.tsv",
        "reason\tmax_length\tpattern\npromotion\t60\t^become a member\\b\n");
    BoilerplateLexicon mine =
        BoilerplateLexicon.of(
            Rules.layered(
                List.of(BoilerplateLexicon.MARKUP, BoilerplateLexicon.PHRASES), dir, List.of()));
    assertThat(mine.markup(element("<div class=\"paywall-box\"></div>")).reason())
        .isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.markup(element("<div class=\"paywall-box\"></div>"))).isNull();
    assertThat(mine.markup(element("<nav></nav>"))).isNull();
    assertThat(mine.phrase("Become a member today")).isEqualTo(RemovalReason.PROMOTION);
    assertThat(lexicon.phrase("Become a member today")).isNull();
  }
}
