package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.SourceMetadata;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding keeps the text of a readable input: stray bytes, undeclared UTF-16, wrong charsets. */
class DecodingKeepsTextTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static final String STORY =
      "The harbour council voted on Tuesday to close the old pier until repairs are finished.\n\n"
          + "Divers found cracks in three of the pillars last week, the harbour master said, and"
          + " engineers will need a month to judge how deep they run.";

  private static final String RUSSIAN =
      "Министерство иностранных дел заявило, что посол будет вызван для объяснений. "
          + "По словам официального представителя, решение было принято после долгих "
          + "консультаций с партнёрами. Оппозиция назвала этот шаг запоздалым, а эксперты "
          + "считают, что отношения между странами останутся напряжёнными ещё несколько месяцев.";

  private static ArticleRecord clean(byte[] bytes, MediaType type, Charset declared) {
    return new ArticleCleaner()
        .clean(RawDocument.of("in", bytes, type, declared, SourceMetadata.NONE));
  }

  @Test
  void strayNulAndControlBytesAreRemovedWithANoteNotARejection() {
    String dirty =
        STORY.replace("Tuesday", "Tues\u0000day").replace("Divers", "\u0007Divers\u0000");

    ArticleRecord record = clean(dirty.getBytes(StandardCharsets.UTF_8), MediaType.TEXT, null);

    assertThat(record).isInstanceOf(Article.class);
    Article article = (Article) record;
    assertThat(article.body()).isEqualTo(STORY);
    assertThat(article.removed())
        .first()
        .isEqualTo(
            new RemovedBlock(
                "3 control characters removed: U+0000 (2), U+0007 (1)",
                RemovalReason.CONTROL_CHARACTERS));
  }

  @Test
  void aFileThatIsMostlyBinaryIsStillRejected() {
    byte[] noise = new byte[20_000];
    new Random(11).nextBytes(noise);

    ArticleRecord record = clean(noise, MediaType.TEXT, null);

    assertThat(record).isInstanceOf(Rejection.class);
    assertThat(((Rejection) record).rejected()).startsWith("binary content");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsDetectedInBothByteOrders() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      for (String text : new String[] {STORY, RUSSIAN}) {
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(utf16), null, false);

        assertThat(d.charset()).as(utf16 + " " + text.substring(0, 10)).isEqualTo(utf16);
        assertThat(d.text()).isEqualTo(text);
      }
    }
    String html = "<html><body><p>" + STORY + "</p></body></html>";
    ArticleRecord page = clean(html.getBytes(StandardCharsets.UTF_16LE), MediaType.HTML, null);
    assertThat(page).isInstanceOf(Article.class);
    assertThat(((Article) page).body()).contains("harbour master");
  }

  @Test
  void textInOtherCharsetsIsNotTakenForUtf16() {
    for (Charset charset :
        new Charset[] {StandardCharsets.UTF_8, CP1251, StandardCharsets.ISO_8859_1}) {
      for (String text : new String[] {STORY, RUSSIAN}) {
        if (charset.newEncoder().canEncode(text)) {
          assertThat(TextDecoder.utf16(text.getBytes(charset))).as(charset.name()).isNull();
        }
      }
    }
  }

  @Test
  void aMisdeclaredCharsetFallsBackToDetection() {
    byte[] bytes = RUSSIAN.getBytes(CP1251);
    long undecodable =
        new String(bytes, StandardCharsets.UTF_8).chars().filter(c -> c == '\uFFFD').count();
    long nonAscii = RUSSIAN.chars().filter(c -> c > 0x7F).count();
    assertThat((double) undecodable / nonAscii).isGreaterThan(TextDecoder.MAX_UNDECODABLE_SHARE);

    TextDecoder.Decoded header = TextDecoder.decode(bytes, StandardCharsets.UTF_8, false);
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + RUSSIAN + "</p>";
    TextDecoder.Decoded meta = TextDecoder.decode(page.getBytes(CP1251), null, true);

    assertThat(header.text()).isEqualTo(RUSSIAN);
    assertThat(header.how()).isEqualTo("detected");
    assertThat(meta.text()).isEqualTo(page);
    assertThat(meta.charset()).isEqualTo(CP1251);
  }

  @Test
  void aDeclaredCharsetWithOneStrayByteIsStillBelieved() {
    byte[] utf8 = (RUSSIAN + " \u00ff").getBytes(StandardCharsets.UTF_8);
    utf8[utf8.length - 1] = (byte) 0xC3; // a cut two-byte sequence: one undecodable byte

    TextDecoder.Decoded d = TextDecoder.decode(utf8, StandardCharsets.UTF_8, false);

    assertThat(d.how()).isEqualTo("declared");
    assertThat(d.text()).startsWith(RUSSIAN);
  }
}
