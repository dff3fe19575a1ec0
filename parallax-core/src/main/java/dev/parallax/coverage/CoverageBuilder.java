package dev.parallax.coverage;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Story;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds {@code coverage.jsonl}: one {@link Coverage} per story and outlet. Articles without an
 * outlet each form their own row (outlet null): two unnamed sources are not one outlet.
 *
 * <p>Labels, voices and tone are read by {@link ArticleReader}; this class groups them by outlet,
 * marks labels no other outlet of the story gives the same actor, splits the story's events into
 * reported and omitted, and folds the tone evidence into one score per actor ({@link ToneFormula}).
 * Thread-safe; bad input (a mention without entity, an article without actors) yields fewer facts,
 * never an exception.
 */
public final class CoverageBuilder {
  private final ArticleReader reader;

  /** A builder with the lexicons of {@code rules}. */
  public CoverageBuilder(Rules rules) {
    this.reader =
        new ArticleReader(
            LoadedLabelLexicon.of(rules), LabelWords.of(rules), ToneLexicon.of(rules));
  }

  /** One row per story and outlet, stories in the order given, outlets by name. */
  public List<Coverage> build(CoverageInput in) {
    return build(in, new HashMap<>());
  }

  /**
   * {@link #build(CoverageInput)}, taking each article's text from {@code texts} (by article id)
   * instead of reading its body again where it holds one that fits the article's results, and
   * adding to it the texts this build reads.
   */
  public List<Coverage> build(CoverageInput in, Map<String, ArticleText> texts) {
    Map<String, ArticleReading> readings = read(in, texts);
    Map<String, Article> articles = new HashMap<>();
    in.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, String> actorOf = new HashMap<>();
    for (Entity e : in.linked().entities()) {
      if (e.actor() != null) {
        actorOf.put(e.id(), e.actor());
      }
    }
    Map<String, List<Integer>> eventsByArticle = eventsByArticle(in.events());
    List<Coverage> out = new ArrayList<>();
    for (Story story : in.stories()) {
      Map<String, List<Article>> byOutlet = byOutlet(story, articles);
      List<Event> events = eventsOf(story, in.events(), eventsByArticle);
      List<OutletRow> rows = new ArrayList<>();
      for (List<Article> group : byOutlet.values()) {
        List<ArticleReading> own = group.stream().map(a -> readings.get(a.id())).toList();
        rows.add(OutletRow.of(group, own, events, actorOf));
      }
      for (OutletRow row : rows) {
        out.add(row.coverage(story.id(), rows, events));
      }
    }
    return out;
  }

  private Map<String, ArticleReading> read(CoverageInput in, Map<String, ArticleText> texts) {
    Map<String, List<ActorMention>> mentions = new HashMap<>();
    for (ArticleActors a : in.actors()) {
      mentions.put(a.article(), a.mentions());
    }
    Map<String, List<ExtractedQuote>> quotes =
        in.quotes().stream().collect(Collectors.groupingBy(q -> q.quote().article()));
    Map<String, ArticleReading> readings = new HashMap<>();
    for (Article a : in.articles()) {
      List<ActorMention> own = mentions.getOrDefault(a.id(), List.of());
      List<ExtractedQuote> said = quotes.getOrDefault(a.id(), List.of());
      ArticleText text = texts.get(a.id());
      if (text == null || !text.fits(own.size(), a.body().length())) {
        text = reader.readText(a, own, said, in.scareQuotes().getOrDefault(a.id(), List.of()));
        texts.put(a.id(), text);
      }
      readings.put(a.id(), ArticleReader.resolve(text, a, own, said, in.linked()));
    }
    return readings;
  }

  /** The story's articles by outlet name; an article without outlet stands alone. */
  private static Map<String, List<Article>> byOutlet(Story story, Map<String, Article> articles) {
    Map<String, List<Article>> groups = new TreeMap<>();
    for (String id : story.articles()) {
      Article a = articles.get(id);
      if (a != null) {
        String key = a.outlet() != null ? "0" + a.outlet() : "1" + a.id();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    return groups;
  }

  /** The places in {@code events} of the events reported in each article, by article id. */
  private static Map<String, List<Integer>> eventsByArticle(List<Event> events) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (EventMention m : events.get(i).mentions()) {
        out.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }

  /**
   * The events any of whose mentions lies in an article of the story, by id (ties in the order of
   * {@code events}), found through {@code byArticle}: the story's own articles are looked at, not
   * every event of the corpus.
   */
  private static List<Event> eventsOf(
      Story story, List<Event> events, Map<String, List<Integer>> byArticle) {
    Set<Integer> places = new TreeSet<>();
    for (String article : story.articles()) {
      places.addAll(byArticle.getOrDefault(article, List.of()));
    }
    return places.stream().map(events::get).sorted(Comparator.comparing(Event::id)).toList();
  }
}
