package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset ISO_8859_5 = Charset.forName("ISO-8859-5");

  private static final String FRENCH =
      "Le maire a déclaré : « Nous rouvrirons le marché couvert dès l’été », "
          + "après des travaux estimés à 2,4 millions d’€. Les commerçants étaient sceptiques ; "
          + "l’opposition a dénoncé un calendrier « irréaliste » et réclamé un débat public. "
          + "Selon la préfecture, la sécurité du bâtiment n’était pas garantie avant février.";

  private static final String RUSSIAN =
      "Министерство иностранных дел заявило, что посол будет вызван для объяснений. "
          + "По словам официального представителя, решение было принято после долгих "
          + "консультаций с партнёрами. Оппозиция назвала этот шаг запоздалым, а эксперты "
          + "считают, что отношения между странами останутся напряжёнными ещё несколько месяцев.";

  @Test
  void undeclaredWindows1252IsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(FRENCH.getBytes(CP1252), null, false);

    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.how()).isEqualTo("detected");
  }

  @Test
  void undeclaredWindows1251CyrillicIsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(RUSSIAN.getBytes(CP1251), null, false);

    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualTo(CP1251);
  }

  @Test
  void undeclaredIso88595CyrillicIsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(RUSSIAN.getBytes(ISO_8859_5), null, false);

    assertThat(d.text()).isEqualTo(RUSSIAN);
  }

  @Test
  void declaredCharsetWinsOverMetaAndDetection() {
    String page = "<meta charset=\"windows-1251\"><p>" + RUSSIAN + "</p>";
    TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(ISO_8859_5), ISO_8859_5, true);

    assertThat(d.text()).isEqualTo(page);
    assertThat(d.how()).isEqualTo("declared");
  }

  @Test
  void metaCharsetIsReadInBothForms() {
    String html5 = "<html><head><meta charset='ISO-8859-5'></head><p>" + RUSSIAN + "</p>";
    String http =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "</head><p>"
            + RUSSIAN
            + "</p>";

    TextDecoder.Decoded a = TextDecoder.decode(html5.getBytes(ISO_8859_5), null, true);
    TextDecoder.Decoded b = TextDecoder.decode(http.getBytes(CP1251), null, true);

    assertThat(a.text()).isEqualTo(html5);
    assertThat(a.how()).isEqualTo("meta");
    assertThat(b.text()).isEqualTo(http);
    assertThat(b.charset()).isEqualTo(CP1251);
  }

  @Test
  void metaCharsetUtf16InAnAsciiCompatiblePageMeansUtf8() {
    // The HTML standard: bytes that spell a <meta> tag cannot be UTF-16, so the label is wrong.
    String page = "<meta charset=\"utf-16\"><p>" + FRENCH + "</p>";
    TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null, true);

    assertThat(d.text()).isEqualTo(page);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void metaCharsetIsIgnoredInPlainText() {
    String text = "Notes on <meta charset=\"ISO-8859-5\"> tags: " + RUSSIAN;
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, false);

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.how()).isEqualTo("utf-8");
  }

  @Test
  void byteOrderMarksWinAndAreDropped() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] body = RUSSIAN.getBytes(utf16);
      byte[] bom =
          utf16 == StandardCharsets.UTF_16LE
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      TextDecoder.Decoded d = TextDecoder.decode(concat(bom, body), CP1252, true);

      assertThat(d.text()).isEqualTo(RUSSIAN);
      assertThat(d.charset()).isEqualTo(utf16);
      assertThat(d.how()).isEqualTo("bom");
    }
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            FRENCH.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(utf8, null, false).text()).isEqualTo(FRENCH);
  }

  @Test
  void validUtf8IsTakenAsUtf8AndInvalidUtf8StillDecodes() {
    assertThat(TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null, true).text())
        .isEqualTo(FRENCH);
    byte[] broken =
        concat(
            "Début ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', (byte) 0xFF});

    TextDecoder.Decoded d = TextDecoder.decode(broken, null, false);

    assertThat(d.how()).isEqualTo("detected");
    assertThat(d.text()).startsWith("D");
  }

  @Test
  void emptyInputDecodesToEmptyText() {
    assertThat(TextDecoder.decode(new byte[0], null, true).text()).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
