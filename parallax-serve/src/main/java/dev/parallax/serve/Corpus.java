package dev.parallax.serve;

import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.Outlet;
import dev.parallax.store.EntityQueries;
import dev.parallax.store.ReaderQueries;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.Versions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * What serve reads: the store, asked a page or a record at a time on each request, never held in
 * memory, so the server's memory does not grow with the corpus and it shows what the store holds
 * now (articles a writer adds beside it show on the next request). A few reader connections, each
 * used by one request at a time.
 */
final class Corpus implements AutoCloseable {
  /** How many requests read the store at once. */
  static final int READERS = 4;

  private final BlockingQueue<RelationalStore> readers;
  private final List<RelationalStore> all;

  /** Reads through the given readers (one store opened that many times as a reader). */
  Corpus(List<RelationalStore> readers) {
    if (readers.isEmpty()) {
      throw new IllegalArgumentException("give at least one reader");
    }
    this.all = List.copyOf(readers);
    this.readers = new ArrayBlockingQueue<>(readers.size(), false, readers);
  }

  /** {@link #READERS} readers of the store at {@code location}. */
  static Corpus open(StoreLocation location) {
    List<RelationalStore> opened = new ArrayList<>();
    try {
      for (int i = 0; i < READERS; i++) {
        opened.add(RelationalStore.openReader(location));
      }
    } catch (RuntimeException e) {
      opened.forEach(RelationalStore::close);
      throw e;
    }
    return new Corpus(opened);
  }

  /** Runs {@code read} on a reader no other request uses meanwhile. */
  private <T> T read(Function<RelationalStore, T> read) {
    RelationalStore store;
    try {
      store = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the store", e);
    }
    try {
      return read.apply(store);
    } finally {
      readers.add(store);
    }
  }

  /** The names of these entities by id (labels, voices and tone name entities by id). */
  Map<String, String> entityNames(Collection<String> ids) {
    return read(s -> s.entityNames(ids));
  }

  /** The titles of these stories by id. */
  Map<String, String> storyTitles(Collection<String> ids) {
    return read(s -> s.storyTitles(ids));
  }

  /** The id of the outlet with this canonical name, or null. */
  String outletIdOf(String name) {
    return outlets().stream()
        .filter(o -> o.name().equals(name))
        .map(Outlet::id)
        .findFirst()
        .orElse(null);
  }

  Optional<Outlet> outlet(String id) {
    return outlets().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** An outlet's articles per month (yyyy-mm, a year alone as yyyy, or undated), in order. */
  Map<String, Integer> articlesPerMonth(String outletId) {
    return read(s -> s.articlesPerMonth(outletId));
  }

  /** The newest {@code limit} stories that other outlets carry and this one does not. */
  List<ReaderQueries.StoryRow> storiesWithout(String outletName, int limit) {
    return stories(
            new ReaderQueries.StoryFilter(
                null, null, null, outletName, null, null, null, null, null, false),
            null,
            limit)
        .rows();
  }

  /** Whether the outlet directory defines groups (else groups are countries). */
  boolean groupsDefined() {
    return read(RelationalStore::groupsDefined);
  }

  /**
   * The stories the filter selects, newest first by their last date (undated last), {@code limit}
   * of them after the story {@code cursor} names (from the start when null).
   *
   * @throws IllegalArgumentException when the cursor names no story
   */
  ReaderQueries.StoryPage stories(ReaderQueries.StoryFilter filter, String cursor, int limit) {
    return read(s -> s.stories(filter, cursor, limit));
  }

  Optional<ReaderQueries.ArticleRecords> article(String id) {
    return read(s -> s.article(id));
  }

  /** The articles with these ids, in this order. */
  List<Article> articlesOf(List<String> ids) {
    return read(s -> s.articles(ids));
  }

  List<Outlet> outlets() {
    return read(RelationalStore::outlets);
  }

  Optional<RelationalStore.StoryRecords> story(String id) {
    return read(s -> s.story(id));
  }

  List<Event> eventsOfActor(String code, int limit) {
    return read(s -> s.eventsOfActor(code, limit));
  }

  List<ReaderQueries.PairMonth> actorPairMonths(String source, String target) {
    return read(s -> s.actorPairMonths(source, target));
  }

  List<Event> actorPairEvents(String source, String target, String month, int limit) {
    return read(s -> s.actorPairEvents(source, target, month, limit));
  }

  List<Coverage> coverageOfOutlet(String name, int limit) {
    return read(s -> s.coverageOfOutlet(name, limit));
  }

  Optional<dev.parallax.model.Entity> entity(String id) {
    return read(s -> s.entity(id));
  }

  Optional<String> entityMovedTo(String id) {
    return read(s -> s.entityMovedTo(id));
  }

  Optional<Event> event(String id) {
    return read(s -> s.event(id));
  }

  Optional<String> eventMovedTo(String id) {
    return read(s -> s.eventMovedTo(id));
  }

  List<dev.parallax.model.Entity> entitiesOfActor(String code, int limit) {
    return read(s -> s.entitiesOfActor(code, limit));
  }

  List<EntityQueries.DatedQuote> quotesBy(String entity, int limit) {
    return read(s -> s.quotesBy(entity, limit));
  }

  List<Event> eventsOfEntity(String entity, boolean asSource, int limit) {
    return read(s -> s.eventsOfEntity(entity, asSource, limit));
  }

  List<EntityQueries.LabelUse> labelsOf(String entity, int limit) {
    return read(s -> s.labelsOf(entity, limit));
  }

  List<EntityQueries.ToneCell> toneOf(String entity, int limit) {
    return read(s -> s.toneOf(entity, limit));
  }

  EntityQueries.OutletSums outletSums(String outlet, int limit) {
    return read(s -> s.outletSums(outlet, limit));
  }

  /** The story of an article, or null. */
  String storyOf(String article) {
    return storiesOf(List.of(article)).get(article);
  }

  /** The story of each of these articles that is in one. */
  Map<String, String> storiesOf(Collection<String> articles) {
    return read(s -> s.storiesOfArticles(articles));
  }

  /** The stories with these ids (those the store has) with their groups, in this order. */
  List<ReaderQueries.StoryRow> storyRows(List<String> ids) {
    return read(s -> s.storyRows(ids));
  }

  /** The earlier versions of an article, oldest first. */
  List<Versions.Version> versionsOf(String article) {
    return read(s -> s.versionsOf(article));
  }

  /** The latest version of a superseded article, or none. */
  Optional<String> latestVersionOf(String article) {
    return read(s -> s.latestVersionOf(article));
  }

  /** Which of these articles have earlier versions. */
  Set<String> withVersions(Collection<String> articles) {
    return read(s -> s.withVersions(articles));
  }

  Optional<String> provenanceOf(String article) {
    return read(s -> s.provenanceOf(article));
  }

  @Override
  public void close() {
    all.forEach(RelationalStore::close);
  }
}
