package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Odd input never throws, and whatever is kept is text of the page, the same on every run. */
class HtmlPageCleanerContractTest {
  private final HtmlPageCleaner cleaner = new HtmlPageCleaner();

  private static List<String> oddPages() {
    StringBuilder deep = new StringBuilder();
    deep.append("<div>".repeat(5000))
        .append("<p>A sentence buried under five thousand unclosed divisions of the page.</p>");
    StringBuilder huge = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 3000; i++) {
      huge.append("<p>Paragraph ").append(i).append(" of a very long report, which goes on.</p>");
    }
    huge.append("</article></body></html>");
    byte[] noise = new byte[4000];
    new Random(7).nextBytes(noise);
    return List.of(
        "",
        "   ",
        "just words without any markup, written as a sentence of plain text.",
        "<html><body></body></html>",
        "<p>Unmatched “quotes and «guillemets in a paragraph that never closes",
        "<p>Смешанные scripts: English, русский, 中文 и العربية in one paragraph of text.</p>",
        "<script>var x = '<p>not text</p>';</script><style>p{}</style>",
        "<meta property=\"og:title\" content=\"\"><title></title><h1></h1>",
        "<script type=\"application/ld+json\">{ broken json, \"datePublished\": </script>",
        new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1),
        deep.toString(),
        huge.toString());
  }

  @Test
  void oddInputIsHandled() {
    for (String html : oddPages()) {
      CleanedPage first = cleaner.clean(html, "not a url");
      CleanedPage second = cleaner.clean(html, null);
      assertThat(second.paragraphs()).isEqualTo(first.paragraphs());
      String visible = BlockSplitter.fold(Jsoup.parse(html).wholeText());
      for (String p : first.paragraphs()) {
        assertThat(p).isNotBlank();
        assertThat(visible).contains(p);
      }
    }
  }
}
