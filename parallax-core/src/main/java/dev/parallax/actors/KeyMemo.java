package dev.parallax.actors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The keys a pure function made from names, kept for the next call with the same name: names recur
 * article after article (story profiles key every capitalised word, entity linking every mention, a
 * stored corpus every actor key it reads back), and each key costs several regular-expression
 * passes. At most {@link #SIZE} are kept; the memo is emptied when full. Thread-safe.
 *
 * @param <K> the kind of key
 */
final class KeyMemo<K> {
  static final int SIZE = 1 << 16;

  private final Map<String, K> made = new ConcurrentHashMap<>();
  private final Function<String, K> key;

  KeyMemo(Function<String, K> key) {
    this.key = key;
  }

  /** The key of {@code name} (not null). */
  K of(String name) {
    K out = made.get(name);
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
