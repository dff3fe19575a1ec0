package dev.parallax.pipeline;

import dev.parallax.model.Quote;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a store needs to save quotes by difference: a stored article's quotes follow from its
 * per-article results, which do not change while it is stored, so only the entity each speaker is
 * linked to can change from run to run, and it changes by the speaker's actor mention key.
 *
 * @param entityOfKey the entity of each linked actor mention key ({@code ActorKey.wire()})
 * @param quotesOf the quotes of an article, by its id, each with its speaker's entity: the corpus's
 *     quotes ({@code ReportData.quotes()}) of that article, in their order
 * @param keyOf the key of a quote's speaker mention, or null when its speaker is unresolved
 * @param asStored the articles stored before this run (not analysed by it): their quotes are those
 *     of their stored per-article results
 */
public record QuoteSpeakers(
    Map<String, String> entityOfKey,
    Function<String, List<Quote>> quotesOf,
    Function<Quote, String> keyOf,
    Set<String> asStored) {
  public QuoteSpeakers {
    entityOfKey = Map.copyOf(entityOfKey);
    asStored = Set.copyOf(asStored);
  }
}
