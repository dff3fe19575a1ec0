package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits the visible text of an element into {@link Block}s: every block-level element (paragraph,
 * heading, list item, table row, division...) starts a new block, inline markup does not. Skips
 * scripts, styles and form controls; marks hidden elements as furniture. Not thread-safe: one
 * instance per page.
 */
final class BlockSplitter implements NodeFilter {
  /** The mark key of hidden elements. */
  static final String HIDDEN = "hidden";

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "nav",
          "aside",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "caption",
          "figure",
          "figcaption",
          "blockquote",
          "pre",
          "address",
          "form",
          "fieldset",
          "details",
          "summary",
          "hr",
          "center",
          "body",
          "hgroup",
          "menu",
          "dialog",
          "legend",
          "picture",
          "video",
          "audio");
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "select",
          "option",
          "textarea",
          "input",
          "button",
          "head",
          "link",
          "meta",
          "math");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private final BoilerplateLexicon lexicon;
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final Deque<BoilerplateLexicon.Mark> marks = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int chars;
  private int linkChars;
  private int linkDepth;

  private BlockSplitter(BoilerplateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The blocks of {@code root}, in document order. */
  static List<Block> split(Element root, BoilerplateLexicon lexicon) {
    BlockSplitter splitter = new BlockSplitter(lexicon);
    NodeTraversor.filter(splitter, root);
    splitter.flush();
    return List.copyOf(splitter.blocks);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (SKIPPED.contains(tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (hidden(e)) {
      // Marked, not skipped: script-driven pages park their whole article in hidden elements,
      // and a mark that covers most of a page's prose is not believed.
      marks.push(new BoilerplateLexicon.Mark(e, RemovalReason.BOILERPLATE, HIDDEN));
    }
    if (tag.equals("br") || tag.equals("td") || tag.equals("th") || tag.equals("img")) {
      append(" ");
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    BoilerplateLexicon.Mark mark = lexicon.markup(e);
    if (mark != null) {
      marks.push(mark);
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      open.push(e);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (tag.equals("a")) {
      linkDepth--;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      if (!open.isEmpty() && open.peek() == e) {
        open.pop();
      }
    } else if (tag.equals("td") || tag.equals("th")) {
      append(" ");
    }
    while (!marks.isEmpty() && marks.peek().element() == e) {
      marks.pop();
    }
    return FilterResult.CONTINUE;
  }

  private void append(String s) {
    text.append(s);
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        visible++;
      }
    }
    chars += visible;
    if (linkDepth > 0) {
      linkChars += visible;
    }
  }

  private void flush() {
    if (chars > 0 && !open.isEmpty()) {
      String folded = fold(text);
      blocks.add(
          new Block(folded, open.peek(), kind(open.peek()), List.copyOf(marks), chars, linkChars));
    }
    text.setLength(0);
    chars = 0;
    linkChars = 0;
  }

  /** The text with every run of white space (no-break spaces too) made one space, trimmed. */
  static String fold(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Block.Kind kind(Element owner) {
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dt", "dd" -> Block.Kind.ITEM;
      case "tr" -> Block.Kind.ROW;
      case "figcaption", "caption" -> Block.Kind.CAPTION;
      case "blockquote" -> Block.Kind.QUOTE;
      case "pre" -> Block.Kind.CODE;
      default -> Block.Kind.PARAGRAPH;
    };
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }
}
