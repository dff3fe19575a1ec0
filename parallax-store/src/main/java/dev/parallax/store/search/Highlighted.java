package dev.parallax.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights as data, never as markup: each passage of a matched field is a list of pieces of plain
 * text, each marked as a match or not. Whoever shows them escapes each piece (text carrying markup
 * stays text).
 */
public final class Highlighted {
  /** A run of a field's text; {@code match} when the query matched it. */
  public record Piece(String text, boolean match) {}

  /** One passage (a sentence, or a quote) of a field, cut into pieces. */
  public record Fragment(List<Piece> pieces) {
    /** Whether any piece is a match. */
    public boolean matched() {
      return pieces.stream().anyMatch(Piece::match);
    }

    /** The passage's text. */
    public String text() {
      StringBuilder b = new StringBuilder();
      pieces.forEach(p -> b.append(p.text()));
      return b.toString();
    }
  }

  /** The sentences of a body shown for a hit: the best ones with a match, in text order. */
  static final int BODY_PASSAGES = 3;

  /** The quotes shown for a hit. */
  static final int QUOTE_PASSAGES = 3;

  /** Fields longer than this are highlighted in their first this many characters only. */
  private static final int MAX_LENGTH = 1_000_000;

  /** Multi-valued fields (quotes) are joined with this character before highlighting. */
  private static final char VALUE_SEPARATOR = '\u2029';

  private Highlighted() {}

  /** The passages as pieces: the text between matches, and the matches. */
  private static final PassageFormatter PIECES =
      new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
          List<Fragment> out = new ArrayList<>();
          for (Passage p : passages) {
            List<Piece> pieces = new ArrayList<>();
            int at = p.getStartOffset();
            int[] starts = Arrays.copyOf(p.getMatchStarts(), p.getNumMatches());
            int[] ends = Arrays.copyOf(p.getMatchEnds(), p.getNumMatches());
            for (int i = 0; i < starts.length; i++) {
              int start = Math.max(starts[i], at);
              int end = Math.min(ends[i], p.getEndOffset());
              if (end <= start) {
                continue;
              }
              add(pieces, content.substring(at, start), false);
              add(pieces, content.substring(start, end), true);
              at = end;
            }
            add(pieces, content.substring(at, p.getEndOffset()), false);
            out.add(new Fragment(List.copyOf(pieces)));
          }
          return out;
        }
      };

  private static void add(List<Piece> pieces, String text, boolean match) {
    String clean = text.replace(VALUE_SEPARATOR, ' ');
    if (!clean.isEmpty()) {
      pieces.add(new Piece(clean, match));
    }
  }

  /** A highlighter whose per-field objects its caller may ask for. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(PIECES)
              .withMaxLength(MAX_LENGTH)
              .withHighlightPhrasesStrictly(true));
    }

    Map<String, Object[]> fragments(Query query, int[] docs) throws IOException {
      return highlightFieldsAsObjects(
          new String[] {SearchIndex.TITLE, SearchIndex.BODY, SearchIndex.QUOTE},
          query,
          docs,
          new int[] {1, BODY_PASSAGES, QUOTE_PASSAGES});
    }
  }

  /** The hits of {@code docs}, their title, body and quotes highlighted for {@code text}. */
  static List<SearchIndex.Hit> hits(
      IndexSearcher searcher, Analyzer analyzer, Query text, ScoreDoc[] docs) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, Object[]> fields = new Highlighter(searcher, analyzer).fragments(text, ids);
    List<SearchIndex.Hit> out = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      SearchIndex.Hit plain = plain(searcher, docs[i].doc);
      out.add(
          new SearchIndex.Hit(
              plain.id(),
              plain.title(),
              plain.outlet(),
              plain.date(),
              plain.language(),
              plain.source(),
              fragments(fields.get(SearchIndex.TITLE)[i], false),
              fragments(fields.get(SearchIndex.BODY)[i], false),
              fragments(fields.get(SearchIndex.QUOTE)[i], true)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Fragment> fragments(Object formatted, boolean matchedOnly) {
    if (formatted == null) {
      return List.of();
    }
    List<Fragment> all = (List<Fragment>) formatted;
    return matchedOnly ? all.stream().filter(Fragment::matched).toList() : all;
  }

  private static final java.util.Set<String> PLAIN_FIELDS =
      java.util.Set.of(
          SearchIndex.ID,
          SearchIndex.TITLE,
          SearchIndex.OUTLET,
          SearchIndex.DATE,
          SearchIndex.LANGUAGE,
          SearchIndex.SOURCE);

  /** A hit's stored fields, without highlights. */
  static SearchIndex.Hit plain(IndexSearcher searcher, int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, PLAIN_FIELDS);
    return new SearchIndex.Hit(
        d.get(SearchIndex.ID),
        d.get(SearchIndex.TITLE),
        d.get(SearchIndex.OUTLET),
        d.get(SearchIndex.DATE),
        d.get(SearchIndex.LANGUAGE),
        d.get(SearchIndex.SOURCE),
        List.of(),
        List.of(),
        List.of());
  }
}
