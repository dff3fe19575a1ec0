package dev.parallax.annotate;

import dev.parallax.resources.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences are worth a dependency parse: those holding an event or speech cue (a
 * verb or noun lemma) or a quotation mark, read from {@code parse-cues.tsv}. Parsing only these is
 * what makes the full profile fast; events and quotes read no other sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseCues {
  private static final String RESOURCE = "parse-cues.tsv";

  private final Set<String> lemmas;
  private final Set<String> marks;

  ParseCues(Set<String> lemmas, Set<String> marks) {
    this.lemmas = Set.copyOf(lemmas);
    this.marks = Set.copyOf(marks);
  }

  /** The cues bundled with Parallax. */
  public static ParseCues bundled() {
    return Holder.BUNDLED;
  }

  /** Whether a sentence with these tokens (tagged with lemmas, or not) should be parsed. */
  public boolean selects(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (marks.contains(t.text())) {
        return true;
      }
      String lemma = t.lemma() == null ? t.text() : t.lemma();
      if (lemmas.contains(lemma.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static ParseCues fromRows(List<String[]> rows) {
    Set<String> lemmas = new HashSet<>();
    Set<String> marks = new HashSet<>();
    for (String[] row : rows) {
      switch (row[1]) {
        case "speech", "event", "noun" -> lemmas.add(row[0].toLowerCase(Locale.ROOT));
        case "mark" -> marks.add(row[0]);
        default ->
            throw new IllegalStateException("unknown cue kind in " + RESOURCE + ": " + row[1]);
      }
    }
    return new ParseCues(lemmas, marks);
  }

  private static final class Holder {
    static final ParseCues BUNDLED = fromRows(ResourceLines.rows(ParseCues.class, RESOURCE, 2));
  }
}
