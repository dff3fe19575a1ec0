package dev.parallax.conflicts;

import dev.parallax.model.Span;
import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance lexicon: the frames two sides of a dispute argue about ({@code frames.tsv}), the
 * phrases that take a side on each ({@code stance-terms.tsv}), and the words that turn a side over
 * ({@code negation.tsv}). {@link #read} finds the stances a text takes, longest phrase first where
 * two overlap, each turned over by a negator earlier in its clause. Immutable and thread-safe.
 */
final class StanceLexicon {
  private static final int NEGATION_WINDOW = 4;
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[,;:.!?\"«»“”()]|\\b(?:but|although|though|while|whereas|which|because)\\b");

  private record Term(String frame, int pole, Pattern pattern) {}

  private final Map<String, String> questions;
  private final List<Term> terms;
  private final Set<String> negators;
  private final Set<String> denialCues;
  private final List<String> denialCodes;
  private final List<String> rejectionCodes;

  private StanceLexicon(
      Map<String, String> questions,
      List<Term> terms,
      Set<String> negators,
      Set<String> denialCues,
      List<String> denialCodes,
      List<String> rejectionCodes) {
    this.questions = Map.copyOf(questions);
    this.terms = List.copyOf(terms);
    this.negators = Set.copyOf(negators);
    this.denialCues = Set.copyOf(denialCues);
    this.denialCodes = List.copyOf(denialCodes);
    this.rejectionCodes = List.copyOf(rejectionCodes);
  }

  private static final class BuiltIn {
    static final StanceLexicon LEXICON = load();
  }

  /** The bundled lexicon, loaded once. */
  static StanceLexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /** The question a frame names ("whether the decision has legal force"). */
  String question(String frame) {
    return questions.getOrDefault(frame, frame);
  }

  /** Whether any word of a cue ("flatly denied") rejects the content it introduces. */
  boolean isDenialCue(String cue) {
    if (cue == null) {
      return false;
    }
    for (String word : cue.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (denialCues.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a CAMEO code denies a claim ("rejected the claims that ..."). */
  boolean isDenialEvent(String cameo) {
    return cameo != null && denialCodes.stream().anyMatch(cameo::startsWith);
  }

  /** Whether a CAMEO code rejects a request or proposal rather than a claim. */
  boolean isRejectionEvent(String cameo) {
    return cameo != null && rejectionCodes.stream().anyMatch(cameo::startsWith);
  }

  /**
   * The stances {@code text} takes, in text order: each stance phrase not inside a longer one, its
   * pole turned over when a negator stands in the same clause at most four words before it. A
   * phrase in a question ("Where is the evidence?") takes no side.
   */
  List<Stance> read(String text) {
    List<Stance> found = new ArrayList<>();
    for (Term t : terms) {
      Matcher m = t.pattern().matcher(text);
      while (m.find()) {
        if (!inQuestion(text, m.end())) {
          int polarity = negated(text, m.start()) ? -t.pole() : t.pole();
          found.add(new Stance(t.frame(), polarity, new Span(m.start(), m.end())));
        }
      }
    }
    found.sort(
        Comparator.comparingInt((Stance s) -> s.span().start())
            .thenComparingInt(s -> s.span().start() - s.span().end()));
    List<Stance> kept = new ArrayList<>();
    int end = -1;
    for (Stance s : found) {
      if (s.span().start() >= end) {
        kept.add(s);
        end = s.span().end();
      }
    }
    return kept;
  }

  private boolean negated(String text, int start) {
    String before = text.substring(0, start);
    Matcher brk = CLAUSE_BREAK.matcher(before.toLowerCase(Locale.ROOT));
    int from = 0;
    while (brk.find()) {
      from = brk.end();
    }
    String[] words = before.substring(from).toLowerCase(Locale.ROOT).strip().split("\\s+");
    for (int i = Math.max(0, words.length - NEGATION_WINDOW); i < words.length; i++) {
      String w = words[i].replace('’', '\'').replaceAll("^\\W+|\\W+$", "");
      if (negators.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inQuestion(String text, int end) {
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?') {
        return true;
      }
      if (c == '.' || c == '!' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  private static StanceLexicon load() {
    Map<String, String> questions = new LinkedHashMap<>();
    for (String[] row : rows("frames.tsv", 2)) {
      questions.put(row[0], row[1]);
    }
    List<Term> terms = new ArrayList<>();
    for (String[] row : rows("stance-terms.tsv", 3)) {
      if (!questions.containsKey(row[0]) || !row[1].matches("[+-]")) {
        throw new IllegalStateException("bad row in stance-terms.tsv: " + String.join("\t", row));
      }
      terms.add(new Term(row[0], row[1].equals("+") ? 1 : -1, pattern(row[2])));
    }
    Set<String> negators = new java.util.HashSet<>();
    Set<String> cues = new java.util.HashSet<>();
    List<String> codes = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    for (String[] row : rows("negation.tsv", 2)) {
      switch (row[0]) {
        case "negator" -> negators.add(row[1].toLowerCase(Locale.ROOT));
        case "denial" -> cues.add(row[1].toLowerCase(Locale.ROOT));
        case "denial-event" -> codes.add(row[1]);
        case "rejection-event" -> rejections.add(row[1]);
        default -> throw new IllegalStateException("bad kind in negation.tsv: " + row[0]);
      }
    }
    return new StanceLexicon(questions, terms, negators, cues, codes, rejections);
  }

  /** The rows of a bundled TSV file after its header, each checked to have {@code width} cells. */
  private static List<String[]> rows(String name, int width) {
    List<String> lines = ResourceLines.read(StanceLexicon.class, name);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length != width || cells[0].isBlank() || cells[width - 1].isBlank()) {
        throw new IllegalStateException("bad row in " + name + ": " + line);
      }
      for (int i = 0; i < width; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  /**
   * A phrase as a case-insensitive pattern on word boundaries: {@code word*} takes any ending and
   * {@code _} at most one word.
   */
  static Pattern pattern(String phrase) {
    StringBuilder regex = new StringBuilder("(?<![\\w])");
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("_")) {
        regex.append("(?:[\\w'’-]+\\s+)?");
        continue;
      }
      boolean prefix = w.endsWith("*");
      regex.append(Pattern.quote(prefix ? w.substring(0, w.length() - 1) : w));
      regex.append(prefix ? "[\\w-]*" : "(?![\\w])");
      if (i < words.length - 1) {
        regex.append("\\s+");
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
