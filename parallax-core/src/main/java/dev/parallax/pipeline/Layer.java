package dev.parallax.pipeline;

/**
 * What a stage reads and produces: the closed set of layers a document and a corpus are built up
 * in. A pipeline is valid when every layer a stage reads is produced by a stage before it.
 */
public enum Layer {
  /** The input's bytes and what is known of it (url, outlet, date): what ingest hands over. */
  SOURCE,
  /** The input's text, decoded from its bytes. */
  TEXT,
  /** The clean article: body, title, outlet, publication date, removed blocks. */
  ARTICLE,
  OUTLETS,
  /** Sentences and tokens with their offsets into the body. */
  TOKENS,
  /** Part-of-speech tags and lemmas. */
  TAGS,
  /** Named-entity spans. */
  NAMES,
  /** Dependency parses of the sentences that hold an event or speech cue. */
  PARSE,
  /** Pronoun coreference chains. */
  COREF,
  /** Normalised time expressions. */
  TIMES,
  /** A publication date inferred from the article's own dates where the page gave none. */
  PUBLISHED,
  /** Actor mentions resolved against the knowledge base. */
  ACTORS,
  /** Article-level events. */
  EVENTS,
  /** Quotes and reported statements with their speakers' mentions. */
  QUOTES,
  /** The outlet's own scare-quoted terms. */
  SCARE_QUOTES,
  /** Entities linked across articles; quotes with their speakers' entities. */
  ENTITIES,
  /** Stories: the articles grouped by the happening they report. */
  STORIES,
  /**
   * Events with their entities and story, dated through the events they share across articles and
   * fused across the articles that report them; publication dates inferred so.
   */
  FUSED_EVENTS,
  /** Per story and outlet: labels, voices, reported and omitted events, tone. */
  COVERAGE,
  /** Claims within a story that cannot both hold. */
  CONFLICTS,
  /** The page a person reads: {@code report.html}. */
  REPORT
}
