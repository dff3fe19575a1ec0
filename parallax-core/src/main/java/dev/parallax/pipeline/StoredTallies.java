package dev.parallax.pipeline;

import dev.parallax.actors.KeyTallies;

/**
 * The tallies of a store's actor mentions ({@link KeyTallies}) as its last save of the corpus
 * records kept them ({@link CorpusStore#keyTallies}).
 *
 * @param tallies the tallies of the first {@code articles} stored articles
 * @param articles how many articles they sum up: the first of {@link CorpusStore#resultsForRun}
 * @param last the id of the last of them
 */
public record StoredTallies(KeyTallies tallies, int articles, String last) {}
