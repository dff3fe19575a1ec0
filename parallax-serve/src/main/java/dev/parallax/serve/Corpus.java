package dev.parallax.serve;

import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Mention;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.report.ReportData;
import dev.parallax.store.RelationalStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What serve reads: a store opened as a reader beside its writer, and the corpus records read from
 * it once when the server starts, indexed for the list pages (stories newest first, an article's
 * facts). Reads of the store itself go through one connection, one at a time.
 *
 * <p>The records are read when serve starts: articles analysed after it show after a restart.
 */
final class Corpus implements AutoCloseable {
  private final RelationalStore store;
  private final Map<String, Article> articles = new HashMap<>();
  private final List<Story> storiesNewestFirst;
  private final Map<String, Integer> storyIndex = new HashMap<>();
  private final Map<String, Set<String>> storyActors = new HashMap<>();
  private final Map<String, Set<String>> storyLanguages = new HashMap<>();
  private final Map<String, List<String>> storyGroups = new HashMap<>();
  private final Map<String, Boolean> storyFullyGrouped = new HashMap<>();
  private final boolean groupsDefined;
  private final Map<String, List<EntityMention>> entitiesOf = new HashMap<>();
  private final Map<String, List<EventReport>> eventsOf = new HashMap<>();
  private final Map<String, List<Quote>> quotesOf = new HashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final List<Outlet> outlets;
  private final Map<String, String> entityNames = new HashMap<>();
  private final Map<String, Outlet> outletsById = new HashMap<>();
  private final Map<String, java.util.TreeMap<String, Integer>> monthsOf = new HashMap<>();

  /** An entity's mention in one article. */
  record EntityMention(Entity entity, Mention mention) {}

  /** An event's report in one article. */
  record EventReport(Event event, EventMention mention) {}

  Corpus(RelationalStore store) {
    this.store = store;
    ReportData records = store.records();
    records.articles().forEach(a -> articles.put(a.id(), a));
    for (Entity e : records.entities()) {
      entityNames.put(e.id(), e.name());
      for (Mention m : e.mentions()) {
        entitiesOf
            .computeIfAbsent(m.article(), k -> new ArrayList<>())
            .add(new EntityMention(e, m));
      }
    }
    for (Event e : records.events()) {
      for (EventMention m : e.mentions()) {
        eventsOf.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(new EventReport(e, m));
      }
      if (e.story() != null) {
        Set<String> codes = storyActors.computeIfAbsent(e.story(), k -> new LinkedHashSet<>());
        if (e.source() != null && e.source().actor() != null) {
          codes.add(e.source().actor());
        }
        if (e.target() != null && e.target().actor() != null) {
          codes.add(e.target().actor());
        }
      }
    }
    for (Quote q : records.quotes()) {
      quotesOf.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
    }
    List<Story> stories = new ArrayList<>(records.stories());
    stories.sort(
        Comparator.comparing((Story s) -> s.last() == null)
            .thenComparing(Story::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Story::id));
    storiesNewestFirst = List.copyOf(stories);
    for (int i = 0; i < stories.size(); i++) {
      storyIndex.put(stories.get(i).id(), i);
      for (String a : stories.get(i).articles()) {
        storyOf.put(a, stories.get(i).id());
      }
    }
    outlets = store.outlets();
    // an outlet's group as the directory defines it; with no group defined, its country
    groupsDefined = outlets.stream().anyMatch(o -> o.group() != null);
    Map<String, String> groupOf = new HashMap<>();
    for (Outlet o : outlets) {
      String g = groupsDefined ? o.group() : o.country();
      if (g != null) {
        groupOf.put(o.name(), g);
      }
    }
    for (Story st : stories) {
      Set<String> groups = new java.util.TreeSet<>();
      boolean all = true;
      for (String outlet : st.outlets()) {
        String g = groupOf.get(outlet);
        if (g == null) {
          all = false;
        } else {
          groups.add(g);
        }
      }
      storyGroups.put(st.id(), List.copyOf(groups));
      storyFullyGrouped.put(st.id(), all);
      Set<String> languages = new java.util.HashSet<>();
      for (String a : st.articles()) {
        Article art = articles.get(a);
        if (art != null && art.language() != null) {
          languages.add(art.language());
        }
      }
      storyLanguages.put(st.id(), languages);
    }
    outlets.forEach(o -> outletsById.put(o.id(), o));
    for (Article a : records.articles()) {
      if (a.outlet() != null) {
        String month =
            a.published() == null
                ? "undated"
                : a.published()
                    .toString()
                    .substring(0, Math.min(7, a.published().toString().length()));
        monthsOf
            .computeIfAbsent(a.outlet(), k -> new java.util.TreeMap<>())
            .merge(month, 1, Integer::sum);
      }
    }
  }

  /** The names of the entities by id (for labels, voices and tone, which name entities by id). */
  Map<String, String> entityNames() {
    return entityNames;
  }

  /** The id of the outlet with this canonical name, or null. */
  String outletIdOf(String name) {
    return outlets.stream()
        .filter(o -> o.name().equals(name))
        .map(Outlet::id)
        .findFirst()
        .orElse(null);
  }

  Optional<Outlet> outlet(String id) {
    return Optional.ofNullable(outletsById.get(id));
  }

  /**
   * An outlet's articles per month (yyyy-mm, a year alone as yyyy, or undated), months in order.
   */
  Map<String, Integer> articlesPerMonth(String outletName) {
    return monthsOf.getOrDefault(outletName, new java.util.TreeMap<>());
  }

  /** The newest {@code limit} stories that other outlets carry and this one does not. */
  List<Story> storiesWithout(String outletName, int limit) {
    return storiesNewestFirst.stream()
        .filter(s -> !s.outlets().contains(outletName))
        .limit(limit)
        .toList();
  }

  /** A story (without its records), from memory. */
  Optional<Story> storyRecord(String id) {
    Integer at = storyIndex.get(id);
    return at == null ? Optional.empty() : Optional.of(storiesNewestFirst.get(at));
  }

  /** The title of a story, or null. */
  String storyTitle(String id) {
    Integer at = storyIndex.get(id);
    return at == null ? null : storiesNewestFirst.get(at).title();
  }

  /** The filters of the stories list; null fields do not filter. */
  record StoryFilter(
      String from,
      String to,
      String outlet,
      String actor,
      String group,
      String language,
      boolean blindspot) {
    StoryFilter(String from, String to, String outlet, String actor) {
      this(from, to, outlet, actor, null, null, false);
    }
  }

  /**
   * The groups that carried a story: its outlets' groups as the outlet directory defines them, or
   * their countries when the directory defines no group; outlets with neither are left out.
   */
  List<String> groupsOf(String story) {
    return storyGroups.getOrDefault(story, List.of());
  }

  /** Whether the outlet directory defines groups (else groups are countries). */
  boolean groupsDefined() {
    return groupsDefined;
  }

  /**
   * Whether a story is a blindspot: every outlet that carried it has a group, and they all have the
   * same one.
   */
  boolean blindspot(String story) {
    return storyFullyGrouped.getOrDefault(story, false) && groupsOf(story).size() == 1;
  }

  /** One page of stories and the cursor of the next (null on the last page). */
  record StoryPage(List<Story> stories, String next) {}

  /**
   * The stories the filter selects, newest first by their last date (undated last), {@code limit}
   * of them after the story {@code cursor} names (from the start when null).
   *
   * @throws IllegalArgumentException when the cursor names no story
   */
  StoryPage stories(StoryFilter filter, String cursor, int limit) {
    int start = 0;
    if (cursor != null) {
      Integer at = storyIndex.get(cursor);
      if (at == null) {
        throw new IllegalArgumentException("cursor names no story");
      }
      start = at + 1;
    }
    List<Story> page = new ArrayList<>();
    String next = null;
    for (int i = start; i < storiesNewestFirst.size(); i++) {
      Story s = storiesNewestFirst.get(i);
      if (!matches(s, filter)) {
        continue;
      }
      if (page.size() == limit) {
        next = page.get(page.size() - 1).id();
        break;
      }
      page.add(s);
    }
    return new StoryPage(page, next);
  }

  private boolean matches(Story s, StoryFilter f) {
    if (f.from() != null && (s.last() == null || !reaches(s.last(), f.from()))) {
      return false;
    }
    if (f.to() != null && (s.first() == null || !startsBy(s.first(), f.to()))) {
      return false;
    }
    if (f.outlet() != null && !s.outlets().contains(f.outlet())) {
      return false;
    }
    if (f.group() != null && !groupsOf(s.id()).contains(f.group())) {
      return false;
    }
    if (f.language() != null
        && !storyLanguages.getOrDefault(s.id(), Set.of()).contains(f.language())) {
      return false;
    }
    if (f.blindspot() && !blindspot(s.id())) {
      return false;
    }
    if (f.actor() != null) {
      return storyActors.getOrDefault(s.id(), Set.of()).stream()
          .anyMatch(c -> c.startsWith(f.actor()));
    }
    return true;
  }

  /** Whether a date ends on or after {@code from} (an ISO date of any precision). */
  private static boolean reaches(PartialDate date, String from) {
    String d = date.toString();
    String common = from.substring(0, Math.min(from.length(), d.length()));
    return d.substring(0, common.length()).compareTo(common) >= 0;
  }

  /** Whether a date begins on or before {@code to} (an ISO date of any precision). */
  private static boolean startsBy(PartialDate date, String to) {
    String d = date.toString();
    int n = Math.min(to.length(), d.length());
    return d.substring(0, n).compareTo(to.substring(0, n)) <= 0;
  }

  Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  /** The id of the story an article is in, or null. */
  String storyOf(String article) {
    return storyOf.get(article);
  }

  List<EntityMention> entitiesOf(String article) {
    return entitiesOf.getOrDefault(article, List.of());
  }

  List<EventReport> eventsOf(String article) {
    return eventsOf.getOrDefault(article, List.of());
  }

  List<Quote> quotesOf(String article) {
    return quotesOf.getOrDefault(article, List.of());
  }

  List<Outlet> outlets() {
    return outlets;
  }

  synchronized Optional<RelationalStore.StoryRecords> story(String id) {
    return store.story(id);
  }

  synchronized List<Event> eventsOfActor(String code, int limit) {
    return store.eventsOfActor(code, limit);
  }

  synchronized Map<String, Integer> actorPairSeries(String source, String target) {
    return store.actorPairSeries(source, target);
  }

  synchronized List<Coverage> coverageOfOutlet(String name, int limit) {
    return store.coverageOfOutlet(name, limit);
  }

  /** The earlier versions of an article, oldest first. */
  synchronized List<dev.parallax.store.Versions.Version> versionsOf(String article) {
    return store.versionsOf(article);
  }

  /** The latest version of a superseded article, or none. */
  synchronized Optional<String> latestVersionOf(String article) {
    return store.latestVersionOf(article);
  }

  /** Which of these articles have earlier versions. */
  synchronized Set<String> withVersions(java.util.Collection<String> articles) {
    return store.withVersions(articles);
  }

  synchronized Optional<String> provenanceOf(String article) {
    return store.provenanceOf(article);
  }

  @Override
  public synchronized void close() {
    store.close();
  }
}
