package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A share bar that misses one {@code </a>} must not turn the story into share furniture. */
class BrokenLinksTest {
  private static final String STORY =
      """
      <p>The harbour council voted on Tuesday to close the old pier until repairs are finished, \
      after divers found cracks in three of its pillars.</p>
      <p>The harbour master said engineers would need a month to judge how deep the cracks run, \
      and that ferries would use the north quay in the meantime.</p>
      <p>Fishing crews, who land most of their catch at the pier, asked the council for help with \
      the cost of moving to the north quay, which charges higher fees.</p>
      <p>"We will reopen the pier when it is safe and not a day sooner," the harbour master told \
      reporters outside the council chamber on Tuesday evening.</p>
      """;

  /** A news page whose share bar's last button ends with {@code closing}. */
  private static String page(String closing) {
    return """
        <!DOCTYPE html><html><head><title>Harbour pier closed after divers find cracks</title></head>
        <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <article><h1>Harbour pier closed after divers find cracks</h1>
        <div class="share-bar">
          <a href="https://social.example/share?u=pier" class="share">Share on Social</a>
          <a href="mailto:?subject=pier" class="share">Email</a>
          <a href="/print/pier" class="share">Print%s
        </div>
        %s</article>
        <footer><p>Copyright 2026 Harbour Gazette</p></footer></body></html>
        """
        .formatted(closing, STORY);
  }

  @Test
  void aShareBarMissingOneClosingTagKeepsItsStory() {
    HtmlPageCleaner cleaner = new HtmlPageCleaner(dev.parallax.resources.Rules.bundled());

    CleanedPage whole = cleaner.clean(page("</a>"), null);
    CleanedPage broken = cleaner.clean(page(""), null);

    assertThat(whole.paragraphs()).hasSize(4);
    assertThat(broken.body()).isEqualTo(whole.body());
  }

  @Test
  void onlyLinksTheParserOpenedOrClosedAroundBlocksAreUnwrapped() {
    String html =
        "<div><a href=/card><h3>Card title</h3><p>Teaser</p></a></div>"
            + "<p><a href=/inline>inline</a> text</p>"
            + "<div><a href=/open>open link</div>\n<p>after</p>"; // the parser re-opens it at the
    // line break
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));

    int unwrapped = BrokenLinks.unwrap(doc);

    assertThat(doc.select("a[href=/card]")).hasSize(1);
    assertThat(doc.select("a[href=/inline]")).hasSize(1);
    assertThat(doc.select("a[href=/open] p")).isEmpty();
    assertThat(doc.select("p:contains(after)")).hasSize(1);
    assertThat(unwrapped).isEqualTo(1);
  }

  @Test
  void parseUnwrapsALinkLeftOpenAndParsesAPageWhoseLinksAllCloseWithoutPositions() {
    String broken =
        "<div class=share><a href=/share>Share</div>\n<p>The story goes on here.</p>"
            + "<p>And here.</p>";
    Document fixed = BrokenLinks.parse(broken, "");
    assertThat(fixed.select("a p")).isEmpty();
    assertThat(fixed.select("p")).hasSize(2);

    String cards = "<div><A HREF=/card><h3>Card</h3><p>Teaser</p></A></div><p><a href=/x>x</a></p>";
    assertThat(BrokenLinks.tags(cards, "<a")).isEqualTo(2);
    assertThat(BrokenLinks.tags(cards, "</a")).isEqualTo(2);
    Document kept = BrokenLinks.parse(cards, "");
    assertThat(kept.select("a[href=/card] p")).hasSize(1);
    // parsed without positions: the page closes every link it opens
    assertThat(kept.select("a").first().sourceRange().isTracked()).isFalse();
    // an abbr or an aside is no link
    assertThat(BrokenLinks.tags("<abbr>x</abbr><aside>y</aside>", "<a")).isZero();
  }
}
