package dev.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line ({@code WORD POS CHUNK NER}, the tag last), sentences
 * separated by blank lines, documents by {@code -DOCSTART-} lines.
 */
final class ConllNerReader {
  /** One sentence: its words and their gold tags (IOB1 or IOB2). */
  record GoldSentence(List<String> words, List<String> tags) {
    GoldSentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
    }
  }

  private ConllNerReader() {}

  /** The documents of a file, each a list of sentences; malformed lines fail with their number. */
  static List<List<GoldSentence>> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  static List<List<GoldSentence>> read(BufferedReader in) throws IOException {
    List<List<GoldSentence>> docs = new ArrayList<>();
    List<GoldSentence> doc = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      String[] cols = line.trim().split("\\s+");
      boolean docStart = cols[0].equals("-DOCSTART-");
      if (line.isBlank() || docStart) {
        endSentence(doc, words, tags);
        if (docStart && !doc.isEmpty()) {
          docs.add(doc);
          doc = new ArrayList<>();
        }
        continue;
      }
      if (cols.length < 2) {
        throw new IOException("line " + number + ": expected WORD ... TAG, got: " + line);
      }
      words.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    endSentence(doc, words, tags);
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static void endSentence(List<GoldSentence> doc, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      doc.add(new GoldSentence(words, tags));
      words.clear();
      tags.clear();
    }
  }
}
