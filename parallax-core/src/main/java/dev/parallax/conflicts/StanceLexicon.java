package dev.parallax.conflicts;

import dev.parallax.model.Span;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
public final class StanceLexicon {
  private static final int NEGATION_WINDOW = 4;
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[,;:.!?\"«»“”()]|\\b(?:but|although|though|while|whereas|which|because)\\b");

  /** The frames, keyed by frame. */
  public static final TableSpec FRAMES =
      TableSpec.of(
          "conflicts/frames.tsv",
          "Propositions two sides of a dispute assert and deny, each with the question it names",
          Column.text("frame").asKey(),
          Column.text("question"));

  /** The stance phrases, keyed by frame and phrase. */
  public static final TableSpec STANCE_TERMS =
      TableSpec.of(
          "conflicts/stance-terms.tsv",
          "Words and phrases that take a side (+ or -) on a frame of frames.tsv",
          Column.text("frame").asKey(),
          Column.kind("pole", "+", "-"),
          Column.text("phrase").asKey());

  /** The words that turn a stance over, keyed by the whole row. */
  public static final TableSpec NEGATION =
      TableSpec.of(
          "conflicts/negation.tsv",
          "Words that turn a stance over, and event codes that deny or reject",
          Column.kind("kind", "negator", "denial", "denial-event", "rejection-event").asKey(),
          Column.text("phrase").asKey());

  /**
   * A stance phrase: its frame, pole and pattern, and the case-folded text ({@link #fold}) its
   * first word must contain where the pattern matches, or "" when it gives none.
   */
  private record Term(String frame, int pole, Pattern pattern, String needle) {}

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

  /** The lexicon of {@code rules}. */
  static StanceLexicon of(Rules rules) {
    return rules.lexicon(StanceLexicon.class, StanceLexicon::load);
  }

  /** The lexicon of the bundled rules. */
  static StanceLexicon builtIn() {
    return of(Rules.bundled());
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
    return read(text, true);
  }

  /**
   * {@link #read}, skipping the phrases whose first word the folded text does not contain when
   * {@code filter}: a phrase's pattern matches only where the text holds that word, folded as the
   * pattern compares characters, so the skipped ones would not match (the same stances either way;
   * most of the lexicon's phrases are then not run over a claim).
   */
  List<Stance> read(String text, boolean filter) {
    List<Stance> found = new ArrayList<>();
    String folded = filter ? fold(text) : null;
    for (Term t : terms) {
      if (filter && !folded.contains(t.needle())) {
        continue;
      }
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

  private static StanceLexicon load(Rules rules) {
    Map<String, String> questions = new LinkedHashMap<>();
    for (TableRow row : rules.table(FRAMES).rows()) {
      questions.put(row.text("frame"), row.text("question"));
    }
    List<Term> terms = new ArrayList<>();
    for (TableRow row : rules.table(STANCE_TERMS).rows()) {
      if (!questions.containsKey(row.text("frame"))) {
        throw new IllegalStateException(
            row.where() + ": frame " + row.text("frame") + " is not in " + FRAMES.path());
      }
      int pole = row.text("pole").equals("+") ? 1 : -1;
      String phrase = row.text("phrase");
      terms.add(new Term(row.text("frame"), pole, pattern(phrase), needle(phrase)));
    }
    Set<String> negators = new HashSet<>();
    Set<String> cues = new HashSet<>();
    List<String> codes = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    for (TableRow row : rules.table(NEGATION).rows()) {
      String phrase = row.text("phrase");
      switch (row.text("kind")) {
        case "negator" -> negators.add(phrase.toLowerCase(Locale.ROOT));
        case "denial" -> cues.add(phrase.toLowerCase(Locale.ROOT));
        case "denial-event" -> codes.add(phrase);
        default -> rejections.add(phrase);
      }
    }
    return new StanceLexicon(questions, terms, negators, cues, codes, rejections);
  }

  /**
   * What the folded text must contain where {@link #pattern}'s pattern of {@code phrase} matches:
   * its first word folded (without the {@code *} of a word taking any ending); "" when the phrase
   * starts with {@code _}, which may match no word.
   */
  static String needle(String phrase) {
    String first = phrase.toLowerCase(Locale.ROOT).split("\\s+")[0];
    if (first.equals("_")) {
      return "";
    }
    return fold(first.endsWith("*") ? first.substring(0, first.length() - 1) : first);
  }

  /**
   * Each character (code point) as a case-insensitive, Unicode-case pattern compares it: lower case
   * of its upper case ({@code java.util.regex.Pattern} folds a literal's and the text's characters
   * so). Two characters such a pattern takes as equal fold to the same one.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return out.toString();
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
