package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.IngestItem;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>The Harbour Gazette</title>
          <link>https://gazette.example/</link>
          <description>Local news</description>
          <item>
            <title>Ferry strike ends</title>
            <link>https://gazette.example/ferry</link>
            <pubDate>Tue, 05 Mar 2024 09:15:00 GMT</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>The ferry crews returned to work on Tuesday.</p>
              <p>Talks lasted nine hours.</p>]]></content:encoded>
          </item>
          <item>
            <title>Council votes on budget</title>
            <link>https://gazette.example/budget</link>
            <description>The council approved the budget by seven votes to four.</description>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://gazette.example/empty</link>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Northern Wire</title>
        <id>urn:example:wire</id>
        <updated>2024-03-06T10:00:00Z</updated>
        <entry>
          <title>Bridge reopens</title>
          <id>urn:example:wire:1</id>
          <link href="https://wire.example/bridge"/>
          <published>2024-03-06T08:00:00Z</published>
          <updated>2024-03-06T09:00:00Z</updated>
          <content type="html">&lt;p&gt;The bridge reopened after repairs.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private final FeedReader reader = new FeedReader(IngestOptions.DEFAULTS);

  private List<IngestItem> read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    List<IngestItem> items = new ArrayList<>();
    reader.read(file, name, items::add);
    return items;
  }

  private static String html(IngestItem item) {
    return new String(((RawDocument) item).content(), StandardCharsets.UTF_8);
  }

  @Test
  void rssItemsBecomeHtmlDocumentsWithTheirMetadata() throws IOException {
    List<IngestItem> items = read("gazette.rss", RSS);

    assertThat(items)
        .extracting(IngestItem::source)
        .containsExactly("gazette.rss#1", "gazette.rss#2", "gazette.rss#3");
    RawDocument first = (RawDocument) items.get(0);
    assertThat(first.metadata().outlet()).isEqualTo("The Harbour Gazette");
    assertThat(first.metadata().title()).isEqualTo("Ferry strike ends");
    assertThat(first.metadata().url()).isEqualTo("https://gazette.example/ferry");
    assertThat(first.metadata().published()).isEqualTo(PartialDate.parse("2024-03-05"));
    assertThat(html(first)).contains("<p>The ferry crews returned").doesNotContain("Short teaser");
    assertThat(html(items.get(1))).contains("<p>The council approved the budget");
    assertThat(((Rejection) items.get(2)).rejected()).contains("no content");
  }

  @Test
  void atomEntriesAndXmlFeedsAreRead() throws IOException {
    for (String name : new String[] {"wire.atom", "wire.xml"}) {
      List<IngestItem> items = read(name, ATOM);

      assertThat(items).singleElement().isInstanceOf(RawDocument.class);
      RawDocument doc = (RawDocument) items.get(0);
      assertThat(doc.source()).isEqualTo(name + "#1");
      assertThat(doc.metadata().outlet()).isEqualTo("Northern Wire");
      assertThat(doc.metadata().published()).isEqualTo(PartialDate.parse("2024-03-06"));
      assertThat(html(doc)).contains("<p>The bridge reopened after repairs.</p>");
    }
  }

  @Test
  void feedWithoutItemsAndXmlThatIsNoFeedAreRejected() throws IOException {
    String noItems =
        "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://q.example/</link>"
            + "<description>nothing</description></channel></rss>";
    assertThat(read("quiet.rss", noItems))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .isEqualTo("feed has no items");
    assertThat(read("sitemap.xml", "<urlset><url><loc>https://a.example/</loc></url></urlset>"))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .asString()
        .startsWith("not an RSS or Atom feed");
    assertThat(read("broken.rss", "<rss><channel><title>cut off"))
        .singleElement()
        .extracting(i -> ((Rejection) i).rejected())
        .asString()
        .startsWith("not an RSS or Atom feed");
  }

  @Test
  void plainTextDescriptionIsEscapedIntoParagraphs() throws IOException {
    String rss =
        "<rss version=\"2.0\"><channel><title>T</title><link>https://t.example/</link>"
            + "<description>d</description><item><title>Fish &amp; chips</title>"
            + "<description>Prices rose 5 &lt; 10 percent.</description></item></channel></rss>";

    String html = html(read("t.rss", rss).get(0));

    assertThat(html).contains("<p>Prices rose 5 &lt; 10 percent.</p>");
    assertThat(html).contains("<title>Fish &amp; chips</title>");
  }
}
