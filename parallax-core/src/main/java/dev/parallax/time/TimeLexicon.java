package dev.parallax.time;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
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
public final class TimeLexicon {
  /** Calendar words: weekdays, months, units, shift words, future and perfect auxiliaries. */
  public static final TableSpec CALENDAR_WORDS =
      TableSpec.of(
          "time/calendar-words.tsv",
          "calendar words the time layer reads to re-resolve what SUTime finds",
          Column.text("word").asKey(),
          Column.kind(
              "kind", "DIGIT", "ORDINAL", "WEEKDAY", "MONTH", "UNIT", "SHIFT", "FUTURE", "PERFECT"),
          Column.text("value"));

  /** What SUTime marks that is not a time expression. */
  public static final TableSpec NOT_TIME =
      TableSpec.of(
          "time/not-time.tsv",
          "expressions SUTime marks that are not times (ages, adverbs of sequence)",
          Column.kind("kind", "PHRASE", "REGEX"),
          Column.text("pattern"));

  /** Words that make a time expression point back into the story. */
  public static final TableSpec ANAPHORS =
      TableSpec.of(
          "time/anaphors.tsv",
          "words that make a time expression point back to the last date named (that year)",
          Column.text("word").asKey(),
          Column.integer("offset"));

  /** Prepositions that make "year-end" a date. */
  public static final TableSpec PERIOD_WORDS =
      TableSpec.of(
          "time/period-words.tsv",
          "prepositions that make year-end a date, with the year's offset",
          Column.kind("kind", "YEAR_END").asKey(),
          Column.text("word").asKey(),
          Column.integer("value"));

  /** How holidays recur. */
  public static final TableSpec HOLIDAYS =
      TableSpec.of(
          "time/holidays.tsv",
          "holidays and how they recur, to find the same holiday in another year",
          Column.text("name").asKey(),
          Column.kind("rule", "FIXED", "NTH", "LAST"));

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

  /** The lexicon of {@code rules}, built once per rules. */
  static TimeLexicon of(Rules rules) {
    return rules.lexicon(TimeLexicon.class, TimeLexicon::load);
  }

  private static TimeLexicon load(Rules rules) {
    Map<String, String[]> words = new HashMap<>();
    for (TableRow row : rules.table(CALENDAR_WORDS).rows()) {
      words.put(row.text("word"), new String[] {row.text("kind"), row.text("value")});
    }
    Set<String> phrases = new HashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    for (TableRow row : rules.table(NOT_TIME).rows()) {
      if (row.text("kind").equals("PHRASE")) {
        phrases.add(row.text("pattern").toLowerCase(Locale.ROOT));
      } else {
        patterns.add(Pattern.compile(row.text("pattern")));
      }
    }
    Map<String, Integer> anaphors = new HashMap<>();
    for (TableRow row : rules.table(ANAPHORS).rows()) {
      anaphors.put(row.text("word"), row.integer("offset"));
    }
    Map<String, Integer> yearEnd = new HashMap<>();
    for (TableRow row : rules.table(PERIOD_WORDS).rows()) {
      yearEnd.put(row.text("word"), row.integer("value")); // kind YEAR_END
    }
    Map<String, String> holidays = new HashMap<>();
    for (TableRow row : rules.table(HOLIDAYS).rows()) {
      holidays.put(row.text("name"), row.text("rule"));
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
}
