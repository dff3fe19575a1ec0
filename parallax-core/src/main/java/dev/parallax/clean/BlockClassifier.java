package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides, block by block, what of a page is article and what is furniture, once the article's
 * container is known. Outside the container everything goes (with the reason its markup or wording
 * gives, else navigation for link lists and boilerplate for the rest); inside, blocks under
 * furniture markup, captions, furniture wording, the headline itself, link lists (a linked heading
 * only when it links to another page of the same site) and date lines go, and so does a heading
 * whose whole section went; after the article's last long paragraph, appeals to the reader go.
 * Stateless and thread-safe.
 */
final class BlockClassifier {
  /** A block and the reason it goes, or null when it stays. */
  record Verdict(Block block, RemovalReason reason) {}

  private static final int DATELINE_MAX = 120;

  /** A heading that announces furniture is short: "Related stories", not a sentence. */
  private static final int SECTION_HEADING_WORDS = 5;

  private static final Set<RemovalReason> SECTION_REASONS =
      EnumSet.of(RemovalReason.RELATED_LINKS, RemovalReason.COMMENTS, RemovalReason.PROMOTION);

  private static final int REPEAT_MIN_WORDS = 6;

  /** A paragraph this long is the article's own: appeals are judged only after the last one. */
  private static final int LONG_WORDS = 40;

  /** List items and table rows repeat by design (a schedule, a spec table): not judged. */
  private static final Set<Block.Kind> REPEAT_KINDS =
      EnumSet.of(Block.Kind.PARAGRAPH, Block.Kind.CAPTION, Block.Kind.QUOTE);

  private final BoilerplateLexicon lexicon;
  private final PageDates pages;

  BlockClassifier(BoilerplateLexicon lexicon, PageDates pages) {
    this.lexicon = lexicon;
    this.pages = pages;
  }

  List<Verdict> classify(
      List<Block> blocks, ContentLocator.Choice choice, String title, ArticleBody declared) {
    List<Verdict> verdicts = new ArrayList<>(blocks.size());
    String titleKey = title == null ? null : TitleFinder.key(title);
    for (Block b : blocks) {
      RemovalReason reason =
          choice.contains(b) ? inside(b, choice, titleKey, declared) : outside(b, choice);
      verdicts.add(new Verdict(b, reason));
    }
    dropFurnitureSections(verdicts, choice.container(), title);
    dropRepeats(verdicts);
    dropEndAppeals(verdicts, declared);
    dropEmptySections(verdicts);
    return verdicts;
  }

  private RemovalReason outside(Block b, ContentLocator.Choice choice) {
    RemovalReason label = choice.outsideLabel(b);
    if (label != null) {
      return label;
    }
    RemovalReason phrase = lexicon.phrase(b.text());
    if (phrase != null) {
      return phrase;
    }
    return b.linkDensity() > 0.5 ? RemovalReason.NAVIGATION : RemovalReason.BOILERPLATE;
  }

  private RemovalReason inside(
      Block b, ContentLocator.Choice choice, String titleKey, ArticleBody declared) {
    if (titleKey != null && TitleFinder.sameKey(b.text(), titleKey)) {
      return RemovalReason.TITLE;
    }
    boolean vouched = declared.holds(b);
    RemovalReason label = choice.label(b);
    if (label != null && !vouched) {
      return label;
    }
    if (b.kind() == Block.Kind.CAPTION) {
      return RemovalReason.CAPTION;
    }
    RemovalReason phrase = lexicon.phrase(b.text());
    if (phrase != null && !vouched) {
      return phrase;
    }
    if (vouched) {
      return null;
    }
    if (linkList(b) && (b.kind() != Block.Kind.HEADING || linksElsewhereOnSite(b.owner()))) {
      return RemovalReason.RELATED_LINKS;
    }
    if (dateline(b)) {
      return RemovalReason.DATELINE;
    }
    return null;
  }

  /**
   * Whether a linked heading links to another page of the page's own site: a teaser's headline. A
   * heading linking within the page (the target of a table of contents) or to another site (the
   * product or firm a list presents) is the article's own. A link whose host cannot be read counts
   * as a teaser's, as every linked heading did before.
   */
  private static boolean linksElsewhereOnSite(Element heading) {
    Element link = heading.selectFirst("a[href]");
    for (Element e = heading.parent(); link == null && e != null; e = e.parent()) {
      if (e.normalName().equals("a") && e.hasAttr("href")) {
        link = e;
      }
    }
    String page = heading.ownerDocument() == null ? "" : heading.ownerDocument().location();
    String target = link == null ? "" : link.absUrl("href");
    String host = ArticleCleaner.hostOf(target);
    return host == null
        || (host.equals(ArticleCleaner.hostOf(page)) && !pathOf(target).equals(pathOf(page)));
  }

  /** A URL without its scheme, fragment, query and trailing slash. */
  private static String pathOf(String url) {
    String u = url.strip();
    u = u.substring(u.indexOf("://") + 1);
    for (char c : new char[] {'#', '?'}) {
      int at = u.indexOf(c);
      u = at < 0 ? u : u.substring(0, at);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static boolean linkList(Block b) {
    double ld = b.linkDensity();
    return ld > 0.8 || (ld > 0.5 && b.words() < 12);
  }

  /** A short block that is mostly a date: "March 3, 2021", "Updated 3 Mar 2021 by ...". */
  private boolean dateline(Block b) {
    if (b.text().length() > DATELINE_MAX || ContentLocator.endsSentence(b.text())) {
      return false;
    }
    List<PageDates.Found> dates = pages.findAll(b.text());
    if (dates.isEmpty()) {
      return false;
    }
    int dateChars = 0;
    for (PageDates.Found f : dates) {
      dateChars += f.end() - f.start();
    }
    return dateChars * 3 >= b.text().length() || b.words() <= 8;
  }

  /**
   * A heading that announces furniture ("Related stories", "Comments", "Sign up") takes its section
   * with it: the blocks after it inside the heading's parent, up to a heading of its rank or above.
   */
  private void dropFurnitureSections(List<Verdict> verdicts, Element container, String title) {
    for (int i = 0; i < verdicts.size(); i++) {
      Block h = verdicts.get(i).block();
      String text = withoutHeadline(h.text(), title);
      RemovalReason reason =
          h.kind() == Block.Kind.HEADING && Block.words(text) <= SECTION_HEADING_WORDS
              ? lexicon.phrase(text)
              : null;
      if (!SECTION_REASONS.contains(reason)) {
        continue;
      }
      verdicts.set(i, new Verdict(h, reason));
      Element scope = sectionOf(h.owner(), i, verdicts, container);
      int rank = rank(h);
      for (int j = i + 1; j < verdicts.size(); j++) {
        Block b = verdicts.get(j).block();
        if (scope == null || !within(b.owner(), scope)) {
          break;
        }
        if (b.kind() == Block.Kind.HEADING && rank(b) <= rank) {
          break;
        }
        if (verdicts.get(j).reason() == null) {
          verdicts.set(j, new Verdict(b, reason));
        }
      }
    }
  }

  /**
   * A heading's text with the page's headline, which comment and reply sections quote ("12 thoughts
   * on “Headline”"), cut down to an ellipsis, so that the heading is judged on its own words.
   */
  static String withoutHeadline(String text, String title) {
    if (title == null || title.length() < 8 || text.length() <= title.length()) {
      return text;
    }
    int at = text.indexOf(title);
    return at < 0 ? text : text.substring(0, at) + "\u2026" + text.substring(at + title.length());
  }

  /**
   * The element a furniture heading heads: its parent, or the nearest ancestor (up to the article
   * container) that holds more than the heading, when the heading sits in a wrapper of its own.
   */
  private static Element sectionOf(
      Element heading, int index, List<Verdict> verdicts, Element container) {
    Element scope = heading.parent();
    boolean more = index + 1 < verdicts.size();
    for (int up = 0; up < 3 && scope != null && scope != container && more; up++) {
      if (within(verdicts.get(index + 1).block().owner(), scope)) {
        break;
      }
      scope = scope.parent();
    }
    return scope;
  }

  private static boolean within(Element e, Element scope) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == scope) {
        return true;
      }
    }
    return false;
  }

  /**
   * A kept paragraph of six words or more whose words repeat a kept paragraph before it goes (a
   * hidden second copy of the article, the same credit under every photo, a sign-up appeal set
   * twice). List items and table rows, which repeat by design, and short fields are not judged.
   */
  private static void dropRepeats(List<Verdict> verdicts) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      Block b = v.block();
      if (v.reason() != null || !REPEAT_KINDS.contains(b.kind()) || b.words() < REPEAT_MIN_WORDS) {
        continue;
      }
      String key = TitleFinder.key(b.text());
      if (first.putIfAbsent(key, i) == null) {
        continue;
      }
      verdicts.set(i, new Verdict(b, RemovalReason.DUPLICATE));
    }
  }

  /**
   * An appeal after the article's last long paragraph goes (a newsletter box, "follow us", a
   * donation request, a contact form's fields): only there, where the article has ended, is the
   * wording enough ({@code boilerplate-appeals.tsv}). Blocks the declared body vouches for stay.
   */
  private void dropEndAppeals(List<Verdict> verdicts, ArticleBody declared) {
    int end = articleEnd(verdicts);
    for (int i = end < 0 ? verdicts.size() : end + 1; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      Block b = v.block();
      RemovalReason appeal = v.reason() == null ? lexicon.appeal(b.text(), b.words()) : null;
      if (appeal != null && !declared.holds(b)) {
        verdicts.set(i, new Verdict(b, appeal));
      }
    }
  }

  /** The index of the article's last kept paragraph of {@link #LONG_WORDS} words or more, or -1. */
  private static int articleEnd(List<Verdict> verdicts) {
    for (int i = verdicts.size() - 1; i >= 0; i--) {
      Verdict v = verdicts.get(i);
      if (v.reason() == null
          && v.block().kind() == Block.Kind.PARAGRAPH
          && v.block().words() >= LONG_WORDS) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A heading whose following blocks, up to the next heading of its rank or above, all went (a
   * heading with nothing under it, as in a list of headings, stays).
   */
  private static void dropEmptySections(List<Verdict> verdicts) {
    for (int i = verdicts.size() - 1; i >= 0; i--) {
      Verdict v = verdicts.get(i);
      if (v.reason() != null || v.block().kind() != Block.Kind.HEADING) {
        continue;
      }
      int rank = rank(v.block());
      RemovalReason next = null;
      boolean kept = false;
      for (int j = i + 1; j < verdicts.size(); j++) {
        Verdict w = verdicts.get(j);
        if (w.block().kind() == Block.Kind.HEADING && rank(w.block()) <= rank) {
          break;
        }
        if (w.reason() == null) {
          kept = true;
          break;
        }
        if (next == null) {
          next = w.reason();
        }
      }
      if (!kept && next != null) {
        verdicts.set(i, new Verdict(v.block(), next));
      }
    }
  }

  private static int rank(Block b) {
    String tag = b.owner().normalName().toLowerCase(Locale.ROOT);
    return tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 7;
  }
}
