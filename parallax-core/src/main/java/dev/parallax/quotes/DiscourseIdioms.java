package dev.parallax.quotes;

import dev.parallax.model.Span;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.util.List;
import java.util.Locale;

/**
 * Fixed phrases in which a cue word is a discourse marker ("Having said that, the plan ...",
 * "needless to say"): the phrase reports nobody's statement. The phrases come from {@code
 * discourse-idioms.tsv}. Immutable and thread-safe.
 *
 * @param phrases lower-case phrases, words separated by single spaces
 */
public record DiscourseIdioms(List<String> phrases) {
  /** The phrases, one a row. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "quotes/discourse-idioms.tsv",
          "Fixed phrases in which a verb of saying is a discourse marker (\"having said that\")",
          Column.text("phrase").asKey());

  public DiscourseIdioms {
    phrases = List.copyOf(phrases);
  }

  /** The phrases of {@code rules}. */
  static DiscourseIdioms of(Rules rules) {
    return rules.lexicon(DiscourseIdioms.class, DiscourseIdioms::load);
  }

  static DiscourseIdioms bundled() {
    return of(Rules.bundled());
  }

  /**
   * Whether the cue and the content of {@code st} both lie inside one occurrence of a phrase in
   * {@code body}. A statement without a cue span is never an idiom.
   */
  boolean covers(String body, Statement st) {
    Span cue = st.cueSpan();
    if (cue == null) {
      return false;
    }
    int from = Math.max(0, Math.min(cue.start(), st.content().start()) - 40);
    int to = Math.min(body.length(), Math.max(cue.end(), st.content().end()) + 40);
    String window = body.substring(from, to).toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      for (int at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
        int start = from + at;
        int end = start + phrase.length();
        if (isWord(body, start, end)
            && inside(cue, start, end)
            && inside(st.content(), start, end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inside(Span s, int start, int end) {
    return start <= s.start() && s.end() <= end;
  }

  /** The occurrence is whole words, not part of longer ones ("that saidn't"). */
  private static boolean isWord(String body, int start, int end) {
    boolean left = start == 0 || !Character.isLetter(body.charAt(start - 1));
    boolean right = end == body.length() || !Character.isLetter(body.charAt(end));
    return left && right;
  }

  private static DiscourseIdioms load(Rules rules) {
    return new DiscourseIdioms(
        rules.table(TABLE).rows().stream()
            .map(row -> row.text("phrase").toLowerCase(Locale.ROOT))
            .toList());
  }
}
