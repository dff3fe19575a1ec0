package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an HTML page was published. The date the reader sees by the headline (a byline or date
 * line between the headline and the first paragraph) comes first, as it is what the page tells its
 * readers, unless its words or markup call it an update; then, when no publication meta tag is
 * given, that update date (JSON-LD {@code datePublished} alone often keeps a first draft's date);
 * then publication meta tags, JSON-LD {@code datePublished}, microdata, {@code <time>} elements, a
 * date path in the URL and elements whose class names a date; a byline after the standfirst; a
 * modification date only when nothing states the publication. Immutable and thread-safe; never
 * throws.
 */
public final class DateFinder {
  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "publication_date",
    "publicationdate",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "originalpublicationdate",
    "og:pubdate",
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "last-modified"
  };

  /** Word stems in markup (and update words in bylines) that say what a date is. */
  public static final TableSpec MARKUP =
      TableSpec.of(
          "clean/date-markup.tsv",
          "word stems in class, id and itemprop names (and byline words) that mark a date on a web"
              + " page as a date, a publication or an update",
          Column.kind("kind", "date", "published", "modified").asKey(),
          Column.text("stem").asKey());

  private static final int MAX_BYLINE = 200;

  /** Which byline dates a reading takes. */
  private enum Accept {
    /** Full dates that are no update. */
    PUBLISHED_DAY,
    /** Full dates, updates too. */
    DAY,
    /** Any date, months and updates too. */
    ANY
  }

  private final PageDates pages;
  private final Pattern dateMarkup;
  private final Pattern publishedMarkup;
  private final Pattern modifiedMarkup;

  DateFinder(PageDates pages, Rules rules) {
    this.pages = pages;
    Map<String, List<String>> stems = new HashMap<>();
    for (TableRow row : rules.table(MARKUP).rows()) {
      stems.computeIfAbsent(row.text("kind"), k -> new ArrayList<>()).add(row.text("stem"));
    }
    this.dateMarkup = anyOf(stems.get("date"));
    this.publishedMarkup = anyOf(stems.get("published"));
    this.modifiedMarkup = anyOf(stems.get("modified"));
  }

  /** A case-insensitive pattern finding any of {@code stems}; one finding nothing if none. */
  private static Pattern anyOf(List<String> stems) {
    if (stems == null) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(
        stems.stream().map(Pattern::quote).collect(Collectors.joining("|")),
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * @param doc the whole page
   * @param meta its meta tags
   * @param ld its JSON-LD facts
   * @param url the page's URL, or null
   * @param leadBlocks the visible blocks from the headline to the first paragraph, where bylines
   *     stand
   * @param hiddenLead the hidden blocks there (pages hide copies of their byline for other screen
   *     sizes), read only when nothing else gives a date
   * @param hero the few visible blocks just above the headline, where some templates set the date
   * @param afterStandfirst the few visible blocks after the article's first paragraph, where a page
   *     opening on a standfirst sets its byline; read when nothing else gives a date
   */
  PartialDate find(
      Document doc,
      MetaTags meta,
      JsonLd ld,
      String url,
      List<Block> leadBlocks,
      List<Block> hiddenLead,
      List<Block> hero,
      List<Block> afterStandfirst) {
    PartialDate tagged = pages.parse(meta.first(PUBLISHED_META));
    PartialDate declared = tagged != null ? tagged : pages.parse(ld.published());
    PartialDate modified = pages.parse(meta.first(MODIFIED_META));
    if (modified == null) {
      modified = pages.parse(ld.modified());
    }
    PartialDate fromUrl = pages.fromUrl(url);
    List<PartialDate> stated = Arrays.asList(declared, modified, fromUrl);
    PartialDate d = fromBylines(leadBlocks, Accept.PUBLISHED_DAY, stated);
    if (d == null && tagged == null) {
      d = fromBylines(leadBlocks, Accept.DAY, stated);
    }
    if (d == null) {
      d = declared;
    }
    if (d == null) {
      d = fromMarkup(doc);
    }
    if (d == null) {
      d = fromUrl;
    }
    if (d == null) {
      d = fromDateElements(doc);
    }
    if (d == null) {
      d = fromBylines(hero, Accept.PUBLISHED_DAY, stated);
    }
    if (d == null) {
      d = pages.parse(meta.firstNamedWith("publish", "modif", "updat"));
    }
    if (d == null) {
      d = fromBylines(leadBlocks, Accept.ANY, stated);
    }
    if (d == null) {
      d = fromBylines(hiddenLead, Accept.ANY, stated);
    }
    if (d == null) {
      d = fromBylines(afterStandfirst, Accept.DAY, stated);
    }
    return d != null ? d : modified;
  }

  /**
   * A date written in figures in the day/month order of the page's other dates: "03/10/2023" is 3
   * October when the page's URL or metadata says 3 October 2023 and none says 10 March. A date with
   * its month in words, or whose day cannot be a month, is taken as read.
   */
  private static PartialDate inOrderOf(
      PageDates.Found found, String text, List<PartialDate> stated) {
    PartialDate read = found.date();
    if (read.precision() != PartialDate.Precision.DAY
        || read.day() > 12
        || read.day() == read.month()
        || stated.contains(read)
        || text.substring(found.start(), found.end()).chars().anyMatch(Character::isLetter)) {
      return read;
    }
    PartialDate turned = new PartialDate(read.year(), read.day(), read.month());
    return stated.contains(turned) ? turned : read;
  }

  /** Microdata and {@code <time>} elements, publication first. */
  private PartialDate fromMarkup(Document doc) {
    for (Element e : doc.select("[itemprop=datePublished]")) {
      PartialDate d = pages.parse(firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text()));
      if (d != null) {
        return d;
      }
    }
    PartialDate fallback = null;
    for (Element time : doc.select("time[datetime], time[pubdate]")) {
      PartialDate d = pages.parse(firstNonEmpty(time.attr("datetime"), time.text()));
      if (d == null) {
        continue;
      }
      String context = markupContext(time);
      if (time.hasAttr("pubdate") || context.contains("publish") || context.contains("posted")) {
        return d;
      }
      if (fallback == null && !modifiedMarkup.matcher(context).find()) {
        fallback = d;
      }
    }
    return fallback;
  }

  /**
   * The first full date of the short lead blocks that is not an update, in the day/month order of
   * the page's {@code stated} dates (declared publication, declared modification, URL date; nulls
   * allowed); unless {@code strict}, also an update date or a month.
   */
  private PartialDate fromBylines(List<Block> leadBlocks, Accept accept, List<PartialDate> stated) {
    for (Block b : leadBlocks) {
      if (b.text().length() > MAX_BYLINE) {
        continue;
      }
      for (PageDates.Found f : pages.findAll(b.text())) {
        if (accept == Accept.ANY
            || (f.date().precision() == PartialDate.Precision.DAY
                && (accept == Accept.DAY || !update(b, f, stated.get(0) != null)))) {
          return inOrderOf(f, b.text(), stated);
        }
      }
    }
    return null;
  }

  /**
   * Whether a byline date is an update: its words say so ("Updated March 3, 2021") or, when the
   * page declares its publication elsewhere ({@code declared}), its markup does.
   */
  private boolean update(Block b, PageDates.Found f, boolean declared) {
    String before = b.text().substring(Math.max(0, f.start() - 30), f.start());
    return modifiedMarkup.matcher(before).find()
        || (declared && markedUpdate(b.owner(), b.text().substring(f.start(), f.end())));
  }

  /**
   * Whether the page's markup calls a byline date an update: the innermost element holding {@code
   * date} or, going out to the block's {@code owner}, the first element whose class, id or itemprop
   * names either kind names a modification and no publication ({@code <time class="updated">},
   * {@code <span class="updated-on">}); "entry-date published updated" names both and says nothing.
   * Themes set both stamps in the byline and hide one with a style sheet.
   */
  private boolean markedUpdate(Element owner, String date) {
    Element inner = null;
    for (Element e : owner.getAllElements()) {
      if (e.text().contains(date)) {
        inner = e;
      }
    }
    for (Element e = inner; e != null; e = e == owner ? null : e.parent()) {
      String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
      boolean modified = modifiedMarkup.matcher(names).find();
      boolean published = publishedMarkup.matcher(names).find();
      if (modified != published) {
        return modified;
      }
    }
    return false;
  }

  /** Elements whose class or id says they hold a date. */
  private PartialDate fromDateElements(Document doc) {
    for (Element e : doc.select("[class], [id]")) {
      String names = e.className() + " " + e.id();
      if (!dateMarkup.matcher(names).find() || modifiedMarkup.matcher(names).find()) {
        continue;
      }
      String text = e.text();
      if (text.length() <= MAX_BYLINE) {
        PartialDate d = pages.parse(text);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static String markupContext(Element e) {
    StringBuilder sb = new StringBuilder();
    Element x = e;
    for (int i = 0; i < 3 && x != null; i++, x = x.parent()) {
      sb.append(x.className()).append(' ').append(x.id()).append(' ').append(x.attr("itemprop"));
      sb.append(' ');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
