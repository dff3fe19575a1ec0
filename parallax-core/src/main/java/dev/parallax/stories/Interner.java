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
}
