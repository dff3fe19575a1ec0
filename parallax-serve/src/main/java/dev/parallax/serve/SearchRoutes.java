package dev.parallax.serve;

import dev.parallax.cli.CsvExport;
import dev.parallax.model.Outlet;
import dev.parallax.store.search.Counts;
import dev.parallax.store.search.Highlighted;
import dev.parallax.store.search.SearchIndex;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search page and API over the store's search index ({@link SearchIndex}): the query and its
 * filters read from a request (each checked), the hits with highlights, the facets (outlets as the
 * outlet directory names them, their groups, actor codes), attention by month, and the CSV of every
 * hit.
 */
public final class SearchRoutes {
  /** The parameters of the search page and API (and of the CSV). */
  static final Set<String> FILTERS =
      Set.of("q", "outlet", "group", "actor", "from", "to", "language");

  /** The longest query text taken. */
  public static final int MAX_QUERY = 1000;

  /** How many actor codes the facets list. */
  static final int TOP_ACTORS = 20;

  private final SearchIndex index;
  private final Corpus corpus;

  SearchRoutes(SearchIndex index, Corpus corpus) {
    this.index = index;
    this.corpus = corpus;
  }

  /** A search as a request gave it: the index's request and the filters as given (for links). */
  record Asked(SearchIndex.Request request, Map<String, String> given) {
    String query(Map<String, String> extra) {
      Map<String, String> all = new LinkedHashMap<>(given);
      all.putAll(extra);
      List<String> parts = new ArrayList<>();
      all.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return String.join("&", parts);
    }
  }

  /** Reads and checks the search parameters of a request that may also take {@code extra}. */
  Asked asked(Context ctx, Set<String> extra) {
    Set<String> allowed = new HashSet<>(FILTERS);
    allowed.addAll(extra);
    Params.only(ctx, allowed);
    String q = Params.text(ctx, "q", MAX_QUERY);
    String outlet = Params.text(ctx, "outlet");
    String group = Params.text(ctx, "group");
    String actor = Params.codeParam(ctx, "actor");
    String from = Params.date(ctx, "from");
    String to = Params.date(ctx, "to");
    String language = Params.language(ctx, "language");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw Params.bad("from must not be after to");
    }
    Set<String> outlets = null;
    if (outlet != null) {
      outlets = spellings(o -> o.name().equals(outlet));
      if (outlets.isEmpty()) {
        outlets = Set.of(outlet); // an outlet the directory does not know yet
      }
    }
    if (group != null) {
      boolean groups = corpus.groupsDefined();
      Set<String> ofGroup = spellings(o -> group.equals(groups ? o.group() : o.country()));
      if (outlets != null) {
        ofGroup.retainAll(outlets);
      }
      outlets = ofGroup;
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (String p : List.of("q", "outlet", "group", "actor", "from", "to", "language")) {
      String v = ctx.queryParam(p);
      if (v != null && !v.isBlank()) {
        given.put(p, v);
      }
    }
    return new Asked(new SearchIndex.Request(q, outlets, actor, from, to, language), given);
  }

  /** The names articles may give the outlets {@code which} selects: their names and aliases. */
  private Set<String> spellings(java.util.function.Predicate<Outlet> which) {
    Set<String> out = new HashSet<>();
    for (Outlet o : corpus.outlets()) {
      if (which.test(o)) {
        out.add(o.name());
        out.addAll(o.aliases());
      }
    }
    return out;
  }

  /** Each spelling of an outlet (name or alias) to its directory entry. */
  private Map<String, Outlet> outletsBySpelling() {
    Map<String, Outlet> out = new HashMap<>();
    for (Outlet o : corpus.outlets()) {
      o.aliases().forEach(a -> out.put(a, o));
      out.put(o.name(), o);
    }
    return out;
  }

  // ---- what a search shows

  /** A count of one facet value; {@code href} the search narrowed to it. */
  public record Count(String name, long count, String href) {}

  /** One month of attention: the query's hits, all articles, and the share. */
  public record Month(String month, long count, long all, double share) {
    public String percent() {
      return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
  }

  /** A hit as shown: its story (for the link), highlights, the outlet's canonical name. */
  public record HitView(
      String id,
      String title,
      List<Highlighted.Piece> titlePieces,
      String outlet,
      String outletId,
      String date,
      String language,
      String source,
      String story,
      List<Highlighted.Fragment> body,
      List<Highlighted.Fragment> quotes) {}

  /** What the search page and API show for a search. */
  public record Result(
      long total,
      List<HitView> hits,
      String next,
      List<Count> outlets,
      List<Count> groups,
      String groupsAre,
      List<Count> actors,
      List<Month> attention) {}

  /**
   * One page of a search with its facets and attention by month.
   *
   * @throws Params.Refused (400) when the query does not parse or the cursor is not one of ours
   */
  Result result(Asked asked, String cursor, int limit) {
    SearchIndex.Page page;
    Counts.Summary summary;
    try {
      page = index.search(asked.request(), cursor, limit);
      summary = index.summary(asked.request());
    } catch (SearchIndex.BadQuery e) {
      throw Params.bad(e.getMessage());
    }
    Map<String, Outlet> bySpelling = outletsBySpelling();
    List<HitView> hits = new ArrayList<>();
    Map<String, String> storyOf =
        corpus.storiesOf(page.hits().stream().map(SearchIndex.Hit::id).toList());
    for (SearchIndex.Hit h : page.hits()) {
      Outlet o = h.outlet() == null ? null : bySpelling.get(h.outlet());
      hits.add(
          new HitView(
              h.id(),
              h.title(),
              h.titleHighlights().isEmpty()
                  ? List.of(new Highlighted.Piece(h.title() == null ? h.id() : h.title(), false))
                  : h.titleHighlights().get(0).pieces(),
              o == null ? h.outlet() : o.name(),
              o == null ? null : o.id(),
              h.date(),
              h.language(),
              h.source(),
              storyOf.get(h.id()),
              h.body(),
              h.quotes()));
    }
    boolean groupsDefined = corpus.groupsDefined();
    Map<String, Long> outlets = new LinkedHashMap<>();
    Map<String, Long> groups = new TreeMap<>();
    summary
        .outlets()
        .forEach(
            (written, n) -> {
              Outlet o = bySpelling.get(written);
              outlets.merge(o == null ? written : o.name(), n, Long::sum);
              String g = o == null ? null : groupsDefined ? o.group() : o.country();
              if (g != null) {
                groups.merge(g, n, Long::sum);
              }
            });
    List<Count> outletCounts = new ArrayList<>();
    outlets.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            e ->
                outletCounts.add(
                    new Count(
                        e.getKey(),
                        e.getValue(),
                        "/search?" + asked.query(Map.of("outlet", e.getKey())))));
    List<Count> groupCounts = new ArrayList<>();
    groups.forEach(
        (g, n) -> groupCounts.add(new Count(g, n, "/search?" + asked.query(Map.of("group", g)))));
    List<Count> actorCounts = new ArrayList<>();
    summary.actors().entrySet().stream()
        .limit(TOP_ACTORS)
        .forEach(
            e ->
                actorCounts.add(
                    new Count(
                        e.getKey(),
                        e.getValue(),
                        "/search?" + asked.query(Map.of("actor", e.getKey())))));
    return new Result(
        page.total(),
        hits,
        page.next(),
        outletCounts,
        groupCounts,
        groupsDefined ? "group" : "country",
        actorCounts,
        attention(summary));
  }

  /**
   * The months from the first to the last with a hit, each with its hits, all articles and the
   * share (months without a hit at 0).
   */
  static List<Month> attention(Counts.Summary s) {
    List<Month> out = new ArrayList<>();
    if (s.months().isEmpty()) {
      return out;
    }
    TreeMap<String, Long> months = new TreeMap<>(s.months());
    YearMonth first;
    YearMonth last;
    try {
      first = YearMonth.parse(months.firstKey());
      last = YearMonth.parse(months.lastKey());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("the index holds a month that is none: " + e.getMessage(), e);
    }
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      String key = m.toString();
      long n = months.getOrDefault(key, 0L);
      long all = s.allByMonth().getOrDefault(key, 0L);
      out.add(new Month(key, n, all, all == 0 ? 0 : (double) n / all));
    }
    return out;
  }

  /** The search page: the filters as given, the result (or why the search was refused). */
  public record Page(
      String q,
      String outlet,
      String group,
      String actor,
      String from,
      String to,
      String language,
      List<String> outletNames,
      String groupsAre,
      Result result,
      String error,
      String nextHref,
      String csvHref) {}

  /** The search page of a request: a query that does not parse is shown with the reason (400). */
  Page page(Context ctx) {
    Asked asked = asked(ctx, Set.of("limit", "cursor"));
    int limit = Params.limit(ctx, "limit", 20, 100);
    String cursor = Params.cursor(ctx, "cursor");
    Result result = null;
    String error = null;
    try {
      result = result(asked, cursor, limit);
    } catch (Params.Refused e) {
      ctx.status(e.status);
      error = e.getMessage();
    }
    String next = null;
    if (result != null && result.next() != null) {
      Map<String, String> more = new LinkedHashMap<>();
      if (ctx.queryParam("limit") != null) {
        more.put("limit", Integer.toString(limit));
      }
      more.put("cursor", result.next());
      next = "/search?" + asked.query(more);
    }
    Map<String, String> g = asked.given();
    return new Page(
        g.get("q"),
        g.get("outlet"),
        g.get("group"),
        g.get("actor"),
        g.get("from"),
        g.get("to"),
        g.get("language"),
        corpus.outlets().stream().map(Outlet::name).sorted().toList(),
        corpus.groupsDefined() ? "Group" : "Country",
        result,
        error,
        next,
        "/api/search?" + asked.query(Map.of("format", "csv")));
  }

  /** The API's answer: the page of hits with facets and attention, as plain maps and lists. */
  Map<String, Object> api(Asked asked, String cursor, int limit) {
    Result r = result(asked, cursor, limit);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", asked.given());
    out.put("total", r.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (HitView h : r.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("outlet", h.outlet());
      hit.put("outlet_id", h.outletId());
      hit.put("published", h.date());
      hit.put("language", h.language());
      hit.put("source", h.source());
      hit.put("story", h.story());
      hit.put("title_highlight", pieces(h.titlePieces()));
      hit.put("body", h.body().stream().map(f -> pieces(f.pieces())).toList());
      hit.put("quotes", h.quotes().stream().map(f -> pieces(f.pieces())).toList());
      hits.add(hit);
    }
    out.put("hits", hits);
    out.put("next", r.next());
    out.put("outlets", counts(r.outlets(), "outlet"));
    out.put("groups", counts(r.groups(), "group"));
    out.put("groups_are", r.groupsAre());
    out.put("actors", counts(r.actors(), "actor"));
    List<Map<String, Object>> months = new ArrayList<>();
    for (Month m : r.attention()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", m.month());
      row.put("count", m.count());
      row.put("all", m.all());
      row.put("share", m.share());
      months.add(row);
    }
    out.put("attention", months);
    return out;
  }

  private static List<Map<String, Object>> pieces(List<Highlighted.Piece> pieces) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Highlighted.Piece p : pieces) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("text", p.text());
      row.put("match", p.match());
      out.add(row);
    }
    return out;
  }

  private static List<Map<String, Object>> counts(List<Count> counts, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Count c : counts) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(key, c.name());
      row.put("count", c.count());
      out.add(row);
    }
    return out;
  }

  // ---- the CSV of every hit

  /** The columns of the CSV export. */
  static final List<String> CSV_COLUMNS =
      List.of("id", "published", "outlet", "title", "language", "source", "story");

  /**
   * Writes every hit of the search as CSV to the response as it reads them (no cap, a page of the
   * index at a time): one row per article, newest first.
   */
  void csv(Context ctx, Asked asked) {
    try {
      index.search(asked.request(), null, 1); // a query that does not parse is a 400 here
    } catch (SearchIndex.BadQuery e) {
      throw Params.bad(e.getMessage());
    }
    Map<String, Outlet> bySpelling = outletsBySpelling();
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"parallax-search.csv\"");
    try (BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      out.write(String.join(",", CSV_COLUMNS));
      out.write("\r\n");
      index.forEach(
          asked.request(),
          h -> {
            Outlet o = h.outlet() == null ? null : bySpelling.get(h.outlet());
            List<String> cells =
                java.util.stream.Stream.of(
                        h.id(),
                        h.date(),
                        o == null ? h.outlet() : o.name(),
                        h.title(),
                        h.language(),
                        h.source(),
                        corpus.storyOf(h.id()))
                    .map(CsvExport::cell)
                    .toList();
            try {
              out.write(String.join(",", cells));
              out.write("\r\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
