package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page-debris vocabulary of text dumps ({@code text-debris.tsv}): whole-line furniture
 * ("Share", "Previous Post"), telltale phrases ("all rights reserved", "newsletter") and headings
 * that open a trailing section ("Related posts", "Leave a reply"), and the words of a comment's
 * time stamp ("5 years ago", "May 2, 2021 at 8:28 am"). Immutable and thread-safe.
 */
public final class TextLexicon {
  private static final int MAX_PHRASE = 8;
  private static final int END_EXTRA_WORDS = 3;
  private static final int MAX_FURNITURE_WORDS = 24;

  /**
   * The debris vocabulary: kind (line, contains, end, stamp, stamp-part), removal reason and
   * phrase.
   */
  public static final TableSpec TABLE =
      TableSpec.of(
          "clean/text-debris.tsv",
          "phrases that mark lines of a plain-text dump as page debris, or open a trailing section",
          Column.kind("kind", "line", "contains", "end", "stamp", "stamp-part").asKey(),
          Column.kind("reason", BoilerplateLexicon.reasons()),
          Column.text("phrase").asKey());

  /** A phrase in normalised form, with spaces around it for matching whole words. */
  private record Phrase(String text, RemovalReason reason) {
    String padded() {
      return " " + text + " ";
    }

    int words() {
      return text.split(" ").length;
    }
  }

  private record Padded(String padded, int words, RemovalReason reason) {
    Padded(Phrase p) {
      this(p.padded(), p.words(), p.reason());
    }
  }

  private final Map<String, RemovalReason> lineWords;
  private final Map<String, RemovalReason> stampWords;
  private final Set<String> stampAnchors;
  private final List<Padded> contains;
  private final List<Padded> ends;
  private final int endWords;

  private TextLexicon(
      Map<String, RemovalReason> lineWords,
      Map<String, RemovalReason> stampWords,
      Set<String> stampAnchors,
      List<Phrase> contains,
      List<Phrase> ends) {
    this.lineWords = Map.copyOf(lineWords);
    this.stampWords = Map.copyOf(stampWords);
    this.stampAnchors = Set.copyOf(stampAnchors);
    this.contains = contains.stream().map(Padded::new).toList();
    this.ends = ends.stream().map(Padded::new).toList();
    this.endWords = this.ends.stream().mapToInt(Padded::words).max().orElse(0) + END_EXTRA_WORDS;
  }

  /** The lexicon of {@code rules}, built once per rules. */
  static TextLexicon of(Rules rules) {
    return rules.lexicon(TextLexicon.class, TextLexicon::load);
  }

  /** Lower case, letters and digits only, single spaces: the form phrases are matched in. */
  static String normalize(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean gap = false;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || c == '©') {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * The reason when the normalised line is made up only of furniture phrases and numbers ("Share on
   * Facebook", "Previous Post Next Post", "207 Shares"), else null.
   */
  RemovalReason furniture(String normalized) {
    return madeOf(normalized, lineWords);
  }

  /**
   * Whether the normalised line is a time stamp such as comments carry ("4 years ago", "December
   * 18, 2025, 9:46 pm", "May 2, 2021 at 8:28 am"): numbers and stamp words only, with a number and
   * a word that places it in time (a month, "ago", "pm"; "26 hours" is a duration, not a stamp).
   */
  boolean stamp(String normalized) {
    if (madeOf(normalized, stampWords) == null
        || normalized.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    for (String token : normalized.split(" ")) {
      if (stampAnchors.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static RemovalReason madeOf(String normalized, Map<String, RemovalReason> words) {
    if (normalized.isEmpty()) {
      return null;
    }
    String[] tokens = normalized.split(" ");
    if (tokens.length > MAX_FURNITURE_WORDS) {
      return null; // no button bar is that long
    }
    RemovalReason[] reachedBy = new RemovalReason[tokens.length + 1];
    boolean[] reached = new boolean[tokens.length + 1];
    reached[0] = true;
    for (int i = 0; i < tokens.length; i++) {
      if (!reached[i]) {
        continue;
      }
      if (tokens[i].chars().allMatch(Character::isDigit)) {
        reach(reached, reachedBy, i + 1, reachedBy[i]);
      }
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < Math.min(tokens.length, i + MAX_PHRASE); j++) {
        phrase.append(j > i ? " " : "").append(tokens[j]);
        RemovalReason r = words.get(phrase.toString());
        if (r != null) {
          reach(reached, reachedBy, j + 1, reachedBy[i] == null ? r : reachedBy[i]);
        }
      }
    }
    return reached[tokens.length] ? reachedBy[tokens.length] : null;
  }

  private static void reach(boolean[] reached, RemovalReason[] by, int at, RemovalReason r) {
    if (!reached[at] || by[at] == null) {
      reached[at] = true;
      by[at] = r;
    }
  }

  /**
   * The reason of the telltale phrases in the normalised line when there are enough of them: one in
   * a line of at most {@code shortWords} words, two in a longer one; else null.
   */
  RemovalReason telltale(String normalized, int words, int shortWords) {
    String padded = " " + normalized + " ";
    RemovalReason first = null;
    int hits = 0;
    for (Padded p : contains) {
      if (padded.contains(p.padded())) {
        hits++;
        first = first == null ? p.reason() : first;
      }
    }
    return hits >= (words <= shortWords ? 1 : 2) ? first : null;
  }

  /**
   * Whether the normalised text holds a telltale phrase of a caption ("photo by", "getty images").
   */
  boolean captionPhrase(String normalized) {
    String padded = " " + normalized + " ";
    for (Padded p : contains) {
      if (p.reason() == RemovalReason.CAPTION && padded.contains(p.padded())) {
        return true;
      }
    }
    return false;
  }

  /** The reason when the normalised line is a heading that opens a trailing section, else null. */
  RemovalReason sectionEnd(String normalized) {
    int words = 0;
    for (String token : normalized.split(" ")) {
      words += token.isEmpty() || token.chars().allMatch(Character::isDigit) ? 0 : 1;
    }
    if (words == 0 || words > endWords) {
      return null; // a paragraph, not a heading
    }
    String padded = " " + normalized + " ";
    for (Padded p : ends) {
      // One word is a heading only alone ("Related", "Comments 12"), not "Recommended Dosage".
      int extra = p.words() == 1 ? 0 : END_EXTRA_WORDS;
      if (padded.startsWith(p.padded()) && words <= p.words() + extra) {
        return p.reason();
      }
    }
    return null;
  }

  private static TextLexicon load(Rules rules) {
    Map<String, RemovalReason> line = new HashMap<>();
    Map<String, RemovalReason> stamp = new HashMap<>();
    Set<String> anchors = new HashSet<>();
    List<Phrase> contains = new ArrayList<>();
    List<Phrase> ends = new ArrayList<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      Phrase p = new Phrase(normalize(row.text("phrase")), reason(row.text("reason")));
      switch (row.text("kind")) {
        case "line" -> line.putIfAbsent(p.text(), p.reason());
        case "contains" -> contains.add(p);
        case "stamp" -> {
          stamp.putIfAbsent(p.text(), p.reason());
          anchors.add(p.text());
        }
        case "stamp-part" -> stamp.putIfAbsent(p.text(), p.reason());
        default -> ends.add(p); // end
      }
    }
    return new TextLexicon(line, stamp, anchors, contains, ends);
  }

  private static RemovalReason reason(String wireName) {
    for (RemovalReason r : RemovalReason.values()) {
      if (r.wireName().equals(wireName)) {
        return r;
      }
    }
    throw new IllegalStateException("unknown removal reason: " + wireName);
  }
}
