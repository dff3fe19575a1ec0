package dev.parallax.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Different paragraphs that make a telltale phrase the page's subject. */
  private static final int TOPIC_LINES = 4;

  private TextLines() {}

  static List<TextLine> split(String text, TextLexicon lexicon) {
    List<TextLine> lines = split(text, lexicon, Set.of());
    Set<String> topics = topics(lines, lexicon);
    return topics.isEmpty() ? lines : split(text, lexicon, topics);
  }

  /**
   * The telltale phrases of the page's subject: those found in {@value #TOPIC_LINES} or more
   * different paragraphs. An appeal or a notice says its piece once or twice on a page; a story
   * about newsletters, cookies or donations keeps coming back to its words.
   */
  private static Set<String> topics(List<TextLine> lines, TextLexicon lexicon) {
    Map<String, Set<String>> paragraphs = new HashMap<>();
    for (TextLine line : lines) {
      if (line.prose()) {
        for (String phrase : lexicon.telltalePhrases(line.normalized())) {
          paragraphs.computeIfAbsent(phrase, p -> new HashSet<>()).add(line.normalized());
        }
      }
    }
    Set<String> topics = new HashSet<>();
    paragraphs.forEach(
        (phrase, found) -> {
          if (found.size() >= TOPIC_LINES) {
            topics.add(phrase);
          }
        });
    return topics;
  }

  private static List<TextLine> split(String text, TextLexicon lexicon, Set<String> topics) {
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
          lines.add(TextLine.of(lines.size(), pendingBlock, pending.toString(), lexicon, topics));
        }
        pending = new StringBuilder(line);
        pendingBlock = block;
      }
    }
    if (pending != null) {
      lines.add(TextLine.of(lines.size(), pendingBlock, pending.toString(), lexicon, topics));
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
