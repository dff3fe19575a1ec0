package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of an article's text reads back as it was, and nothing else reads as one. */
class ArticleTextTest {
  private static final ArticleText TEXT =
      new ArticleText(
          List.of(
              new ArticleText.Label(0, 4, 18, "delegitimizing"),
              new ArticleText.Label(2, 30, 36, null),
              new ArticleText.Label(1, 40, 47, ArticleReader.SCARE_QUOTE)),
          List.of(new ArticleText.Tone(0, 20, 26, -1.5), new ArticleText.Tone(2, 50, 55, 0.25)));

  @Test
  void decodingWhatWasEncodedGivesTheSameText() {
    assertThat(ArticleText.decode(TEXT.encode())).contains(TEXT);
    ArticleText blank = new ArticleText(List.of(), List.of());
    assertThat(ArticleText.decode(blank.encode())).contains(blank);
  }

  @Test
  void damagedOrForeignBytesReadAsNoText() {
    byte[] good = TEXT.encode();
    assertThat(ArticleText.decode(new byte[0])).isEmpty();
    assertThat(ArticleText.decode(Arrays.copyOf(good, good.length - 1))).isEmpty();
    assertThat(ArticleText.decode(Arrays.copyOf(good, good.length + 1))).isEmpty();
    byte[] otherFormat = good.clone();
    otherFormat[0] = 2;
    assertThat(ArticleText.decode(otherFormat)).isEmpty();
    byte[] hugeCount = good.clone();
    hugeCount[1] = 0x7f;
    assertThat(ArticleText.decode(hugeCount)).isEmpty();
  }

  @Test
  void aTextFitsOnlyAnArticleWithItsMentionsAndSpans() {
    assertThat(TEXT.fits(3, 55)).isTrue();
    assertThat(TEXT.fits(2, 55)).isFalse();
    assertThat(TEXT.fits(3, 54)).isFalse();
  }
}
