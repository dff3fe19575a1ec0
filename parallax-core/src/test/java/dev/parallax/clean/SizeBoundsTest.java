package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.SourceMetadata;
import dev.parallax.resources.Rules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SizeBoundsTest {
  private static final String LEAD =
      "The mayor of Lindenfeld said on Friday that the old bridge would reopen next week.";

  private static String letters(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + (i * 7) % 26));
    }
    return b.toString();
  }

  @Test
  void anOrdinaryBodyIsLeftAsItIs() {
    String body = LEAD + "\n\nSee https://example.com/" + letters(400) + " for the plans.";
    SizeBounds.Cut cut = SizeBounds.cut(body);
    assertThat(cut.body()).isSameAs(body);
    assertThat(cut.removed()).isEmpty();
  }

  @Test
  void anOverlongTokenIsCutWithAShortExcerptAndTheRestStays() {
    String url = "https://example.com/" + letters(30_000);
    String body = LEAD + "\n\nSee " + url + " for the plans.";
    SizeBounds.Cut cut = SizeBounds.cut(body);
    assertThat(cut.body()).isEqualTo(LEAD + "\n\nSee  for the plans.");
    assertThat(cut.removed()).hasSize(1);
    RemovedBlock removed = cut.removed().get(0);
    assertThat(removed.reason()).isEqualTo(RemovalReason.OVERSIZED);
    assertThat(removed.text())
        .startsWith(url.substring(0, SizeBounds.EXCERPT_CHARS) + "…")
        .contains("30,020 characters")
        .hasSizeLessThan(200);
  }

  @Test
  void aTokenOfExactlyTheLimitStaysAndOneMoreIsCut() {
    String atLimit = letters(SizeBounds.MAX_TOKEN_CHARS);
    assertThat(SizeBounds.cut(LEAD + " " + atLimit).removed()).isEmpty();
    assertThat(SizeBounds.cut(LEAD + " " + atLimit + "x").body()).isEqualTo(LEAD + " ");
  }

  @Test
  void aBodyOverTheBudgetIsCutAtAParagraphBreak() {
    StringBuilder b = new StringBuilder();
    while (b.length() < SizeBounds.MAX_BODY_CHARS + 5_000) {
      b.append(LEAD).append("\n\n");
    }
    String body = b.toString().strip();
    SizeBounds.Cut cut = SizeBounds.cut(body);
    assertThat(cut.body().length()).isLessThanOrEqualTo(SizeBounds.MAX_BODY_CHARS);
    assertThat(cut.body()).endsWith(LEAD);
    assertThat(body).startsWith(cut.body());
    assertThat(cut.removed())
        .singleElement()
        .satisfies(
            r -> assertThat(r.text()).startsWith(LEAD.substring(0, 20)).hasSizeLessThan(200));
    assertThat(SizeBounds.cut(cut.body()).body())
        .as("a bounded body is its own bound")
        .isSameAs(cut.body());
  }

  @Test
  void aBodyOfOneHugeTokenHasNoArticleTextLeft() {
    RawDocument doc =
        RawDocument.of(
            "one-token.txt",
            letters(50_000).getBytes(StandardCharsets.UTF_8),
            MediaType.TEXT,
            StandardCharsets.UTF_8,
            SourceMetadata.NONE);
    assertThat(new ArticleCleaner(Rules.bundled()).clean(doc))
        .isInstanceOfSatisfying(
            Rejection.class, r -> assertThat(r.rejected()).startsWith("no article text found"));
  }

  @Test
  void theCleanerListsTheCutBesideItsOwnRemovals() {
    String text =
        "Bridge to reopen\n\n"
            + LEAD
            + " The plans are at "
            + letters(5_000)
            + " online, the mayor added, and the works will end in May.\n\n"
            + LEAD.replace("Friday", "Monday")
            + "\n";
    RawDocument doc =
        RawDocument.of(
            "long-token.txt",
            text.getBytes(StandardCharsets.UTF_8),
            MediaType.TEXT,
            StandardCharsets.UTF_8,
            SourceMetadata.NONE);
    Article article = (Article) new ArticleCleaner(Rules.bundled()).clean(doc);
    assertThat(article.body()).contains(LEAD).doesNotContain(letters(SizeBounds.MAX_TOKEN_CHARS));
    assertThat(article.removed())
        .filteredOn(r -> r.reason() == RemovalReason.OVERSIZED)
        .singleElement()
        .satisfies(r -> assertThat(r.text()).contains("5,000 characters"));
  }
}
