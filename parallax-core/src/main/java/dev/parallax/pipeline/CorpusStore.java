package dev.parallax.pipeline;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.KeyTallies;
import dev.parallax.model.Outlet;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.report.ReportData;
import dev.parallax.stories.StoryIndexState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A stored corpus that analyses grow: the per-article results of earlier runs and the state of
 * their story index. An {@link Analysis} given a store analyses only the inputs whose content id is
 * not stored yet, saves what it made of them, assigns them to the stored stories or new ones, and
 * writes output describing the whole stored corpus.
 *
 * <p>The analysis calls a store from one thread. A store that cannot be read or written fails with
 * an unchecked exception, which ends the run; what was saved before stays saved, and an article
 * saved without a story is placed in one by the next run.
 */
public interface CorpusStore {
  /** Every stored result (accepted articles with their extractions), in the order saved. */
  List<ArticleResult> results();

  /**
   * {@link #results()} as a run reads them, while this store is open: a store may read a part of a
   * result only when the run first reads it (a run growing a large store reads the quotes of the
   * articles in its changed stories alone). Without {@code texts} (a run writing no output folder),
   * a store may give each article without its text, an empty body and no removed blocks: the stages
   * read the bodies they need with {@link #bodies}. The results must not be read once it is closed.
   */
  default List<ArticleResult> resultsForRun(boolean texts) {
    return results();
  }

  /**
   * The stored bodies of the articles with these ids, by id; an article not stored is left out. A
   * store whose {@link #resultsForRun} gives every article with its text reads none.
   */
  default Map<String, String> bodies(java.util.Collection<String> articles) {
    return Map.of();
  }

  /** Saves the result of one newly analysed, accepted article. */
  void save(ArticleResult result);

  /**
   * Saves the result of one newly analysed, accepted article, with the input it was read from (null
   * when not known), which a store may keep as evidence ({@code --keep-source}).
   */
  default void save(ArticleResult result, RawDocument source) {
    save(result);
  }

  /**
   * Saves a newly analysed article as {@link #save(ArticleResult, RawDocument)} does, as the latest
   * version of the article at its url: a store that tracks versions replaces a stored article read
   * at the same url with other content (keeping it as an earlier version; the new one takes its
   * place in its story) and returns the ids of the articles it replaced, which the run leaves out
   * of its corpus; a store that does not returns none.
   */
  default List<String> saveVersion(ArticleResult result, RawDocument source) {
    save(result, source);
    return List.of();
  }

  /**
   * Records that an input was rejected, replacing an earlier rejection of the same input; a store
   * that keeps no rejections ignores it. A rejected input is tried again by the next run.
   */
  default void saveRejection(Rejection rejection) {}

  /** The stored story index state, {@link StoryIndexState#EMPTY} when none was saved. */
  StoryIndexState stories();

  /** Replaces the stored story index state. */
  void saveStories(StoryIndexState state);

  /**
   * The stored story profiles made under {@code print} (the rules, knowledge base, code and story
   * options that make a profile), by article id; none when the store keeps none or they were made
   * under another print.
   */
  default Map<String, dev.parallax.stories.StoredProfile> storyProfiles(String print) {
    return Map.of();
  }

  /**
   * Saves story profiles made under {@code print}, each replacing a stored profile of its article;
   * profiles stored under another print are dropped. A store that keeps none ignores them.
   */
  default void saveStoryProfiles(String print, List<dev.parallax.stories.StoredProfile> profiles) {}

  /**
   * The stored story index checkpoint ({@link dev.parallax.stories.StoryIndex#checkpoint}) made
   * under {@code print}, then the parts added after it ({@link
   * dev.parallax.stories.StoryIndex#checkpointPart}) in the order added; empty when the store keeps
   * none or it was made under another print.
   */
  default List<byte[]> storyCheckpoint(String print) {
    return List.of();
  }

  /**
   * Replaces the stored story index checkpoint and its parts with one made under {@code print}, or
   * drops them for null.
   */
  default void saveStoryCheckpoint(String print, byte[] checkpoint) {}

  /**
   * Adds a part after the stored story index checkpoint made under {@code print} and the parts
   * added before it.
   */
  default void addStoryCheckpointPart(String print, byte[] part) {}

  /**
   * The stored texts ({@link dev.parallax.coverage.ArticleText#encode}) of those of {@code
   * articles} that have one made under {@code print}, by article id; none when the store keeps
   * none.
   */
  default Map<String, byte[]> articleTexts(String print, java.util.Collection<String> articles) {
    return Map.of();
  }

  /**
   * Saves the texts coverage read in articles under {@code print}, by article id, each replacing a
   * stored text of its article; texts stored under another print are dropped. A store that keeps
   * none ignores them.
   */
  default void saveArticleTexts(String print, Map<String, byte[]> texts) {}

  /**
   * The tallies of the stored articles' actor mentions as the last {@link #saveRecords} with the
   * quotes' speakers kept them, or null when the store keeps none or they no longer hold (an
   * article they sum up is no longer stored): a run then links the entities from them and the actor
   * mentions of the articles after those they sum up, instead of reading every stored mention.
   */
  default StoredTallies keyTallies() {
    return null;
  }

  /**
   * Keeps {@code tallies}, those of every article of the run's corpus in corpus order, for the next
   * {@link #saveRecords} with the quotes' speakers to save with the records; {@code changed} names
   * the keys whose tallies are not the ones {@link #keyTallies} gave, or is null when all are to be
   * written. A store that keeps none ignores them.
   */
  default void keepKeyTallies(KeyTallies tallies, Set<ActorKey> changed) {}

  /**
   * The ids of the stored fused events (those the last {@link #saveRecords} saved): a fused event
   * holding one of them keeps it, whichever report came first ({@link
   * dev.parallax.stories.EventFuser#growing}); empty when the store keeps none.
   */
  default Set<String> eventIds() {
    return Set.of();
  }

  /**
   * The digest of what each story's fused events, coverage and conflicts were computed from, by
   * story id, as the last run saved them with its corpus records ({@link #saveStoryDigests}); empty
   * when the store keeps none, and then every story's are computed again.
   */
  default Map<String, String> storyDigests() {
    return Map.of();
  }

  /**
   * The stored fused events, coverage rows and conflicts of the stories with these ids, in output
   * order, and the publication dates inferred for their articles: those the last {@link
   * #saveRecords} saved (an inferred date saved without the event it comes from is not given); read
   * {@code whole}, or only for the next {@link #saveRecords} to keep them as they are ({@link
   * SavedStoryRecords}).
   */
  default SavedStoryRecords storyRecords(Set<String> stories, boolean whole) {
    return SavedStoryRecords.NONE;
  }

  /**
   * Saves, after {@link #saveRecords} (which drops the digests saved before), the digest of what
   * each story's fused events, coverage and conflicts in those records were computed from. A store
   * that keeps none ignores them.
   */
  default void saveStoryDigests(Map<String, String> digests) {}

  /**
   * Notes what analyses the articles this run saves (its {@code run.json}), before it saves any. A
   * store that keeps no provenance ignores it.
   */
  default void beginRun(Provenance provenance) {}

  /**
   * Replaces the stored corpus records (entities, events, quotes, stories, coverage, conflicts, the
   * outlet directory and each article's outlet id ({@code outletIdOf}, by article id, null for
   * none), and the publication dates inferred for articles) with those this run's corpus stages
   * made over the whole stored corpus, in one transaction; called once they are written. Until
   * then, and when a run dies before, the stored corpus records are pending: they miss the articles
   * saved since, and the next run makes them again. A store that keeps only the per-article results
   * ignores them.
   */
  default void saveRecords(
      ReportData records, List<Outlet> outlets, Function<String, String> outletIdOf) {}

  /**
   * {@link #saveRecords(ReportData, List, Function)}, with the event each article's inferred
   * publication date comes from ({@code publishedEventOf}, by article id, null for none). A store
   * that keeps no such event saves the rest.
   */
  default void saveRecords(
      ReportData records,
      List<Outlet> outlets,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf) {
    saveRecords(records, outlets, outletIdOf);
  }

  /**
   * {@link #saveRecords(ReportData, List, Function, Function)}, with the quotes' speakers ({@code
   * speakers}): a store may then keep the quotes of the articles it saved before as they are, their
   * speakers following the entities their keys are linked to now, and write only the others.
   */
  default void saveRecords(
      ReportData records,
      List<Outlet> outlets,
      Function<String, String> outletIdOf,
      Function<String, String> publishedEventOf,
      QuoteSpeakers speakers) {
    saveRecords(records, outlets, outletIdOf, publishedEventOf);
  }
}
