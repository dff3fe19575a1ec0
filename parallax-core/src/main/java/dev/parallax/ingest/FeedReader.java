package dev.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.parallax.model.IngestItem;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads RSS and Atom feeds ({@code .rss}, {@code .atom}, and {@code .xml} when it is a feed) with
 * Rome: each item with content ({@code content:encoded}, Atom {@code content}, or else the {@code
 * description}/{@code summary}) becomes an HTML document with source {@code file#n} (the n-th
 * item), the item's link, title and publication date, and the feed's title as outlet.
 *
 * <p>An item without content, a feed with no items, and an {@code .xml} file that is not a feed
 * become rejections with their reason. A feed is parsed whole, so the file size is checked against
 * the document limit first. Doctypes are refused (no external entities).
 */
record FeedReader(IngestOptions options) implements InputReader {
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/]");

  @Override
  public boolean accepts(Path file) {
    return FileNames.endsWith(file, ".rss", ".atom", ".xml");
  }

  @Override
  public void read(Path file, String source, Consumer<IngestItem> sink) {
    SyndFeed feed;
    try {
      long size = Files.size(file);
      if (size == 0) {
        sink.accept(Rejections.of(source, "empty input"));
        return;
      }
      if (size > options.maxDocumentBytes()) {
        sink.accept(Rejections.tooLarge(source, size, options));
        return;
      }
      feed = parse(file);
    } catch (FeedException | IllegalArgumentException e) {
      sink.accept(Rejections.of(source, "not an RSS or Atom feed: " + Rejections.detail(e)));
      return;
    } catch (IOException e) {
      sink.accept(Rejections.unreadable(source, e));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(Rejections.of(source, "feed has no items"));
      return;
    }
    String outlet = Manifest.blankToNull(feed.getTitle());
    for (int i = 0; i < entries.size(); i++) {
      sink.accept(item(entries.get(i), source + "#" + (i + 1), outlet));
    }
  }

  private static SyndFeed parse(Path file) throws IOException, FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try (InputStream in = Files.newInputStream(file);
        XmlReader reader = new XmlReader(in)) {
      return input.build(reader);
    }
  }

  private static IngestItem item(SyndEntry entry, String source, String outlet) {
    String content = content(entry);
    if (content == null) {
      return Rejections.of(source, "feed item has no content (no content, summary or description)");
    }
    String title = Manifest.blankToNull(entry.getTitle());
    SourceMetadata meta =
        new SourceMetadata(
            Manifest.blankToNull(entry.getLink()),
            outlet,
            PublishedDate.of(
                entry.getPublishedDate() != null
                    ? entry.getPublishedDate()
                    : entry.getUpdatedDate()),
            title,
            null);
    byte[] html = page(title, content).getBytes(StandardCharsets.UTF_8);
    return RawDocument.of(source, html, MediaType.HTML, StandardCharsets.UTF_8, meta);
  }

  /** The fullest content the item carries: its content blocks, else its description. */
  private static String content(SyndEntry entry) {
    StringBuilder joined = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        joined.append(asHtml(c)).append('\n');
      }
    }
    if (joined.length() == 0 && entry.getDescription() != null) {
      String value = entry.getDescription().getValue();
      if (value != null && !value.isBlank()) {
        joined.append(asHtml(entry.getDescription()));
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }

  /** Content as HTML: markup as it is, plain text escaped with a paragraph per blank-line block. */
  private static String asHtml(SyndContent c) {
    String value = c.getValue().strip();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    if (!plain && MARKUP.matcher(value).find()) {
      return value;
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : value.split("\\R\\s*\\R")) {
      html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
    }
    return html.toString();
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + (title == null ? "" : escape(title))
        + "</title></head>\n<body>\n"
        + body
        + "</body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
