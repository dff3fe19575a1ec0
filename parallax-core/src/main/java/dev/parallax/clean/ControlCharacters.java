package dev.parallax.clean;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Removes stray control characters (NUL and the other C0 controls but tab, line feed, form feed and
 * carriage return) from decoded text: they are no part of prose, and a NUL or bell byte in an
 * otherwise readable page must cost the page nothing. The note says which were removed and how
 * many, never the text around them. Thread-safe.
 */
final class ControlCharacters {
  /** The text without control characters, and a note of what went, or null when nothing did. */
  record Stripped(String text, String note) {}

  private ControlCharacters() {}

  /** Whether {@code c} is a control character that prose does not hold. */
  static boolean isStray(char c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }

  static Stripped strip(String text) {
    Map<Character, Integer> counts = null;
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isStray(c)) {
        if (kept == null) {
          kept = new StringBuilder(text.length()).append(text, 0, i);
          counts = new TreeMap<>();
        }
        counts.merge(c, 1, Integer::sum);
      } else if (kept != null) {
        kept.append(c);
      }
    }
    if (kept == null) {
      return new Stripped(text, null);
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringJoiner which = new StringJoiner(", ");
    counts.forEach((c, n) -> which.add(String.format("U+%04X (%d)", (int) c, n)));
    return new Stripped(
        kept.toString(),
        total + (total == 1 ? " control character" : " control characters") + " removed: " + which);
  }
}
