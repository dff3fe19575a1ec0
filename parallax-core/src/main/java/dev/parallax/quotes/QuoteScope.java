package dev.parallax.quotes;

/** Which attributions the extractor reports. */
public enum QuoteScope {
  /**
   * Statements: quotations and speech reported with a verb of saying and a clause ("she said that
   * ..."), or an attribution phrase. What {@code quotes.jsonl} holds.
   */
  STATEMENTS,
  /**
   * Every attribution in the sense of PARC and PolNeAR: statements, and also stances, plans and
   * findings attributed to a source with their object ("called for talks", "the poll shows a
   * lead"). For evaluation against those corpora and for stance analysis.
   */
  ATTRIBUTIONS
}
