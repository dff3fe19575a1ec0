package dev.parallax.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a dump into its non-blank lines, numbering the blank-line-separated blocks, and joins a
 * line broken inside a sentence (hard-wrapped text) to its continuation: the classifier then sees
 * whole paragraphs. Thread-safe.
 */
final class TextLines {
  /** Wrapped text fills its lines; a shorter line is a label, not half a sentence. */
  private static final int WRAPPED_WIDTH = 40;

  private static final Pattern BREAK = Pattern.compile("\\R");

  private TextLines() {}

  static List<TextLine> split(String text, TextLexicon lexicon) {
    List<TextLine> lines = new ArrayList<>();
    int block = 0;
    StringBuilder pending = null;
    int pendingBlock = 0;
    for (String raw : BREAK.split(text, -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        block++;
      } else if (pending != null && pendingBlock == block && brokenBetween(pending, line)) {
        pending.append(' ').append(line);
      } else {
        if (pending != null) {
          lines.add(TextLine.of(lines.size(), pendingBlock, pending.toString(), lexicon));
        }
        pending = new StringBuilder(line);
        pendingBlock = block;
      }
    }
    if (pending != null) {
      lines.add(TextLine.of(lines.size(), pendingBlock, pending.toString(), lexicon));
    }
    return lines;
  }

  /** A sentence goes on: the first line ends in a word or comma, the next opens in lower case. */
  private static boolean brokenBetween(CharSequence before, String after) {
    char last = before.charAt(before.length() - 1);
    return (Character.isLetter(last) || last == ',')
        && Character.isLowerCase(after.charAt(0))
        && before.length() >= WRAPPED_WIDTH;
  }
}
