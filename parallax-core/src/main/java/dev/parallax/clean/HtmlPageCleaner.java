package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.model.RemovedBlock;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Cleans an HTML page: splits its visible text into blocks, finds the element densest in prose
 * ({@link ContentLocator}), keeps the article's paragraphs, headings, list items and table rows and
 * lists every other block with its reason ({@link BlockClassifier}); reads the headline by
 * agreement of its sources ({@link TitleFinder}), the publication date ({@link DateFinder}), the
 * author and the outlet. The JSON-LD {@code articleBody}, when present, vouches for blocks but
 * never replaces the page's own text. Thread-safe; never throws for bad markup.
 */
final class HtmlPageCleaner implements PageCleaner {
  private static final int LEAD_BLOCKS = 6;
  private static final int HERO_BLOCKS = 3;
  private static final int MAX_AUTHOR = 120;

  private final BoilerplateLexicon lexicon;
  private final BlockClassifier classifier;
  private final DateFinder dates;

  /** The cleaner reading the bundled rules. */
  HtmlPageCleaner() {
    this(Rules.bundled());
  }

  HtmlPageCleaner(Rules rules) {
    this.lexicon = BoilerplateLexicon.of(rules);
    PageDates pages = PageDates.of(rules);
    this.classifier = new BlockClassifier(lexicon, pages);
    this.dates = new DateFinder(pages, rules);
  }

  @Override
  public CleanedPage clean(String html, String url) {
    Document doc = BrokenLinks.parse(html, url == null ? "" : url);
    MetaTags meta = MetaTags.of(doc);
    JsonLd ld = JsonLd.of(doc);
    ArticleBody declared = ArticleBody.of(ld.body());
    Element body = doc.body();
    List<Block> blocks = BlockSplitter.split(body, lexicon);
    ContentLocator.Choice choice = ContentLocator.locate(body, blocks, declared);
    String outlet =
        firstGiven(meta.first("og:site_name"), ld.publisher(), meta.first("application-name"));
    String title = title(doc, meta, ld, blocks, choice, outlet, url);
    List<BlockClassifier.Verdict> verdicts = classifier.classify(blocks, choice, title, declared);
    List<String> paragraphs = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>();
    for (BlockClassifier.Verdict v : verdicts) {
      if (v.reason() == null) {
        paragraphs.add(v.block().text());
      } else {
        removed.add(new RemovedBlock(v.block().text(), v.reason()));
      }
    }
    int firstProse = firstProse(blocks, choice);
    List<Block> lead = lead(blocks, firstProse, title);
    PartialDate published =
        dates.find(
            doc,
            meta,
            ld,
            url,
            lead.stream().filter(b -> !choice.hidden(b)).toList(),
            lead.stream().filter(choice::hidden).toList(),
            hero(blocks, lead).stream().filter(b -> !choice.hidden(b)).toList(),
            afterStandfirst(blocks, firstProse).stream().filter(b -> !choice.hidden(b)).toList());
    String author =
        firstGiven(
            personName(ld.author()),
            personName(meta.first("author")),
            personName(meta.first("article:author")));
    return new CleanedPage(paragraphs, title, published, outlet, author, removed);
  }

  private static String title(
      Document doc,
      MetaTags meta,
      JsonLd ld,
      List<Block> blocks,
      ContentLocator.Choice choice,
      String outlet,
      String url) {
    List<String> metaTitles =
        Arrays.asList(
            meta.first("og:title"), ld.headline(), meta.first("twitter:title"), doc.title());
    return TitleFinder.choose(
        headings(blocks, choice, true),
        metaTitles,
        headings(blocks, choice, false),
        outlet,
        ArticleCleaner.hostOf(url));
  }

  /**
   * The page's h1 texts (when {@code h1}) or the article's first other headings: headings at or
   * before the article's first paragraph first, nearest first, then the rest of the page's.
   */
  private static List<String> headings(
      List<Block> blocks, ContentLocator.Choice choice, boolean h1) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean inArticle = false;
    for (Block b : blocks) {
      if (!inArticle && choice.contains(b) && ContentLocator.prose(b, ArticleBody.NONE) > 0) {
        inArticle = true;
      }
      if (b.kind() != Block.Kind.HEADING || b.owner().normalName().equals("h1") != h1) {
        continue;
      }
      if (h1 && homeLink(b.owner())) {
        continue;
      }
      if (!inArticle) {
        before.add(0, b.text());
      } else if (h1 || choice.contains(b)) {
        after.add(b.text());
      }
    }
    before.addAll(after);
    return before.subList(0, Math.min(before.size(), h1 ? 6 : 3));
  }

  /**
   * Whether all of a heading's text is a link to a site's home page (a path of "/" or none): the
   * site's name or logo set as a heading by the page template, never the article's headline.
   */
  static boolean homeLink(Element heading) {
    Elements links = heading.select("a[href]");
    if (links.isEmpty()) {
      return false;
    }
    int linked = 0;
    for (Element a : links) {
      if (!rootPath(a.attr("href"))) {
        return false;
      }
      linked += a.text().length();
    }
    return linked >= heading.text().length();
  }

  private static boolean rootPath(String href) {
    String h = href.strip();
    int scheme = h.indexOf("//");
    if (scheme >= 0) {
      int slash = h.indexOf('/', scheme + 2);
      h = slash < 0 ? "/" : h.substring(slash);
    }
    return h.equals("/") || h.equals("/index.html") || h.equals("./");
  }

  /** Index of the first block of the article with prose, or -1. */
  private static int firstProse(List<Block> blocks, ContentLocator.Choice choice) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (choice.contains(b) && ContentLocator.prose(b, ArticleBody.NONE) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Blocks from the headline (or a little before the article) to its first paragraph. */
  private static List<Block> lead(List<Block> blocks, int firstProse, String title) {
    if (firstProse < 0) {
      return List.of();
    }
    String titleKey = title == null ? "" : TitleFinder.key(title);
    int start = -1;
    for (int i = 0; i <= firstProse && !titleKey.isEmpty(); i++) {
      if (TitleFinder.sameKey(blocks.get(i).text(), titleKey)) {
        start = i;
      }
    }
    if (start < 0) {
      start = Math.max(0, firstProse - LEAD_BLOCKS);
    }
    return blocks.subList(start, firstProse);
  }

  /**
   * The few blocks after the article's first paragraph, where a page that opens on a standfirst
   * sets its byline.
   */
  private static List<Block> afterStandfirst(List<Block> blocks, int firstProse) {
    if (firstProse < 0) {
      return List.of();
    }
    return blocks.subList(firstProse + 1, Math.min(blocks.size(), firstProse + 1 + LEAD_BLOCKS));
  }

  /** The few blocks just above the lead when the lead starts at the headline. */
  private static List<Block> hero(List<Block> blocks, List<Block> lead) {
    if (lead.isEmpty()) {
      return List.of();
    }
    int start = blocks.indexOf(lead.get(0));
    return blocks.subList(Math.max(0, start - HERO_BLOCKS), Math.max(0, start));
  }

  /** A name as given, or null for what is no name: a profile URL, "undefined", a paragraph. */
  private static String personName(String s) {
    if (s == null) {
      return null;
    }
    String name = TitleFinder.fold(s);
    boolean url = name.startsWith("http") || name.startsWith("www.") || name.contains("/");
    boolean placeholder = name.equalsIgnoreCase("undefined") || name.equalsIgnoreCase("null");
    return name.isEmpty() || url || placeholder || name.length() > MAX_AUTHOR ? null : name;
  }

  /** The first of {@code values} that is not null, or null. */
  private static String firstGiven(String... values) {
    return Arrays.stream(values).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
