package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.coverage.LoadedLabel;
import dev.parallax.coverage.LoadedLabelLexicon;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores loaded-label lexicon matches against BASIL's lexical-bias spans ({@code
 * annotations/<year>/<uuid>_<n>_ann.json}, phrase-level annotations with {@code "bias": "lex"}; the
 * {@code id} {@code p<i>} names the i-th sentence of the article, counting across paragraphs, and
 * {@code start}/{@code end} are offsets in that sentence).
 *
 * <p>Span level, by overlap: a match is correct when it overlaps a gold span of its sentence, a
 * gold span is found when a match overlaps it. Token level: word tokens ({@code [\p{L}\p{N}]+})
 * covered by matches against tokens covered by gold spans.
 */
public final class LabelEvaluation {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final LoadedLabelLexicon lexicon;

  public LabelEvaluation(LoadedLabelLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param spans span-level P/R/F1 by overlap
   * @param tokens token-level P/R/F1
   * @param gold gold lexical-bias spans placed in their sentences
   * @param unplaced gold spans whose text was not found in the sentence named (skipped)
   * @param articles articles scored
   */
  public record Score(Prf spans, Prf tokens, int gold, int unplaced, int articles) {}

  private int predicted;
  private int correctPredicted;
  private int goldSpans;
  private int foundGold;
  private int unplaced;
  private int predTokens;
  private int goldTokens;
  private int bothTokens;

  /** Scores the lexicon on the annotated articles among {@code items}. */
  public synchronized Score run(Path data, List<BasilCorpus.Item> items) throws IOException {
    predicted = correctPredicted = goldSpans = foundGold = unplaced = 0;
    predTokens = goldTokens = bothTokens = 0;
    int articles = 0;
    for (BasilCorpus.Item item : items) {
      Path ann =
          data.resolve("annotations")
              .resolve(Integer.toString(item.year()))
              .resolve(item.article().id() + "_ann.json");
      if (Files.isRegularFile(ann)) {
        score(item, Jsonl.mapper().readTree(Files.readString(ann)));
        articles++;
      }
    }
    Prf spans = prf(correctPredicted, predicted, foundGold, goldSpans);
    Prf tokens = Prf.of(bothTokens, predTokens, goldTokens);
    return new Score(spans, tokens, goldSpans, unplaced, articles);
  }

  private void score(BasilCorpus.Item item, JsonNode annotation) {
    List<String> sentences = item.sentences().stream().flatMap(List::stream).toList();
    List<List<Span>> gold = new ArrayList<>();
    sentences.forEach(s -> gold.add(new ArrayList<>()));
    for (JsonNode phrase : annotation.path("phrase-level-annotations")) {
      if (!"lex".equals(phrase.path("bias").asText())) {
        continue;
      }
      int index = sentenceIndex(phrase.path("id").asText());
      int start = phrase.path("start").asInt(-1);
      int end = phrase.path("end").asInt(-1);
      String text = phrase.path("txt").asText();
      if (index < 0
          || index >= sentences.size()
          || start < 0
          || end > sentences.get(index).length()
          || start > end
          || !sentences.get(index).substring(start, end).equals(text)) {
        unplaced++;
        continue;
      }
      gold.get(index).add(new Span(start, end));
    }
    for (int i = 0; i < sentences.size(); i++) {
      List<Span> found = lexicon.find(sentences.get(i)).stream().map(LoadedLabel::span).toList();
      compare(sentences.get(i), found, gold.get(i));
    }
  }

  private void compare(String sentence, List<Span> found, List<Span> gold) {
    predicted += found.size();
    goldSpans += gold.size();
    correctPredicted +=
        (int) found.stream().filter(f -> gold.stream().anyMatch(g -> overlap(f, g))).count();
    foundGold +=
        (int) gold.stream().filter(g -> found.stream().anyMatch(f -> overlap(f, g))).count();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      Span token = new Span(m.start(), m.end());
      boolean p = found.stream().anyMatch(f -> overlap(f, token));
      boolean g = gold.stream().anyMatch(s -> overlap(s, token));
      predTokens += p ? 1 : 0;
      goldTokens += g ? 1 : 0;
      bothTokens += p && g ? 1 : 0;
    }
  }

  private static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static int sentenceIndex(String id) {
    try {
      return id.startsWith("p") ? Integer.parseInt(id.substring(1)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static Prf prf(double correctPredicted, double predicted, double found, double gold) {
    double p = predicted == 0 ? (gold == 0 ? 1 : 0) : correctPredicted / predicted;
    double r = gold == 0 ? 1 : found / gold;
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }
}
