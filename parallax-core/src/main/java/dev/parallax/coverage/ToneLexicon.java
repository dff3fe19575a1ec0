package dev.parallax.coverage;

import dev.parallax.resources.ResourceLines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Polarity of single words ({@code tone-words.tsv}), each weighted in [-1, 1], for the tone an
 * outlet's own wording takes toward an actor. A word matches in any case, also with a plural or
 * past-tense ending the list does not spell out ({@code -s}, {@code -es}, {@code -d}, {@code -ed},
 * {@code -ing}). Immutable and thread-safe.
 */
final class ToneLexicon {
  private static final String RESOURCE = "tone-words.tsv";
  private static final String[] ENDINGS = {"s", "es", "d", "ed", "ing"};

  private final Map<String, Double> weights;

  private ToneLexicon(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  private static final class BuiltIn {
    static final ToneLexicon LEXICON = load();
  }

  static ToneLexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /** The weight of {@code word}, or 0 when the word carries no polarity. */
  double weight(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Double exact = weights.get(w);
    if (exact != null) {
      return exact;
    }
    for (String ending : ENDINGS) {
      if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
        Double stem = weights.get(w.substring(0, w.length() - ending.length()));
        if (stem != null) {
          return stem;
        }
      }
    }
    return 0;
  }

  int size() {
    return weights.size();
  }

  private static ToneLexicon load() {
    Map<String, Double> weights = new HashMap<>();
    for (String line : ResourceLines.read(ToneLexicon.class, RESOURCE)) {
      String[] cols = line.split("\t", -1);
      if (cols[0].equals("word")) {
        continue; // the header row
      }
      if (cols.length != 2 || cols[0].isBlank()) {
        throw new IllegalStateException("bad row in " + RESOURCE + ": " + line);
      }
      double w = Double.parseDouble(cols[1].strip());
      if (w < -1 || w > 1) {
        throw new IllegalStateException("weight outside [-1, 1] in " + RESOURCE + ": " + line);
      }
      weights.put(cols[0].strip().toLowerCase(Locale.ROOT), w);
    }
    return new ToneLexicon(weights);
  }
}
