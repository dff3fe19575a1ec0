package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: the one whose text is densest in prose. Each block
 * scores as prose (long, sentence-like, few links) or as furniture (short, link-heavy, or under
 * furniture markup); an element scores the prose of its blocks minus the furniture, and the best
 * element wins. A mark whose vocabulary entry covers much of the page's prose is not believed on
 * that page: where every paragraph sits in a "widget", "widget" does not mean a sidebar. Stateless
 * and thread-safe.
 */
final class ContentLocator {
  /** Weight of furniture text against prose text. */
  private static final double FURNITURE_WEIGHT = 1.0;

  /** What prose under furniture markup still counts for. */
  private static final double MARKED_PROSE = 0.25;

  /** Share of the page's prose above which a mark's vocabulary entry is not believed. */
  private static final double MAX_MARKED_SHARE = 0.4;

  /** Below this share of the declared article's prose, the densest element is only a part. */
  private static final double PART_OF_ARTICLE = 0.6;

  /** Prose characters a declared article body needs to be taken over an element elsewhere. */
  private static final double MIN_DECLARED_PROSE = 300;

  /**
   * The chosen element, the elements whose marks it overrides (itself and its ancestors), and the
   * vocabulary entries not believed on this page.
   */
  record Choice(Element container, Set<Element> exempt, Set<String> disbelieved) {
    /** Whether {@code b}'s text lies inside the container. */
    boolean contains(Block b) {
      for (Element e = b.owner(); e != null; e = e.parent()) {
        if (e == container) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code b} sits in an element the page hides (and the page does not hide its text).
     */
    boolean hidden(Block b) {
      if (disbelieved.contains(BlockSplitter.HIDDEN)) {
        return false;
      }
      for (BoilerplateLexicon.Mark m : b.marks()) {
        if (m.key().equals(BlockSplitter.HIDDEN)) {
          return true;
        }
      }
      return false;
    }

    /** The reason of {@code b}'s innermost believed mark below the container, or null. */
    RemovalReason label(Block b) {
      BoilerplateLexicon.Mark m = mark(b, exempt, disbelieved);
      return m == null ? null : m.reason();
    }

    /** The reason a block outside the container went, from its innermost believed mark. */
    RemovalReason outsideLabel(Block b) {
      for (BoilerplateLexicon.Mark m : b.marks()) {
        if (!disbelieved.contains(m.key())) {
          return m.reason();
        }
      }
      return null;
    }
  }

  private ContentLocator() {}

  /** The element holding the article among {@code blocks}, which must come from {@code root}. */
  static Choice locate(Element root, List<Block> blocks, ArticleBody declared) {
    double[] prose = new double[blocks.size()];
    double total = 0;
    Map<String, Double> byKey = new HashMap<>();
    for (int i = 0; i < prose.length; i++) {
      Block b = blocks.get(i);
      prose[i] = prose(b, declared);
      total += prose[i];
      for (BoilerplateLexicon.Mark m : b.marks()) {
        byKey.merge(m.key(), prose[i], Double::sum);
      }
    }
    Set<String> disbelieved = new HashSet<>();
    for (Map.Entry<String, Double> e : byKey.entrySet()) {
      if (e.getValue() > MAX_MARKED_SHARE * total) {
        disbelieved.add(e.getKey());
      }
    }
    // jsoup nodes compare by identity; insertion order (document order) breaks ties the same way
    // on every run, where an identity-hashed map's order would not.
    Map<Element, Double> score = new LinkedHashMap<>();
    Map<Element, Double> proseIn = new HashMap<>();
    for (int i = 0; i < prose.length; i++) {
      Block b = blocks.get(i);
      addUp(proseIn, b.owner(), prose[i]);
      boolean marked = mark(b, Set.of(), disbelieved) != null;
      double value =
          marked
              ? prose[i] * MARKED_PROSE
                  - FURNITURE_WEIGHT * Math.max(b.chars() - prose[i], prose[i] * 0.5)
              : prose[i] - FURNITURE_WEIGHT * furniture(b, prose[i]);
      addUp(score, b.owner(), value);
    }
    Element best = root;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    best = declaredArticle(root, best, proseIn);
    Set<Element> exempt = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = best; e != null; e = e.parent()) {
      exempt.add(e);
    }
    return new Choice(best, exempt, Set.copyOf(disbelieved));
  }

  /**
   * The element the page's markup declares as its one article, when the densest element is only a
   * part of it: the page's single {@code itemprop="articleBody"}, else its single {@code
   * <article>}, taken instead of a descendant that holds less than {@link #PART_OF_ARTICLE} of its
   * prose (a list of links or an embedded post split it); the declared body is also taken instead
   * of an element elsewhere on the page (a dialog or a footer outweighing a short article).
   */
  private static Element declaredArticle(Element root, Element best, Map<Element, Double> proseIn) {
    List<Element> body = root.select("[itemprop=articleBody]");
    List<Element> articles = root.select("article");
    Element declared =
        body.size() == 1 ? body.get(0) : articles.size() == 1 ? articles.get(0) : null;
    if (declared == null || declared == best) {
      return best;
    }
    double inDeclared = proseIn.getOrDefault(declared, 0.0);
    if (inDeclared <= 0) {
      return best;
    }
    if (within(best, declared)) {
      return proseIn.getOrDefault(best, 0.0) < PART_OF_ARTICLE * inDeclared ? declared : best;
    }
    if (body.size() == 1 && within(declared, best) && inDeclared >= MIN_DECLARED_PROSE) {
      return declared; // the page says which part of the wider element is the article
    }
    boolean apart = !within(declared, best);
    return apart && body.size() == 1 && inDeclared >= MIN_DECLARED_PROSE ? declared : best;
  }

  private static boolean within(Element e, Element ancestor) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static BoilerplateLexicon.Mark mark(
      Block b, Set<Element> exempt, Set<String> disbelieved) {
    for (BoilerplateLexicon.Mark m : b.marks()) {
      if (!m.outsideOnly() && !exempt.contains(m.element()) && !disbelieved.contains(m.key())) {
        return m;
      }
    }
    return null;
  }

  /** Prose weight of a block: its non-link characters when it reads like running text. */
  static double prose(Block b, ArticleBody declared) {
    if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.CAPTION) {
      return 0;
    }
    int words = b.words();
    double ld = b.linkDensity();
    boolean sentence = words >= 10 || (words >= 5 && endsSentence(b.text()));
    if (!sentence || ld > 0.5) {
      return declared.holds(b) ? b.chars() * 0.5 : 0;
    }
    return b.chars() * (1 - ld);
  }

  private static double furniture(Block b, double prose) {
    if (b.kind() == Block.Kind.HEADING) {
      return 0;
    }
    if ((b.kind() == Block.Kind.ITEM || b.kind() == Block.Kind.ROW) && b.linkDensity() < 0.3) {
      return 0; // short list items and table rows without links are the article's lists and tables
    }
    return prose > 0 ? b.linkChars() * 0.5 : b.chars() * (b.linkDensity() > 0.5 ? 1.0 : 0.5);
  }

  static boolean endsSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(text.length() - 1);
    return c == '.'
        || c == '!'
        || c == '?'
        || c == ':'
        || c == '"'
        || c == '\u201D'
        || c == ')'
        || c == '\u3002' // 。 ideographic full stop
        || c == '\uFF01' // ！ fullwidth exclamation mark
        || c == '\uFF1F' // ？ fullwidth question mark
        || c == '\u300D' // 」 closing corner bracket
        || c == '\uFF09'; // ） fullwidth closing parenthesis
  }

  private static void addUp(Map<Element, Double> map, Element owner, double value) {
    for (Element e = owner; e != null; e = e.parent()) {
      map.merge(e, value, Double::sum);
    }
  }
}
