package dev.parallax.quotes;

import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.ContentId;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.Speaker;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts who said what from one annotated article: direct quotations (any quotation-mark
 * typography, see {@link QuoteMarks}), reported speech from the dependency parse, mixed quotes, and
 * attribution phrases, each with its speaker and a normalised {@link Claim}. Words or short phrases
 * in quotation marks that nobody is quoted as saying are scare quotes: {@link #scareQuotes}.
 *
 * <p>Every content span indexes {@code article.body()} with quotation marks excluded, and {@code
 * quote.text()} equals the body's substring. Thread-safe: holds only immutable cue lists. Odd input
 * (unbalanced marks, empty or huge bodies) never throws: a failure yields no quotes and a log line.
 */
public final class QuoteExtractor {

  /** Longest scare quote, in words: longer quoted text is a statement. */
  private static final int SCARE_MAX_WORDS = 3;

  /** Longest title quoted with its comma inside ("The Evening Show,"), in words. */
  private static final int TITLE_MAX_WORDS = 6;

  private final Rules rules;
  private final SpeechCues cues;
  private final DiscourseIdioms idioms;
  private final QuoteScope scope;

  /** An extractor of statements with the bundled speech cues. */
  public QuoteExtractor() {
    this(QuoteScope.STATEMENTS);
  }

  /** An extractor of the given scope with the bundled speech cues. */
  public QuoteExtractor(QuoteScope scope) {
    this(Rules.bundled(), scope);
  }

  /** An extractor of statements with the cues of {@code rules}. */
  public QuoteExtractor(Rules rules) {
    this(rules, QuoteScope.STATEMENTS);
  }

  /** An extractor of the given scope with the cues of {@code rules}. */
  public QuoteExtractor(Rules rules, QuoteScope scope) {
    this.rules = java.util.Objects.requireNonNull(rules, "rules");
    this.cues = SpeechCues.of(rules);
    this.idioms = DiscourseIdioms.of(rules);
    this.scope = java.util.Objects.requireNonNull(scope, "scope");
  }

  /** The statements of {@code article}, in body order. */
  public List<ExtractedQuote> extract(AnnotatedArticle article, ArticleActors actors) {
    return extract(article, actors, Diagnostics.logged("quotes"));
  }

  /**
   * The statements of {@code article}, in body order; when the rules fail on it, none, with the
   * failure reported to {@code diagnostics}.
   */
  public List<ExtractedQuote> extract(
      AnnotatedArticle article, ArticleActors actors, Diagnostics diagnostics) {
    try {
      String body = article.article().body();
      SpeakerResolver speakers = new SpeakerResolver(article, actors, cues);
      List<Statement> reported = new ReportedSpeech(rules, cues, speakers, scope).find(article);
      List<QuoteMarks.Marked> quoted = new ArrayList<>();
      List<QuoteMarks.Marked> fragments = new ArrayList<>();
      for (QuoteMarks.Marked m : QuoteMarks.scan(body)) {
        if (!m.nested()) {
          (isScare(body, m) ? fragments : quoted).add(m);
        }
      }
      List<Statement> merged =
          new DirectQuotes(article, cues, speakers, scope).merge(quoted, fragments, reported);
      List<Statement> kept = new ArrayList<>();
      for (Statement st : merged) {
        if (!idioms.covers(body, st) && !insideTag(body, st.content())) {
          kept.add(st);
        }
      }
      Set<Span> contents = new HashSet<>();
      kept.forEach(st -> contents.add(st.content()));
      List<ExtractedQuote> out = new ArrayList<>();
      for (Statement st : kept) {
        // A statement reported in one that was dropped is reported in none kept.
        Span outer = st.outer() != null && contents.contains(st.outer()) ? st.outer() : null;
        out.add(toQuote(article, st, outer));
      }
      return out;
    } catch (RuntimeException e) {
      diagnostics.report("quote extraction failed, no quotes kept: " + e);
      return List.of();
    }
  }

  /**
   * Whether {@code content} starts inside a markup tag left in the body ({@code <tweet
   * author="...">}): an attribute value is page furniture, not prose anyone is reported saying.
   */
  /**
   * The tokens of quotation marks: a sentence holding one may hold a quote, so the annotator parses
   * it.
   */
  public static Set<String> quotationMarkTokens() {
    return QuoteMarks.TOKENS;
  }

  static boolean insideTag(String body, Span content) {
    int open = body.lastIndexOf('<', content.start());
    if (open < 0 || open + 1 >= body.length()) {
      return false;
    }
    char next = body.charAt(open + 1);
    boolean tag = Character.isLetter(next) || next == '/';
    int close = body.indexOf('>', open);
    return tag && (close < 0 || close >= content.start());
  }

  /**
   * The scare-quoted terms of {@code body}, nested ones included, in body order: read from the
   * quotation marks alone, so they need no annotation.
   */
  public static List<ScareQuote> scareQuotes(String body) {
    List<ScareQuote> out = new ArrayList<>();
    for (QuoteMarks.Marked m : QuoteMarks.scan(body)) {
      if (isScare(body, m)) {
        Span s = m.inner();
        out.add(new ScareQuote(s.start(), s.end(), s.of(body), m.nested()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A closed quotation of at most a few words that does not end a clause inside its marks. */
  static boolean isScare(String body, QuoteMarks.Marked m) {
    String inner = m.inner().of(body).strip();
    if (!m.closed() || inner.isEmpty()) {
      return false;
    }
    String[] words = inner.split("\\s+");
    boolean longTitle = words.length <= TITLE_MAX_WORDS && isCommaTitle(body, m, words);
    if (words.length > SCARE_MAX_WORDS && !longTitle || opensAttributedSentence(body, m.outer())) {
      return false;
    }
    char last = inner.charAt(inner.length() - 1);
    return ".!?…".indexOf(last) < 0 || isTitle(words);
  }

  /**
   * A title of capitalised words quoted with its comma inside, inside a sentence that goes on
   * ("appeared on "The Late Evening Show," where ..."): a name, not a statement. A quotation that
   * opens its sentence ("We Can Win," she said) may be a statement and is left alone.
   */
  private static boolean isCommaTitle(String body, QuoteMarks.Marked m, String[] words) {
    String inner = m.inner().of(body).strip();
    return inner.endsWith(",") && !opensSentence(body, m.outer()) && isTitle(words);
  }

  private static boolean opensSentence(String body, Span outer) {
    int before = outer.start() - 1;
    while (before >= 0 && body.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || ".!?\n".indexOf(body.charAt(before)) >= 0;
  }

  /** «Short words», – said X: a quotation that opens its sentence and an attribution follows. */
  private static boolean opensAttributedSentence(String body, Span outer) {
    boolean opens = opensSentence(body, outer);
    int after = outer.end();
    while (after < body.length() && body.charAt(after) == ' ') {
      after++;
    }
    char lastInside = body.charAt(Math.max(outer.start(), outer.end() - 2));
    boolean commaInside = ",?!".indexOf(lastInside) >= 0;
    return opens
        && (commaInside || after < body.length() && ",–—".indexOf(body.charAt(after)) >= 0);
  }

  /** Capitalised words, a name or title quoted with the comma inside ("Face the Nation,"). */
  private static boolean isTitle(String[] words) {
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
        return false;
      }
    }
    char first = words[0].charAt(0);
    return words.length >= 2 && Character.isUpperCase(first) || Character.isDigit(first);
  }

  private static ExtractedQuote toQuote(AnnotatedArticle article, Statement st, Span outer) {
    String body = article.article().body();
    Span c = st.content();
    String id = quoteId(article, c);
    SpeakerResolver.Resolved who = st.speaker();
    Speaker speaker = new Speaker(null, who == null ? null : who.name());
    Quote quote =
        new Quote(
            id,
            article.article().id(),
            speaker,
            c.of(body),
            c.start(),
            c.end(),
            st.kind(),
            st.cue(),
            st.sieve(),
            outer == null ? null : quoteId(article, outer));
    Claim claim = ClaimReader.read(st, body);
    return new ExtractedQuote(
        quote, who == null ? null : who.surface(), who == null ? null : who.mention(), claim);
  }

  private static String quoteId(AnnotatedArticle article, Span content) {
    return ContentId.of(
        'q',
        article.article().id(),
        Integer.toString(content.start()),
        Integer.toString(content.end()));
  }
}
