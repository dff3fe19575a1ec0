package dev.parallax.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Outlet;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.store.JobQueue;
import dev.parallax.store.ReaderQueries;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.search.SearchIndex;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The server: its routes, pages and API over one {@link Corpus}, behind {@link Security}. */
public final class ServeApp {
  /** Request bodies but a post of articles: none is needed. */
  static final long MAX_REQUEST_BYTES = 1024;

  /** A route: its path (Javalin's form, {param}) and handler. */
  record Route(String path, Handler handler) {}

  private final Corpus corpus;
  private final SearchRoutes search;
  private final Ingestion ingestion;
  private final Follow follow;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final String openApi;

  ServeApp(Corpus corpus, SearchIndex index) {
    this(corpus, index, null);
  }

  /**
   * @param ingestion the queue posts of articles go to, or null: a server without ingestion
   */
  ServeApp(Corpus corpus, SearchIndex index, Ingestion ingestion) {
    this.corpus = corpus;
    this.search = new SearchRoutes(index, corpus);
    this.ingestion = ingestion;
    this.follow = ingestion == null ? null : new Follow(corpus, ingestion.searches(), index);
    try (InputStream in = ServeApp.class.getResourceAsStream("openapi.json")) {
      this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pages. */
  List<Route> pages() {
    return List.of(
        new Route("/", ctx -> ctx.redirect("/stories")),
        new Route("/stories", this::storiesPage),
        new Route("/stories/{id}", this::storyPage),
        new Route("/articles/{id}", this::articlePage),
        new Route("/actors/{code}", this::actorPage),
        new Route("/entities/{id}", this::entityPage),
        new Route("/outlets/{id}", this::outletPage),
        new Route("/search", this::searchPage),
        new Route("/searches/{name}", this::savedSearchPage),
        new Route("/feeds/{file}", this::feed));
  }

  /** The JSON API, each route described in openapi.json. */
  List<Route> api() {
    return List.of(
        new Route("/api/openapi.json", ctx -> json(ctx, openApi)),
        new Route("/api/stories", this::storiesApi),
        new Route("/api/stories/{id}", this::storyApi),
        new Route("/api/articles/{id}", this::articleApi),
        new Route("/api/actors/{code}/events", this::actorEventsApi),
        new Route("/api/entities/{id}", this::entityApi),
        new Route("/api/events/{id}", this::eventApi),
        new Route("/api/actor-pairs/{source}/{target}", this::pairApi),
        new Route("/api/actor-pairs/{source}/{target}/{month}", this::pairMonthApi),
        new Route("/api/outlets", this::outletsApi),
        new Route("/api/outlets/{id}", this::outletApi),
        new Route("/api/search", this::searchApi),
        new Route("/api/jobs/{id}", this::jobApi),
        new Route("/api/searches", this::searchesApi),
        new Route("/api/searches/{name}", this::savedSearchApi),
        new Route("/api/searches/{name}/blindspots", this::blindspotsApi));
  }

  /** The routes that write: taken only by a server with ingestion, each in openapi.json. */
  List<Route> writes() {
    return List.of(
        new Route("/api/articles", this::postArticles),
        new Route("/api/searches", this::postSearch),
        new Route("/api/searches/{name}/seen", this::postSeen));
  }

  /** The server (not started) listening on {@code host}:{@code port}. */
  Javalin create(Security security, String host, int port) {
    return Javalin.create(
        config -> {
          config.jetty.host = host;
          config.jetty.port = port;
          config.http.maxRequestSize =
              ingestion == null ? MAX_REQUEST_BYTES : Security.MAX_POST_BYTES;
          config.jetty.modifyHttpConfiguration(
              h -> {
                h.setRequestHeaderSize(8192);
                h.setSendServerVersion(false);
              });
          config.startup.showJavalinBanner = false;
          config.staticFiles.enableWebjars();
          config.staticFiles.add(
              s -> {
                s.hostedPath = "/static";
                s.directory = "/dev/parallax/serve/static";
                s.location = Location.CLASSPATH;
              });
          config.routes.before(ctx -> security.check(ctx, ingestion != null));
          for (Route r : pages()) {
            config.routes.get(r.path(), r.handler());
          }
          for (Route r : api()) {
            config.routes.get(r.path(), r.handler());
          }
          for (Route r : writes()) {
            config.routes.post(r.path(), r.handler());
          }
          config.routes.exception(
              Params.Refused.class, (e, ctx) -> refuse(ctx, e.status, e.getMessage()));
          config.routes.exception(
              Ingestion.Full.class,
              (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(e.retryAfter));
                refuse(ctx, 429, e.getMessage());
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.attribute("refused") == null) {
                  refuse(ctx, 404, "no such page: " + ctx.path());
                }
              });
        });
  }

  private void refuse(Context ctx, int status, String message) {
    ctx.attribute("refused", true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      json(ctx, write(Map.of("status", status, "error", message)));
    } else {
      render(ctx, "error.jte", new Views.ErrorPage(status, message));
    }
  }

  // ---- reading

  private static final List<String> STORY_FILTER_NAMES =
      List.of(
          "from",
          "to",
          "outlet",
          "actor",
          "group",
          "language",
          "cameo",
          "quad",
          "blindspot",
          "limit");

  private static final Set<String> STORY_FILTERS = storyFilters();

  private static Set<String> storyFilters() {
    Set<String> names = new java.util.HashSet<>(STORY_FILTER_NAMES);
    names.add("cursor");
    return Set.copyOf(names);
  }

  private ReaderQueries.StoryPage storyPage(Context ctx, int dflt) {
    Params.only(ctx, STORY_FILTERS);
    ReaderQueries.StoryFilter filter =
        new ReaderQueries.StoryFilter(
            Params.date(ctx, "from"),
            Params.date(ctx, "to"),
            Params.text(ctx, "outlet"),
            null,
            Params.codeParam(ctx, "actor"),
            Params.text(ctx, "group"),
            Params.language(ctx, "language"),
            Params.cameoRoot(ctx, "cameo"),
            Params.quadClass(ctx, "quad"),
            Params.flag(ctx, "blindspot"));
    int limit = Params.limit(ctx, "limit", dflt, 200);
    String cursor = Params.idParam(ctx, "cursor");
    if (filter.from() != null && filter.to() != null && filter.from().compareTo(filter.to()) > 0) {
      throw Params.bad("from must not be after to");
    }
    if (filter.outlet() != null
        && corpus.outlets().stream().noneMatch(o -> o.name().equals(filter.outlet()))) {
      throw Params.bad("no outlet is named " + filter.outlet());
    }
    try {
      return corpus.stories(filter, cursor, limit);
    } catch (IllegalArgumentException e) {
      throw Params.bad(e.getMessage());
    }
  }

  private Story storyOrRefuse(String id) {
    return corpus
        .story(id)
        .map(RelationalStore.StoryRecords::story)
        .orElseThrow(() -> missing("story", id));
  }

  private static Params.Refused missing(String kind, String id) {
    return new Params.Refused(404, "no " + kind + " has the id " + id);
  }

  // ---- pages

  private void storiesPage(Context ctx) {
    ReaderQueries.StoryPage page = storyPage(ctx, 50);
    String next = null;
    if (page.next() != null) {
      Map<String, String> q = new LinkedHashMap<>();
      for (String p : STORY_FILTER_NAMES) {
        String v = ctx.queryParam(p);
        if (v != null && !v.isEmpty()) {
          q.put(p, v);
        }
      }
      q.put("cursor", page.next());
      next = "/stories?" + query(q);
    }
    render(
        ctx,
        "stories.jte",
        new Views.StoriesPage(
            page.rows().stream()
                .map(r -> Views.StoryRow.of(r.story(), r.groups(), r.blindspot()))
                .toList(),
            corpus.groupsDefined() ? "Group" : "Country",
            ctx.queryParam("group"),
            ctx.queryParam("language"),
            Params.flag(ctx, "blindspot"),
            ctx.queryParam("from"),
            ctx.queryParam("to"),
            ctx.queryParam("outlet"),
            ctx.queryParam("actor"),
            ctx.queryParam("cameo"),
            ctx.queryParam("quad"),
            corpus.outlets().stream().map(Outlet::name).sorted().toList(),
            next));
  }

  private static String query(Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  private void storyPage(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    RelationalStore.StoryRecords records = corpus.story(id).orElseThrow(() -> missing("story", id));
    Map<String, Views.EventView> events = new LinkedHashMap<>();
    records.events().forEach(e -> events.put(e.id(), Views.EventView.of(e)));
    List<Views.CoverageView> columns = new ArrayList<>();
    for (Coverage c : records.coverage()) {
      columns.add(
          new Views.CoverageView(
              c.outlet(),
              c.outletId() != null ? c.outletId() : corpus.outletIdOf(c.outlet()),
              c.labels(),
              c.voices(),
              c.reported().stream().map(events::get).filter(java.util.Objects::nonNull).toList(),
              c.omitted().stream().map(events::get).filter(java.util.Objects::nonNull).toList(),
              c.tone()));
    }
    List<Views.EventView> timeline =
        records.events().stream()
            .sorted(
                Comparator.comparing(
                        (Event e) -> e.date(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Event::id))
            .map(e -> events.get(e.id()))
            .toList();
    Set<String> revised = corpus.withVersions(records.story().articles());
    List<Views.ArticleLink> articles =
        corpus.articlesOf(records.story().articles()).stream()
            .map(a -> Views.ArticleLink.of(a, revised.contains(a.id())))
            .toList();
    render(
        ctx,
        "story.jte",
        new Views.StoryPage(
            records.story(),
            columns,
            timeline,
            articles,
            records.conflicts(),
            corpus.entityNames(entitiesNamed(records.coverage()))));
  }

  /**
   * Redirects (301) the address of an article a re-crawl superseded, and the corpus no longer
   * holds, to its latest version; false for an unknown id.
   */
  private boolean redirectedToLatest(Context ctx, String prefix, String id) {
    java.util.Optional<String> latest = corpus.latestVersionOf(id);
    latest.ifPresent(l -> ctx.redirect(prefix + l, io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    return latest.isPresent();
  }

  private void articlePage(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    java.util.Optional<ReaderQueries.ArticleRecords> found = corpus.article(id);
    if (found.isEmpty() && redirectedToLatest(ctx, "/articles/", id)) {
      return;
    }
    ReaderQueries.ArticleRecords records = found.orElseThrow(() -> missing("article", id));
    Article article = records.article();
    List<Highlights.Fact> facts = new ArrayList<>();
    List<Views.FactRow> rows = new ArrayList<>();
    for (ReaderQueries.EntityMention em : records.entities()) {
      String anchor = "en-" + em.entity().id() + "-" + em.mention().start();
      String label =
          em.entity().name()
              + " ("
              + em.entity().type()
              + (em.entity().actor() == null ? "" : ", " + em.entity().actor())
              + ")";
      facts.add(
          new Highlights.Fact("entity", anchor, em.mention().start(), em.mention().end(), label));
      rows.add(new Views.FactRow(anchor, "entity", label, em.mention().text(), em.entity().id()));
    }
    for (ReaderQueries.EventReport er : records.events()) {
      EventMention m = er.mention();
      Views.EventView v = Views.EventView.of(er.event());
      String anchor = Views.eventAnchor(er.event(), m);
      String label = v.source() + " → " + v.target() + " " + v.cameo() + " (" + v.plover() + ")";
      facts.add(new Highlights.Fact("event", anchor, m.start(), m.end(), "event " + label));
      rows.add(new Views.FactRow(anchor, "event", label, m.text(), null));
    }
    for (Quote q : records.quotes()) {
      String anchor = "q-" + q.id();
      String label = q.speaker().name() + " (" + q.kind() + ")";
      facts.add(
          new Highlights.Fact(
              "quote", anchor, q.span().start(), q.span().end(), "quote by " + label));
      rows.add(new Views.FactRow(anchor, "quote", label, q.text(), q.speaker().entity()));
    }
    render(
        ctx,
        "article.jte",
        new Views.ArticlePage(
            article,
            Highlights.of(article.body(), facts),
            rows,
            records.story(),
            corpus.provenanceOf(id).orElse(null),
            Revisions.of(corpus.versionsOf(id), id, article.body())));
  }

  /** How many events behind one month of an actor pair a page or an answer lists at most. */
  private static final int MONTH_EVENTS = 500;

  private void actorPage(Context ctx) {
    Params.only(ctx, Set.of("with", "month"));
    String code = Params.code("code", ctx.pathParam("code"));
    String with = Params.codeParam(ctx, "with");
    String month = Params.month(ctx, "month");
    if (month != null && with == null) {
      throw Params.bad("month needs with: the other actor of the pair");
    }
    List<Views.EventView> events =
        corpus.eventsOfActor(code, 100).stream().map(Views.EventView::of).toList();
    List<ReaderQueries.PairMonth> forward =
        with == null ? List.of() : corpus.actorPairMonths(code, with);
    List<ReaderQueries.PairMonth> backward =
        with == null ? List.of() : corpus.actorPairMonths(with, code);
    List<Views.EventView> monthEvents = new ArrayList<>();
    if (month != null) {
      corpus.actorPairEvents(code, with, month, MONTH_EVENTS).stream()
          .map(Views.EventView::of)
          .forEach(monthEvents::add);
      corpus.actorPairEvents(with, code, month, MONTH_EVENTS).stream()
          .map(Views.EventView::of)
          .forEach(monthEvents::add);
    }
    render(
        ctx,
        "actor.jte",
        new Views.ActorPage(
            code,
            events,
            with,
            Views.PairRow.of(forward, backward),
            month,
            monthEvents,
            corpus.entitiesOfActor(code, ACTOR_ENTITIES)));
  }

  /** How many entities under an actor code the actor page lists at most. */
  private static final int ACTOR_ENTITIES = 50;

  /** How many rows an entity's labels, its tone cells and an outlet's sums show at most. */
  private static final int SUM_ROWS = 500;

  /** An entity's records the page and the API show, newest first, each list at most limit. */
  private record EntityRecords(
      dev.parallax.model.Entity entity,
      List<Offices.Office> offices,
      List<dev.parallax.store.EntityQueries.DatedQuote> quotes,
      List<Event> asSource,
      List<Event> asTarget,
      List<dev.parallax.store.EntityQueries.LabelUse> labels,
      List<dev.parallax.store.EntityQueries.ToneCell> tone) {}

  /** The entity the path names with its records, null when answered with a redirect. */
  private EntityRecords entityRecords(Context ctx, String prefix) {
    Params.only(ctx, Set.of("limit"));
    String id = Params.id(ctx, "id");
    int limit = Params.limit(ctx, "limit", 50, 1000);
    java.util.Optional<dev.parallax.model.Entity> found = corpus.entity(id);
    if (found.isEmpty()) {
      java.util.Optional<String> moved = corpus.entityMovedTo(id);
      if (moved.isPresent()) {
        String q = ctx.queryString();
        ctx.redirect(
            prefix + moved.get() + (q == null ? "" : "?" + q),
            io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
        return null;
      }
    }
    dev.parallax.model.Entity entity = found.orElseThrow(() -> missing("entity", id));
    return new EntityRecords(
        entity,
        Offices.of(entity),
        corpus.quotesBy(id, limit),
        corpus.eventsOfEntity(id, true, limit),
        corpus.eventsOfEntity(id, false, limit),
        corpus.labelsOf(id, SUM_ROWS),
        corpus.toneOf(id, SUM_ROWS));
  }

  private void entityPage(Context ctx) {
    EntityRecords r = entityRecords(ctx, "/entities/");
    if (r == null) {
      return;
    }
    List<String> outlets =
        r.tone().stream()
            .map(dev.parallax.store.EntityQueries.ToneCell::outlet)
            .distinct()
            .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
            .toList();
    Map<String, String> outletIds = new java.util.HashMap<>();
    corpus.outlets().forEach(o -> outletIds.put(o.name(), o.id()));
    render(
        ctx,
        "entity.jte",
        new Views.EntityPage(
            r.entity(),
            r.offices(),
            r.quotes().stream().map(Views.QuoteRow::of).toList(),
            r.asSource().stream().map(Views.EventView::of).toList(),
            r.asTarget().stream().map(Views.EventView::of).toList(),
            r.labels(),
            outlets,
            Views.EntityPage.table(r.tone(), outlets),
            outletIds));
  }

  private void entityApi(Context ctx) {
    EntityRecords r = entityRecords(ctx, "/api/entities/");
    if (r == null) {
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", r.entity());
    out.put("offices", r.offices());
    out.put(
        "quotes",
        r.quotes().stream()
            .map(
                q -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("quote", q.quote());
                  m.put("published", q.published());
                  return m;
                })
            .toList());
    out.put("as_source", r.asSource());
    out.put("as_target", r.asTarget());
    out.put("labels", r.labels().stream().map(ServeApp::labelView).toList());
    out.put(
        "tone",
        r.tone().stream()
            .map(
                t -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("outlet", t.outlet());
                  m.put("month", t.month());
                  m.put("mean", t.mean());
                  m.put("stories", t.stories());
                  return m;
                })
            .toList());
    json(ctx, write(out));
  }

  private static Map<String, Object> labelView(dev.parallax.store.EntityQueries.LabelUse l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outlet", l.outlet());
    m.put("entity", l.entity());
    m.put("label", l.label());
    m.put("count", l.count());
    m.put("loaded", l.loaded());
    m.put("stories", l.stories());
    return m;
  }

  /** How many of an outlet's latest stories and of the stories it omits a page shows. */
  private static final int OUTLET_ROWS = 50;

  /** How many rows each of an outlet's sums over all its stories shows at most (the most used). */
  private static final int OUTLET_SUMS = 100;

  private Outlet outletOrRefuse(Context ctx) {
    String id = Params.id(ctx, "id");
    return corpus.outlet(id).orElseThrow(() -> missing("outlet", id));
  }

  private void outletPage(Context ctx) {
    Params.only(ctx, Set.of());
    Outlet outlet = outletOrRefuse(ctx);
    List<Coverage> coverage = corpus.coverageOfOutlet(outlet.name(), OUTLET_ROWS);
    Map<String, String> titles =
        corpus.storyTitles(coverage.stream().map(Coverage::story).toList());
    dev.parallax.store.EntityQueries.OutletSums sums =
        corpus.outletSums(outlet.name(), OUTLET_SUMS);
    Set<String> names = entitiesNamed(coverage);
    sums.voicesByEntity().forEach(v -> names.add(v.key()));
    sums.labels().forEach(l -> names.add(l.entity()));
    sums.tone().forEach(t -> names.add(t.entity()));
    names.remove(null);
    render(
        ctx,
        "outlet.jte",
        new Views.OutletPage(
            outlet,
            coverage.stream().map(c -> Views.CoverageRow.of(c, titles.get(c.story()))).toList(),
            corpus.storiesWithout(outlet.name(), OUTLET_ROWS).stream()
                .map(r -> Views.StoryRow.of(r.story()))
                .toList(),
            corpus.articlesPerMonth(outlet.id()),
            corpus.entityNames(names),
            sums));
  }

  /** The entities that coverage rows name in their labels, voices and tone. */
  private static Set<String> entitiesNamed(List<Coverage> rows) {
    Set<String> ids = new java.util.HashSet<>();
    for (Coverage c : rows) {
      c.labels().forEach(l -> ids.add(l.entity()));
      c.voices().forEach(v -> ids.add(v.entity()));
      c.tone().forEach(t -> ids.add(t.entity()));
    }
    ids.remove(null);
    return ids;
  }

  private void outletApi(Context ctx) {
    Params.only(ctx, Set.of());
    Outlet outlet = outletOrRefuse(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outlet", outlet);
    out.put("coverage", corpus.coverageOfOutlet(outlet.name(), OUTLET_ROWS));
    out.put(
        "omitted",
        corpus.storiesWithout(outlet.name(), OUTLET_ROWS).stream()
            .map(r -> r.story().id())
            .toList());
    out.put("articles_per_month", corpus.articlesPerMonth(outlet.id()));
    dev.parallax.store.EntityQueries.OutletSums sums =
        corpus.outletSums(outlet.name(), OUTLET_SUMS);
    out.put(
        "voices",
        sums.voicesByEntity().stream().map(v -> voiceView("entity", v.key(), v)).toList());
    out.put(
        "voices_by_side",
        sums.voicesBySide().stream().map(v -> voiceView("side", v.key(), v)).toList());
    out.put("labels", sums.labels().stream().map(ServeApp::labelView).toList());
    out.put(
        "tone",
        sums.tone().stream()
            .map(
                t -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("entity", t.entity());
                  m.put("mean", t.mean());
                  m.put("stories", t.stories());
                  return m;
                })
            .toList());
    json(ctx, write(out));
  }

  private static Map<String, Object> voiceView(
      String keyName, String key, dev.parallax.store.EntityQueries.VoiceSum v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(keyName, key);
    if (keyName.equals("entity")) {
      m.put("side", v.side());
    }
    m.put("quotes", v.quotes());
    m.put("reported", v.reported());
    m.put("stories", v.stories());
    return m;
  }

  private void searchPage(Context ctx) {
    render(ctx, "search.jte", search.page(ctx));
  }

  private void searchApi(Context ctx) {
    SearchRoutes.Asked asked = search.asked(ctx, Set.of("limit", "cursor", "format"));
    String format = ctx.queryParam("format");
    if ("csv".equals(format)) {
      if (ctx.queryParam("limit") != null || ctx.queryParam("cursor") != null) {
        throw Params.bad("format=csv exports every hit: leave out limit and cursor");
      }
      search.csv(ctx, asked);
      return;
    }
    if (format != null && !format.isEmpty() && !format.equals("json")) {
      throw Params.bad("format must be json or csv");
    }
    int limit = Params.limit(ctx, "limit", 20, 100);
    json(ctx, write(search.api(asked, Params.cursor(ctx, "cursor"), limit)));
  }

  private void render(Context ctx, String template, Object page) {
    StringOutput out = new StringOutput();
    templates.render(template, page, out);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(out.toString());
  }

  // ---- API

  private void storiesApi(Context ctx) {
    ReaderQueries.StoryPage page = storyPage(ctx, 50);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stories", page.rows().stream().map(ReaderQueries.StoryRow::story).toList());
    Map<String, Object> groups = new LinkedHashMap<>();
    page.rows().forEach(r -> groups.put(r.story().id(), r.groups()));
    out.put("groups", groups);
    out.put("groups_are", corpus.groupsDefined() ? "group" : "country");
    out.put("next", page.next());
    json(ctx, write(out));
  }

  private void storyApi(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    json(ctx, write(corpus.story(id).orElseThrow(() -> missing("story", id))));
  }

  /** A fused event; an id a later run retired answers 301 to the event that took its mentions. */
  private void eventApi(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    java.util.Optional<Event> found = corpus.event(id);
    if (found.isEmpty()) {
      java.util.Optional<String> moved = corpus.eventMovedTo(id);
      if (moved.isPresent()) {
        ctx.redirect("/api/events/" + moved.get(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
        return;
      }
    }
    json(ctx, write(found.orElseThrow(() -> missing("event", id))));
  }

  private void articleApi(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    java.util.Optional<ReaderQueries.ArticleRecords> found = corpus.article(id);
    if (found.isEmpty() && redirectedToLatest(ctx, "/api/articles/", id)) {
      return;
    }
    ReaderQueries.ArticleRecords records = found.orElseThrow(() -> missing("article", id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", records.article());
    out.put("story", records.story());
    out.put(
        "entities",
        records.entities().stream().map(ReaderQueries.EntityMention::entity).distinct().toList());
    out.put(
        "events",
        records.events().stream().map(ReaderQueries.EventReport::event).distinct().toList());
    out.put("quotes", records.quotes());
    List<dev.parallax.store.Versions.Version> versions = corpus.versionsOf(id);
    out.put(
        "versions",
        versions.stream()
            .map(
                v -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("version", v.version());
                  m.put("article", v.article());
                  m.put("url", v.url());
                  m.put("title", v.title());
                  m.put("published", v.published());
                  m.put("saved", v.saved());
                  m.put("superseded", v.superseded());
                  m.put("superseded_by", v.supersededBy());
                  return m;
                })
            .toList());
    out.put("changes", Revisions.of(versions, id, records.article().body()));
    String provenance = corpus.provenanceOf(id).orElse(null);
    try {
      out.put("provenance", provenance == null ? null : Jsonl.mapper().readTree(provenance));
    } catch (JsonProcessingException e) {
      out.put("provenance", provenance);
    }
    json(ctx, write(out));
  }

  private void actorEventsApi(Context ctx) {
    Params.only(ctx, Set.of("limit"));
    String code = Params.code("code", ctx.pathParam("code"));
    int limit = Params.limit(ctx, "limit", 100, 1000);
    json(ctx, write(Map.of("actor", code, "events", corpus.eventsOfActor(code, limit))));
  }

  private void pairApi(Context ctx) {
    Params.only(ctx, Set.of());
    String source = Params.code("source", ctx.pathParam("source"));
    String target = Params.code("target", ctx.pathParam("target"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", source);
    out.put("target", target);
    List<ReaderQueries.PairMonth> forward = corpus.actorPairMonths(source, target);
    List<ReaderQueries.PairMonth> backward = corpus.actorPairMonths(target, source);
    out.put("forward", counts(forward));
    out.put("backward", counts(backward));
    out.put("forward_months", forward);
    out.put("backward_months", backward);
    json(ctx, write(out));
  }

  private static Map<String, Integer> counts(List<ReaderQueries.PairMonth> months) {
    Map<String, Integer> out = new LinkedHashMap<>();
    months.forEach(m -> out.put(m.month(), m.events()));
    return out;
  }

  private void pairMonthApi(Context ctx) {
    Params.only(ctx, Set.of("limit"));
    String source = Params.code("source", ctx.pathParam("source"));
    String target = Params.code("target", ctx.pathParam("target"));
    String month = Params.month("month", ctx.pathParam("month"));
    int limit = Params.limit(ctx, "limit", MONTH_EVENTS, MONTH_EVENTS);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", source);
    out.put("target", target);
    out.put("month", month);
    out.put("forward", corpus.actorPairEvents(source, target, month, limit));
    out.put("backward", corpus.actorPairEvents(target, source, month, limit));
    json(ctx, write(out));
  }

  private void outletsApi(Context ctx) {
    Params.only(ctx, Set.of());
    json(ctx, write(Map.of("outlets", corpus.outlets())));
  }

  // ---- ingestion

  private Ingestion ingestionOrRefuse() {
    if (ingestion == null) {
      throw new Params.Refused(
          405, "this server takes no articles: serve the store with --ingest to post them");
    }
    return ingestion;
  }

  private void postArticles(Context ctx) {
    Params.only(ctx, Set.of());
    JobQueue.Submitted submitted = ingestionOrRefuse().submit(ctx.bodyAsBytes());
    List<Object> jobs = new ArrayList<>();
    for (int i = 0; i < submitted.jobs().size(); i++) {
      Map<String, Object> job = jobView(submitted.jobs().get(i));
      job.put("posted_before", submitted.existing().get(i));
      jobs.add(job);
    }
    ctx.status(202);
    json(ctx, write(Map.of("jobs", jobs)));
  }

  private void jobApi(Context ctx) {
    Params.only(ctx, Set.of());
    String id = Params.id(ctx, "id");
    JobQueue.Job job = ingestionOrRefuse().job(id).orElseThrow(() -> missing("job", id));
    json(ctx, write(jobView(job)));
  }

  /** A job as the API shows it: its record's url, no content; its article's story once done. */
  private Map<String, Object> jobView(JobQueue.Job job) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", job.id());
    out.put("state", job.state());
    out.put("url", job.url());
    out.put("posted", job.posted());
    out.put("started", job.started());
    out.put("finished", job.finished());
    out.put("article", job.article());
    out.put("story", job.article() == null ? null : corpus.storyOf(job.article()));
    out.put("reason", job.reason());
    return out;
  }

  // ---- saved searches

  private Follow followOrRefuse() {
    if (follow == null) {
      throw new Params.Refused(
          405, "saved searches are kept by a server that writes the store: serve it with --ingest");
    }
    return follow;
  }

  private void postSearch(Context ctx) {
    Params.only(ctx, Set.of());
    dev.parallax.store.SavedSearches.Search saved = followOrRefuse().save(ctx.bodyAsBytes());
    ctx.status(201);
    json(ctx, write(Map.of("search", Follow.view(saved))));
  }

  private void postSeen(Context ctx) {
    Params.only(ctx, Set.of());
    Follow f = followOrRefuse();
    long through = f.lookNow(f.get(ctx.pathParam("name")));
    json(ctx, write(Map.of("seen_through", through)));
  }

  private void searchesApi(Context ctx) {
    Params.only(ctx, Set.of());
    json(
        ctx, write(Map.of("searches", followOrRefuse().all().stream().map(Follow::view).toList())));
  }

  private void savedSearchApi(Context ctx) {
    Params.only(ctx, Set.of());
    Follow f = followOrRefuse();
    Follow.News news = f.news(f.get(ctx.pathParam("name")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("search", Follow.view(news.search()));
    out.put("articles", news.articles());
    out.put(
        "events", news.events().stream().map(ReaderQueries.EventReport::event).distinct().toList());
    out.put("quotes", news.quotes());
    json(ctx, write(out));
  }

  private java.time.LocalDate weekEnd(Context ctx) {
    String week = Params.date(ctx, "week");
    if (week == null) {
      return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }
    if (week.length() != 10) {
      throw Params.bad("week is the last day of the week: YYYY-MM-DD");
    }
    return java.time.LocalDate.parse(week);
  }

  private void blindspotsApi(Context ctx) {
    Params.only(ctx, Set.of("week"));
    Follow f = followOrRefuse();
    java.time.LocalDate end = weekEnd(ctx);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", end.minusDays(6).toString());
    out.put("to", end.toString());
    out.put("groups_are", corpus.groupsDefined() ? "group" : "country");
    out.put("stories", f.blindspots(f.get(ctx.pathParam("name")), end));
    json(ctx, write(out));
  }

  /** A search's page: what is new since its user last looked, which this look then marks seen. */
  private void savedSearchPage(Context ctx) {
    Params.only(ctx, Set.of("week"));
    Follow f = followOrRefuse();
    dev.parallax.store.SavedSearches.Search search = f.get(ctx.pathParam("name"));
    Follow.News news = f.news(search);
    java.time.LocalDate end = weekEnd(ctx);
    render(
        ctx,
        "saved-search.jte",
        new Views.SearchPage(
            search,
            news.articles().stream().map(Views.ArticleLink::of).toList(),
            news.events().stream().map(e -> Views.EventView.of(e.event())).distinct().toList(),
            news.quotes(),
            f.blindspots(search, end),
            end.minusDays(6).toString(),
            end.toString()));
    f.look(search, news.through());
  }

  private void feed(Context ctx) {
    Params.only(ctx, Set.of());
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom")) {
      throw new Params.Refused(404, "no such feed: feeds are /feeds/NAME.atom");
    }
    Follow f = followOrRefuse();
    dev.parallax.store.SavedSearches.Search search =
        f.get(file.substring(0, file.length() - ".atom".length()));
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(f.atom(search, "http://" + ctx.header("Host")));
  }

  /**
   * OUTPUT.md's JSON, with {@code <}, {@code >}, {@code &} and {@code '} written as \\u escapes:
   * text from articles cannot close a script element or open markup, wherever the JSON lands.
   */
  private static final ObjectMapper JSON = Jsonl.mapper().copy();

  static {
    JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }
}
