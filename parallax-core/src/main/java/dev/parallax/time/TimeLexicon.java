package dev.parallax.time;

import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the time layer reads ({@code calendar-words.tsv}: weekdays, months, units, shift words,
 * future and perfect auxiliaries), the words that point back into the story ({@code anaphors.tsv})
 * and what it does not treat as time ({@code not-time.tsv}); the prepositions that make "year-end"
 * a date ({@code period-words.tsv}); how holidays recur ({@code holidays.tsv}). Immutable and
 * thread-safe.
 */
final class TimeLexicon {
  private final Map<String, String[]> words;
  private final Set<String> notTimePhrases;
  private final List<Pattern> notTimePatterns;
  private final Map<String, Integer> anaphors;
  private final Map<String, Integer> yearEnd;
  private final Map<String, String> holidays;

  private TimeLexicon(
      Map<String, String[]> words,
      Set<String> notTimePhrases,
      List<Pattern> notTimePatterns,
      Map<String, Integer> anaphors,
      Map<String, Integer> yearEnd,
      Map<String, String> holidays) {
    this.yearEnd = Map.copyOf(yearEnd);
    this.holidays = Map.copyOf(holidays);
    this.words = Map.copyOf(words);
    this.anaphors = Map.copyOf(anaphors);
    this.notTimePhrases = Set.copyOf(notTimePhrases);
    this.notTimePatterns = List.copyOf(notTimePatterns);
  }

  /** Loads the lexicon shipped with Parallax. */
  static TimeLexicon load() {
    Map<String, String[]> words = new HashMap<>();
    for (String[] row : rows("calendar-words.tsv")) {
      words.put(row[0], new String[] {row[1], row[2]});
    }
    Set<String> phrases = new HashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String[] row : rows("not-time.tsv")) {
      if (row[0].equals("PHRASE")) {
        phrases.add(row[1].toLowerCase(Locale.ROOT));
      } else if (row[0].equals("REGEX")) {
        patterns.add(Pattern.compile(row[1]));
      } else {
        throw new IllegalStateException("unknown kind in not-time.tsv: " + row[0]);
      }
    }
    Map<String, Integer> anaphors = new HashMap<>();
    for (String[] row : rows("anaphors.tsv")) {
      anaphors.put(row[0], Integer.parseInt(row[1]));
    }
    Map<String, Integer> yearEnd = new HashMap<>();
    for (String[] row : rows("period-words.tsv")) {
      if (row[0].equals("YEAR_END")) {
        yearEnd.put(row[1], Integer.parseInt(row[2]));
      } else {
        throw new IllegalStateException("unknown kind in period-words.tsv: " + row[0]);
      }
    }
    Map<String, String> holidays = new HashMap<>();
    for (String[] row : rows("holidays.tsv")) {
      holidays.put(row[0], row[1]);
    }
    return new TimeLexicon(words, phrases, patterns, anaphors, yearEnd, holidays);
  }

  /** ISO day number (Monday 1) of a weekday name or abbreviation, or 0. */
  int weekday(String word) {
    return number(word, "WEEKDAY");
  }

  /** Month number of a month name or abbreviation, or 0. */
  int month(String word) {
    return number(word, "MONTH");
  }

  /** 1-4 for an ordinal that can number a quarter ("first", "2nd"), or 0. */
  int ordinal(String word) {
    return number(word, "ORDINAL");
  }

  /** 1-9 for a unit number word ("six"), or 0. */
  int digit(String word) {
    return number(word, "DIGIT");
  }

  /**
   * {@code E} (decade), {@code Y}, {@code M}, {@code W} or {@code D} for a calendar unit word, or
   * null.
   */
  String unit(String word) {
    return value(word, "UNIT");
  }

  boolean isShift(String word) {
    return value(word, "SHIFT") != null;
  }

  /** {@code -}, {@code +} or {@code 0} for a shift word ("last", "next", "this"), or null. */
  String shift(String word) {
    return value(word, "SHIFT");
  }

  /** Whether the word, an adjective, points a date that follows it forward ("payable Dec. 1"). */
  boolean isFutureAdjective(String word) {
    return "adjective".equals(value(word, "FUTURE"));
  }

  boolean isFuture(String word) {
    return value(word, "FUTURE") != null;
  }

  boolean isPerfect(String word) {
    return value(word, "PERFECT") != null;
  }

  /**
   * The offset, in units, that a word pointing back into the story gives ({@code anaphors.tsv}:
   * "that" 0, "following" 1, "before" -1), or null.
   */
  Integer anaphor(String word) {
    return anaphors.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The year offset a preposition gives "year-end" after it ("by" 0, "since" -1), or null when it
   * does not make "year-end" a date.
   */
  Integer yearEndOffset(String preposition) {
    return yearEnd.get(preposition.toLowerCase(Locale.ROOT));
  }

  /**
   * How the holiday an expression names recurs ({@code FIXED}, {@code NTH}, {@code LAST}; {@code
   * holidays.tsv}), or null when it names none listed.
   */
  String holidayRule(String expression) {
    String text = expression.toLowerCase(Locale.ROOT);
    return holidays.entrySet().stream()
        .filter(h -> text.contains(h.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Whether SUTime's expression is one that TimeML does not annotate (an age, "once"). */
  boolean isNotTime(String expression) {
    String text = expression.strip();
    if (notTimePhrases.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return notTimePatterns.stream().anyMatch(p -> p.matcher(text).matches());
  }

  private int number(String word, String kind) {
    String v = value(word, kind);
    return v == null ? 0 : Integer.parseInt(v);
  }

  private String value(String word, String kind) {
    String[] entry = words.get(normal(word));
    return entry != null && entry[0].equals(kind) ? entry[1] : null;
  }

  private static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static List<String[]> rows(String name) {
    return ResourceLines.rows(TimeLexicon.class, name, 2);
  }
}
