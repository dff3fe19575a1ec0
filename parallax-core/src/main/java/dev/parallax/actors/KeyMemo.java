package dev.parallax.actors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The keys a pure function made from names, kept for the next call with the same name: names recur
 * article after article (story profiles key every capitalised word, entity linking every mention),
 * and each key costs several regular-expression passes. At most {@link #SIZE} are kept; the memo is
 * emptied when full. Thread-safe.
 */
final class KeyMemo {
  static final int SIZE = 1 << 16;

  private final Map<String, String> made = new ConcurrentHashMap<>();
  private final UnaryOperator<String> key;

  KeyMemo(UnaryOperator<String> key) {
    this.key = key;
  }

  /** The key of {@code name} (not null). */
  String of(String name) {
    String out = made.get(name);
    if (out == null) {
      out = key.apply(name);
      if (made.size() >= SIZE) {
        made.clear();
      }
      made.put(name, out);
    }
    return out;
  }
}
