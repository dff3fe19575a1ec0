package dev.parallax.serve;

import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Story;
import java.util.List;
import java.util.Map;

/**
 * What the templates show, made from the records: plain values, so that a template only writes them
 * (escaped) and links them. Public because the precompiled templates live in their own package.
 */
public final class Views {
  private Views() {}

  /** The permalink of an event's report in an article: its highlighted sentence. */
  public static String eventAnchor(Event e, EventMention m) {
    return "ev-" + e.id() + "-" + m.start();
  }

  /** A query parameter value, URL-encoded. */
  public static String url(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The name of a quad class (1 to 4, as text). */
  public static String quadName(String quad) {
    return switch (quad) {
      case "1" -> "verbal cooperation";
      case "2" -> "material cooperation";
      case "3" -> "verbal conflict";
      case "4" -> "material conflict";
      default -> "";
    };
  }

  public static String orDash(Object value) {
    return value == null ? "–" : value.toString();
  }

  /** A story in the list. */
  public record StoryRow(
      String id,
      String title,
      String first,
      String last,
      List<String> outlets,
      int articles,
      List<String> groups,
      boolean blindspot) {
    static StoryRow of(Story s) {
      return of(s, List.of(), false);
    }

    static StoryRow of(Story s, List<String> groups, boolean blindspot) {
      return new StoryRow(
          s.id(),
          s.title(),
          orDash(s.first()),
          orDash(s.last()),
          s.outlets(),
          s.articles().size(),
          groups,
          blindspot);
    }
  }

  /** The stories page: the rows, the filters as given, and the link to the next page. */
  public record StoriesPage(
      List<StoryRow> rows,
      String groupsAre,
      String group,
      String language,
      boolean blindspot,
      String from,
      String to,
      String outlet,
      String actor,
      String cameo,
      String quad,
      List<String> outlets,
      String nextHref) {}

  /** An event as a line: who did what to whom, and where the sentence that reports it is. */
  public record EventView(
      String id,
      String date,
      String source,
      String target,
      String cameo,
      String plover,
      double goldstein,
      int quadClass,
      String href,
      String text) {
    static EventView of(Event e) {
      EventMention m = e.mentions().isEmpty() ? null : e.mentions().get(0);
      return new EventView(
          e.id(),
          orDash(e.date()),
          e.source() == null ? "–" : orDash(e.source().actor()),
          e.target() == null ? "–" : orDash(e.target().actor()),
          orDash(e.cameo()),
          orDash(e.plover()),
          e.goldstein(),
          e.quadClass(),
          m == null ? null : "/articles/" + m.article() + "#" + eventAnchor(e, m),
          m == null ? "" : m.text());
    }
  }

  /** One outlet's column on a story page. */
  public record CoverageView(
      String outlet,
      String outletId,
      List<Coverage.Label> labels,
      List<Coverage.Voice> voices,
      List<EventView> reported,
      List<EventView> omitted,
      List<Coverage.Tone> tone) {}

  /** An article as a link. */
  /** An article in a list; {@code revised} when it has earlier versions (a re-crawl changed it). */
  public record ArticleLink(
      String id, String title, String outlet, String published, boolean revised) {
    static ArticleLink of(Article a) {
      return of(a, false);
    }

    static ArticleLink of(Article a, boolean revised) {
      return new ArticleLink(a.id(), a.title(), a.outlet(), orDash(a.published()), revised);
    }
  }

  public record StoryPage(
      Story story,
      List<CoverageView> coverage,
      List<EventView> timeline,
      List<ArticleLink> articles,
      List<Conflict> conflicts,
      Map<String, String> names) {
    /** An entity's name by its id, the id when the store has no such entity. */
    public String name(String entity) {
      return entity == null ? "(unattributed)" : names.getOrDefault(entity, entity);
    }
  }

  /** A fact listed beside the article body, linked to its highlighted span. */
  public record FactRow(String anchor, String kind, String label, String text) {}

  public record ArticlePage(
      Article article,
      List<Highlights.Piece> pieces,
      List<FactRow> facts,
      String story,
      String provenance,
      List<Revisions.Change> changes) {}

  public record ActorPage(
      String code,
      List<EventView> events,
      String pairWith,
      List<PairRow> months,
      String month,
      List<EventView> monthEvents) {}

  /**
   * One month of an actor pair: events each way by quad class (1 verbal cooperation, 2 material
   * cooperation, 3 verbal conflict, 4 material conflict) and their mean Goldstein value.
   */
  public record PairRow(String month, Side forward, Side backward) {
    /** One direction's month; no events: zeros and a dash. */
    public record Side(int events, List<Integer> quadClasses, String goldstein) {
      static final Side NONE = new Side(0, List.of(0, 0, 0, 0), "–");

      static Side of(dev.parallax.store.ReaderQueries.PairMonth m) {
        return m == null
            ? NONE
            : new Side(m.events(), m.quadClasses(), String.format("%.2f", m.goldstein()));
      }
    }

    static List<PairRow> of(
        List<dev.parallax.store.ReaderQueries.PairMonth> forward,
        List<dev.parallax.store.ReaderQueries.PairMonth> backward) {
      Map<String, dev.parallax.store.ReaderQueries.PairMonth> f = new java.util.HashMap<>();
      Map<String, dev.parallax.store.ReaderQueries.PairMonth> b = new java.util.HashMap<>();
      forward.forEach(m -> f.put(m.month(), m));
      backward.forEach(m -> b.put(m.month(), m));
      java.util.TreeSet<String> months = new java.util.TreeSet<>(f.keySet());
      months.addAll(b.keySet());
      return months.stream()
          .map(m -> new PairRow(m, Side.of(f.get(m)), Side.of(b.get(m))))
          .toList();
    }
  }

  /** One story as one outlet told it, a row of the outlet page. */
  public record CoverageRow(
      String story,
      String title,
      List<Coverage.Label> labels,
      List<Coverage.Voice> voices,
      int reported,
      int omitted,
      List<Coverage.Tone> tone) {
    static CoverageRow of(Coverage c, String title) {
      return new CoverageRow(
          c.story(),
          title,
          c.labels(),
          c.voices(),
          c.reported().size(),
          c.omitted().size(),
          c.tone());
    }
  }

  public record OutletPage(
      dev.parallax.model.Outlet outlet,
      List<CoverageRow> coverage,
      List<StoryRow> omitted,
      Map<String, Integer> perMonth,
      Map<String, String> names) {
    /** An entity's name by its id, the id when the store has no such entity. */
    public String name(String entity) {
      return entity == null ? "(unattributed)" : names.getOrDefault(entity, entity);
    }
  }

  public record ErrorPage(int status, String message) {}

  /** A saved search's page: what is new since its user last looked, and its week's blindspots. */
  public record SearchPage(
      dev.parallax.store.SavedSearches.Search search,
      List<ArticleLink> articles,
      List<EventView> events,
      List<dev.parallax.model.Quote> quotes,
      List<Follow.Blindspot> blindspots,
      String weekFrom,
      String weekTo) {}
}
