package dev.parallax.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence's tags into entity chunks the way conlleval does, for IOB1, IOB2 and plain IO
 * tags alike: a chunk starts at {@code B-X}, or at {@code I-X} (or bare {@code X}) after a tag of
 * another type or {@code O}, and runs while {@code I-X} (or {@code X}) follows.
 */
final class EntityChunks {
  /** A chunk: its type and token range {@code [start, end)} in the sentence. */
  record Chunk(String type, int start, int end) {}

  private EntityChunks() {}

  static List<Chunk> of(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    String type = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = prefix(tag);
      String t = tag.equals("O") ? null : tag.substring(prefix.length());
      boolean continues = type != null && type.equals(t) && !prefix.equals("B-");
      if (type != null && !continues) {
        chunks.add(new Chunk(type, start, i));
        type = null;
      }
      if (t != null && !continues) {
        type = t;
        start = i;
      }
    }
    return chunks;
  }

  private static String prefix(String tag) {
    if (tag.startsWith("B-") || tag.startsWith("I-")) {
      return tag.substring(0, 2);
    }
    return "";
  }
}
