package dev.parallax.coverage;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Polarity of single words ({@code tone-words.tsv}), each weighted in [-1, 1], for the tone an
 * outlet's own wording takes toward an actor. A word matches in any case, also with a plural or
 * past-tense ending the list does not spell out ({@code -s}, {@code -es}, {@code -d}, {@code -ed},
 * {@code -ing}). Immutable and thread-safe.
 */
public final class ToneLexicon {
  /** The words, one a row, with a weight in [-1, 1]. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "coverage/tone-words.tsv",
          "Polarity of the words an outlet uses near an actor, each weighted in [-1, 1]",
          Column.text("word").asKey(),
          Column.decimal("weight"));

  private static final String[] ENDINGS = {"s", "es", "d", "ed", "ing"};

  private final Map<String, Double> weights;

  private ToneLexicon(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The weights of {@code rules}. */
  static ToneLexicon of(Rules rules) {
    return rules.lexicon(ToneLexicon.class, ToneLexicon::load);
  }

  static ToneLexicon builtIn() {
    return of(Rules.bundled());
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

  private static ToneLexicon load(Rules rules) {
    Map<String, Double> weights = new HashMap<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      double w = row.decimal("weight");
      if (w < -1 || w > 1) {
        throw new IllegalStateException(row.where() + ": weight " + w + " outside [-1, 1]");
      }
      weights.put(row.text("word").toLowerCase(Locale.ROOT), w);
    }
    return new ToneLexicon(weights);
  }
}
