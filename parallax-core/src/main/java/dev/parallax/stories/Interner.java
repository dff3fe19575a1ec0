package dev.parallax.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for strings, in order of first sight: the story index keeps each term, name and key once
 * and refers to it by its number, so a profile or a posting holds ints, not strings. Not
 * thread-safe.
 */
final class Interner {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> strings = new ArrayList<>();

  /** The number of {@code s}, given it if new. */
  int intern(String s) {
    Integer n = numbers.get(s);
    if (n != null) {
      return n;
    }
    int next = strings.size();
    numbers.put(s, next);
    strings.add(s);
    return next;
  }

  /** The number of {@code s}, or -1 when it was never interned. */
  int find(String s) {
    Integer n = numbers.get(s);
    return n == null ? -1 : n;
  }

  String get(int number) {
    return strings.get(number);
  }

  int size() {
    return strings.size();
  }

  /** Writes the strings in the order of their numbers. */
  void write(Checkpoint.Writer out) {
    writeFrom(out, 0);
  }

  /** Writes the strings numbered {@code from} and after, in the order of their numbers. */
  void writeFrom(Checkpoint.Writer out, int from) {
    out.putInt(strings.size() - from);
    strings.subList(from, strings.size()).forEach(out::putString);
  }

  /** An interner numbering the strings {@link #write} wrote as they were numbered. */
  static Interner read(Checkpoint.Reader in) {
    Interner out = new Interner();
    out.readMore(in);
    return out;
  }

  /**
   * Numbers the strings {@link #writeFrom} wrote after those numbered already, as they were
   * numbered.
   */
  void readMore(Checkpoint.Reader in) {
    int n = in.getInt();
    for (int i = 0; i < n; i++) {
      String s = in.getString();
      int expected = strings.size();
      if (s == null || intern(s) != expected) {
        throw new IllegalArgumentException("a story index checkpoint repeats or lacks a string");
      }
    }
  }
}
