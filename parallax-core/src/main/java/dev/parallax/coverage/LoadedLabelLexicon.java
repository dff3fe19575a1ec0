package dev.parallax.coverage;

import dev.parallax.model.Span;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loaded-label lexicon ({@code dev/parallax/coverage/loaded-labels.tsv}): words that carry a
 * judgement ("self-proclaimed", "regime", "slammed"), each with a category and a neutral
 * counterpart. {@link #find} lists the non-overlapping matches in a text, longest first where two
 * overlap. A lexicon finds candidate loaded words; it does not decide that a use is biased (a
 * quoted "regime" is the speaker's, not the outlet's). Immutable and thread-safe.
 */
public final class LoadedLabelLexicon {
  /** The labels, one a row, keyed by term. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "coverage/loaded-labels.tsv",
          "Loaded labels: words that carry the writer's judgement, with a neutral counterpart",
          Column.text("term").asKey(),
          Column.kind(
              "category",
              "delegitimising",
              "pejorative",
              "territory",
              "loaded-verb",
              "evaluative",
              "propaganda"),
          Column.text("neutral"));

  private record Entry(int order, String term, String category, String neutral, Pattern pattern) {}

  private final List<Entry> entries;

  /**
   * The entries by the case fold ({@link #fold}) of their term's first character: a term can match
   * only where the text's character folds the same, so {@link #find} tries each pattern only there.
   */
  private final Map<Integer, List<Entry>> byFirst = new HashMap<>();

  private LoadedLabelLexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      byFirst.computeIfAbsent(fold(e.term().codePointAt(0)), k -> new ArrayList<>()).add(e);
    }
  }

  /** The lexicon of {@code rules}. */
  public static LoadedLabelLexicon of(Rules rules) {
    return rules.lexicon(LoadedLabelLexicon.class, LoadedLabelLexicon::load);
  }

  /** The lexicon of the bundled rules. */
  public static LoadedLabelLexicon builtIn() {
    return of(Rules.bundled());
  }

  /** How many terms the lexicon holds. */
  public int size() {
    return entries.size();
  }

  /** The loaded labels in {@code text}, in text order, none overlapping. */
  public List<LoadedLabel> find(String text) {
    List<LoadedLabel> all = new ArrayList<>();
    // what Matcher.find() of each pattern over the whole text gives, trying each pattern only at
    // the starts its lookbehind allows and whose character folds as its term's first: an entry's
    // next match starts at or after the end of its last one (matchers and ends by entry order)
    Map<Integer, Matcher> matchers = new HashMap<>();
    Map<Integer, Integer> ends = new HashMap<>();
    for (int p = 0; p < text.length(); p = text.offsetByCodePoints(p, 1)) {
      if (p > 0 && inWord(text.codePointBefore(p))) {
        continue;
      }
      List<Entry> candidates = byFirst.get(fold(text.codePointAt(p)));
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        if (p < ends.getOrDefault(e.order(), 0)) {
          continue;
        }
        Matcher m =
            matchers.computeIfAbsent(
                e.order(),
                k ->
                    e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        m.region(p, text.length());
        if (m.lookingAt()) {
          all.add(
              new LoadedLabel(new Span(m.start(), m.end()), e.term(), e.category(), e.neutral()));
          ends.put(e.order(), m.end());
        }
      }
    }
    all.sort(
        Comparator.comparingInt((LoadedLabel l) -> l.span().start())
            .thenComparing(l -> -(l.span().end() - l.span().start())));
    List<LoadedLabel> kept = new ArrayList<>();
    int end = -1;
    for (LoadedLabel l : all) {
      if (l.span().start() >= end) {
        kept.add(l);
        end = l.span().end();
      }
    }
    return kept;
  }

  private static LoadedLabelLexicon load(Rules rules) {
    List<Entry> entries = new ArrayList<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      String term = row.text("term");
      String neutral = row.text("neutral").equals("-") ? null : row.text("neutral");
      entries.add(new Entry(entries.size(), term, row.text("category"), neutral, pattern(term)));
    }
    return new LoadedLabelLexicon(entries);
  }

  /** What the patterns' lookbehind refuses before a term: a letter, a digit or a hyphen. */
  private static boolean inWord(int c) {
    return Character.isLetter(c) || isNumber(c) || c == '-';
  }

  /** Unicode's N: a decimal digit, a letter number or another number (\\p{N}). */
  private static boolean isNumber(int c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /** A character's case fold, as a case-insensitive Unicode pattern compares characters. */
  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whole words, any case, white space between words, the last word inflected. */
  private static Pattern pattern(String term) {
    String[] words = term.split("[\\s]+");
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}-])");
    for (int i = 0; i < words.length; i++) {
      sb.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    sb.append("(?:s|es|d|ed|ing|ly)?(?![\\p{L}\\p{N}-])");
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
