package dev.parallax.pipeline;

import dev.parallax.model.Quote;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a store needs to save quotes and entity mentions by difference: a stored article's quotes
 * and actor mentions follow from its per-article results, which do not change while it is stored,
 * so only the entity each is linked to can change from run to run, and it changes by the actor
 * mention's key.
 *
 * @param entityOfKey the entity of each linked actor mention key ({@code ActorKey.wire()})
 * @param quotesOf the quotes of an article, by its id, each with its speaker's entity and key: the
 *     corpus's quotes ({@code ReportData.quotes()}) of that article, in their order
 * @param asStored the articles stored before this run (not analysed by it): their quotes and
 *     mentions are those of their stored per-article results
 */
public record QuoteSpeakers(
    Map<String, String> entityOfKey,
    Function<String, List<KeyedQuote>> quotesOf,
    Set<String> asStored) {
  public QuoteSpeakers {
    entityOfKey = Map.copyOf(entityOfKey);
    asStored = Set.copyOf(asStored);
  }

  /**
   * A quote as the corpus gives it, with the key of its speaker's actor mention, or null when its
   * speaker is unresolved.
   */
  public record KeyedQuote(Quote quote, String speakerKey) {}
}
