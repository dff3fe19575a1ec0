package dev.parallax.actors;

import dev.parallax.annotate.Token;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Definite descriptions that refer back to a country or territory ({@code descriptions.tsv}: "the
 * self-proclaimed republic", "the breakaway region"). Immutable and thread-safe.
 */
public final class DescriptionLexicon {
  public static final TableSpec DESCRIPTIONS =
      TableSpec.of(
          "actors/descriptions.tsv",
          "definite descriptions that refer back to a country (\"the breakaway region\")",
          Column.text("description").asKey(),
          Column.kind("refers", "disputed", "country"),
          Column.text("role"));

  public static final TableSpec DISPUTED =
      TableSpec.of(
          "actors/disputed-territories.tsv",
          "countries and territories whose statehood is disputed",
          Column.text("alpha3").asKey(),
          Column.optional("note"));

  private static final int LONGEST = 5;

  /**
   * A description found in a sentence.
   *
   * @param from index of "the"
   * @param to index just past the description
   * @param role the CAMEO role it gives the country, or null
   * @param disputed whether a territory of disputed status is meant first
   */
  record Found(int from, int to, String role, boolean disputed) {}

  private final Map<String, TableRow> rows = new HashMap<>();
  private final Set<String> disputed = new HashSet<>();

  private DescriptionLexicon(Rules rules) {
    for (TableRow row : rules.table(DESCRIPTIONS).rows()) {
      rows.put(row.text("description"), row);
    }
    for (TableRow row : rules.table(DISPUTED).rows()) {
      disputed.add(row.text("alpha3"));
    }
  }

  /** The lexicon of {@code rules}, built once per rules. */
  public static DescriptionLexicon of(Rules rules) {
    return rules.lexicon(DescriptionLexicon.class, DescriptionLexicon::new);
  }

  /** Whether the country with this ISO alpha-3 code has a disputed status. */
  boolean isDisputed(String alpha3) {
    return disputed.contains(alpha3);
  }

  /** The longest description after "the" at token {@code i}, or empty. */
  Optional<Found> at(List<Token> tokens, int i) {
    if (!tokens.get(i).text().equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    for (int to = Math.min(tokens.size(), i + 1 + LONGEST); to > i + 1; to--) {
      TableRow row = rows.get(words(tokens, i + 1, to));
      if (row != null) {
        String role = "-".equals(row.text("role")) ? null : row.text("role");
        return Optional.of(new Found(i, to, role, row.text("refers").equals("disputed")));
      }
    }
    return Optional.empty();
  }

  /** Tokens as lower-case words, a possessive "'s" joined to the word before it. */
  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int j = from; j < to; j++) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean joined = w.equals("'s") || w.equals("-") || b.toString().endsWith("-");
      if (j > from && !joined) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }
}
