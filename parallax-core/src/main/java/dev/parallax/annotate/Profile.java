package dev.parallax.annotate;

/**
 * How deep an {@link Annotator} analyses a body. Each profile adds to the one before it, and each
 * exists because a later stage reads what it adds: annotating more than a stage reads only costs
 * time (CoreNLP's default named-entity pass alone runs ~8x slower than the one-model pass here).
 */
public enum Profile {
  /**
   * Tokens and sentences only. For stages that need spans and sentence boundaries but no
   * linguistics: story grouping's word statistics, quote-mark scanning, sentence citations.
   */
  TOKENS,

  /**
   * Adds Penn Treebank part-of-speech tags and lemmas. For lexicon matching on dictionary forms
   * (loaded labels, cue verbs, event verb patterns) and for time expressions, whose tense cues need
   * tags.
   */
  LEXICAL,

  /**
   * Adds names: the CoNLL-2003 4-class CRF alone ({@code PERSON}, {@code ORGANIZATION}, {@code
   * LOCATION}, {@code MISC}), without CoreNLP's numeric, SUTime or fine-grained passes, which the
   * knowledge base and the time stage do better. For actor resolution.
   */
  NAMES,

  /**
   * Adds what events and quotes read: a basic Universal Dependencies tree for each sentence that
   * holds an event or speech cue or a quotation mark ({@link ParseCues}; the others stay unparsed,
   * as do runaway sentences of over 150 tokens), and coreference chains for repeated names and
   * third-person pronouns ({@link PronounCoref}). The profile of the full analysis.
   */
  FULL;

  /** Whether tokens carry part-of-speech tags and lemmas. */
  public boolean tags() {
    return compareTo(LEXICAL) >= 0;
  }

  /** Whether names are recognised. */
  public boolean names() {
    return compareTo(NAMES) >= 0;
  }

  /** Whether cue sentences are parsed and coreference resolved. */
  public boolean parses() {
    return this == FULL;
  }
}
