package dev.parallax.eval;

import dev.parallax.annotate.NameTagger;
import dev.parallax.eval.ConllNerReader.GoldSentence;
import dev.parallax.eval.EntityChunks.Chunk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval ner}: tags the gold tokens of a CoNLL-2003 file, one document at a time, and scores
 * entities by exact type and extent.
 *
 * <p>Class mapping: {@code PERSON} to {@code PER}, {@code ORGANIZATION} to {@code ORG}, {@code
 * LOCATION} to {@code LOC}, {@code MISC} to {@code MISC}; any other predicted class counts as
 * {@code O}. The tagger's tags are IO (no B-), so adjacent names of one type merge, as they do in
 * Parallax's own output.
 */
public final class NerEvaluation {
  private static final Map<String, String> CONLL_TYPES =
      Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

  private final NameTagger tagger;

  public NerEvaluation(NameTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * @throws IOException when the file cannot be read or a line is not {@code WORD ... TAG}
   */
  public NerScore run(Path file) throws IOException {
    Map<String, EntityCounts> byType = new HashMap<>();
    int sentences = 0;
    int tokens = 0;
    List<List<GoldSentence>> docs = ConllNerReader.read(file);
    for (List<GoldSentence> doc : docs) {
      List<List<String>> words = new ArrayList<>();
      doc.forEach(s -> words.add(s.words()));
      List<List<String>> predicted = tagger.tag(words);
      for (int i = 0; i < doc.size(); i++) {
        score(doc.get(i).tags(), conllTags(predicted.get(i)), byType);
        tokens += doc.get(i).words().size();
      }
      sentences += doc.size();
    }
    EntityCounts total = byType.values().stream().reduce(EntityCounts.ZERO, EntityCounts::plus);
    return new NerScore(total, byType, docs.size(), sentences, tokens);
  }

  /** Adds one sentence's counts per type. */
  static void score(List<String> gold, List<String> predicted, Map<String, EntityCounts> byType) {
    Set<Chunk> goldChunks = new HashSet<>(EntityChunks.of(gold));
    for (Chunk c : goldChunks) {
      byType.merge(c.type(), new EntityCounts(0, 0, 1), EntityCounts::plus);
    }
    for (Chunk c : EntityChunks.of(predicted)) {
      int correct = goldChunks.contains(c) ? 1 : 0;
      byType.merge(c.type(), new EntityCounts(correct, 1, 0), EntityCounts::plus);
    }
  }

  private static List<String> conllTags(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    for (String tag : tags) {
      out.add(CONLL_TYPES.getOrDefault(tag, "O"));
    }
    return out;
  }
}
