package dev.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.store.ReaderQueries;
import dev.parallax.store.SavedSearches;
import dev.parallax.store.search.SearchIndex;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Following a dispute: saved searches over the served corpus, what newly matches each since its
 * user last looked (articles, and the events and quotes of those articles), its Atom feed, and its
 * weekly blindspot digest (the stories of its articles that only one outlet group carried).
 */
public final class Follow {
  /** The fields a saved search is posted with. */
  static final Set<String> FIELDS =
      Set.of("name", "query", "outlet", "actor", "group", "language", "from", "to");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,32}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** How many articles a page, an API answer or a feed lists at most. */
  static final int MAX_ITEMS = 100;

  private final Corpus corpus;
  private final SavedSearches searches;
  private final SearchIndex index;

  Follow(Corpus corpus, SavedSearches searches, SearchIndex index) {
    this.corpus = corpus;
    this.searches = searches;
    this.index = index;
  }

  /**
   * The articles matching {@code s} saved after seq {@code after}, the latest first, at most {@code
   * limit}: its query read by the search index, as the search page reads it, so only among the
   * articles the index has applied (one saved since is matched once the index has it, and is not
   * marked seen before).
   */
  private List<SavedSearches.Match> matches(SavedSearches.Search s, long after, int limit) {
    return searches.matches(
        s,
        after,
        indexedThrough(),
        limit,
        s.query() == null ? null : ids -> index.matching(s.query(), ids));
  }

  /** The seq of the last article the search index has applied. */
  private long indexedThrough() {
    return searches.lastSeqThroughChange(index.through());
  }

  /** A search's name, checked. */
  static String name(String value) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw Params.bad("a saved search's name is 1 to 64 letters, digits, _ or -");
    }
    return value;
  }

  SavedSearches.Search get(String name) {
    return searches
        .get(name(name))
        .orElseThrow(() -> new Params.Refused(404, "no saved search is named " + name));
  }

  List<SavedSearches.Search> all() {
    return searches.all();
  }

  /** Saves the search a posted JSON object describes, checking every field. */
  SavedSearches.Search save(byte[] body) {
    JsonNode o;
    try {
      o = Jsonl.mapper().readTree(body);
    } catch (java.io.IOException e) {
      throw Params.bad("the body is not JSON: " + e.getMessage());
    }
    if (o == null || !o.isObject()) {
      throw Params.bad("post a saved search as one JSON object {name, query, outlet, ...}");
    }
    Iterator<String> names = o.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!FIELDS.contains(f)) {
        throw Params.bad(
            "unknown field \"" + f + "\"; the fields are " + new java.util.TreeSet<>(FIELDS));
      }
      if (!o.get(f).isTextual() && !o.get(f).isNull()) {
        throw Params.bad("\"" + f + "\" must be a string");
      }
    }
    String query = field(o, "query", 500, null);
    if (query != null) {
      try {
        index.check(query);
      } catch (SearchIndex.BadQuery e) {
        throw Params.bad(e.getMessage());
      }
    }
    String outlet = field(o, "outlet", 200, null);
    String actor = field(o, "actor", 32, CODE);
    String group = field(o, "group", 100, null);
    String language = field(o, "language", 3, LANGUAGE);
    String from = field(o, "from", 10, DATE);
    String to = field(o, "to", 10, DATE);
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw Params.bad("\"from\" must not be after \"to\"");
    }
    if (query == null
        && outlet == null
        && actor == null
        && group == null
        && language == null
        && from == null
        && to == null) {
      throw Params.bad("a saved search needs a query or at least one filter");
    }
    return searches.save(
        new SavedSearches.Search(
            name(o.path("name").asText(null)),
            query,
            outlet,
            actor,
            group,
            language,
            from,
            to,
            null,
            0,
            null));
  }

  private static String field(JsonNode o, String name, int max, Pattern form) {
    String v = o.path(name).asText(null);
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.strip();
    if (v.length() > max || form != null && !form.matcher(v).matches()) {
      throw Params.bad(
          "\"" + name + "\" is not valid: " + (form == null ? "longer than " + max : form));
    }
    return v;
  }

  /** What newly matches a search since its user last looked. */
  record News(
      SavedSearches.Search search,
      List<Article> articles,
      List<ReaderQueries.EventReport> events,
      List<Quote> quotes,
      long through) {}

  /** What matches {@code s} among the articles saved since its user last looked. */
  News news(SavedSearches.Search s) {
    List<Article> articles = new ArrayList<>();
    List<ReaderQueries.EventReport> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    long through = s.seenThrough();
    for (SavedSearches.Match m : matches(s, s.seenThrough(), MAX_ITEMS)) {
      through = Math.max(through, m.seq());
      corpus
          .article(m.article())
          .ifPresent(
              r -> {
                articles.add(r.article());
                events.addAll(r.events());
                quotes.addAll(r.quotes());
              });
    }
    return new News(s, articles, events, quotes, through);
  }

  /** Notes that the search's user has seen what matched through {@code through}. */
  void look(SavedSearches.Search s, long through) {
    searches.look(s.name(), through);
  }

  /** Marks everything stored and searchable now as seen; returns the last article seq of it. */
  long lookNow(SavedSearches.Search s) {
    long through = indexedThrough();
    searches.look(s.name(), through);
    return through;
  }

  /** A story of the blindspot digest: one outlet group alone carried it. */
  public record Blindspot(
      String story, String title, String first, String last, List<String> groups) {}

  /**
   * The weekly blindspot digest of a search: the stories of its matching articles whose last date
   * (of their events or reports, the later) falls in the seven days ending {@code weekEnd}, carried
   * by outlets of one group only.
   */
  List<Blindspot> blindspots(SavedSearches.Search s, LocalDate weekEnd) {
    String from = weekEnd.minusDays(6).toString();
    String to = weekEnd.toString();
    List<String> articles =
        matches(s, 0, 10_000).stream().map(SavedSearches.Match::article).toList();
    Map<String, String> storyOf = corpus.storiesOf(articles);
    Set<String> stories = new LinkedHashSet<>();
    for (String a : articles) {
      if (storyOf.get(a) != null) {
        stories.add(storyOf.get(a));
      }
    }
    List<Blindspot> out = new ArrayList<>();
    for (ReaderQueries.StoryRow row : corpus.storyRows(List.copyOf(stories))) {
      if (!row.blindspot()) {
        continue;
      }
      Story st = row.story();
      String[] span = span(corpus, st);
      String last = span[1];
      if (last != null
          && last.compareTo(from) >= 0
          && last.substring(0, Math.min(10, last.length())).compareTo(to) <= 0) {
        out.add(new Blindspot(st.id(), st.title(), span[0], last, row.groups()));
      }
    }
    return out;
  }

  /**
   * A story's first and last dates: of its events, widened by its reports' publication dates (the
   * stories of articles without dated events have only these).
   */
  private static String[] span(Corpus c, Story st) {
    String first = st.first() == null ? null : st.first().toString();
    String last = st.last() == null ? null : st.last().toString();
    for (Article a : c.articlesOf(st.articles())) {
      PartialDate p = a.published();
      if (p == null) {
        continue;
      }
      String d = p.toString();
      first = first == null || d.compareTo(first) < 0 ? d : first;
      last = last == null || d.compareTo(last) > 0 ? d : last;
    }
    return new String[] {first, last};
  }

  /**
   * The Atom feed of a search: its latest matching articles, newest first, each linked to its page
   * on {@code base} (this server's address as the request named it); text escaped by the writer.
   */
  String atom(SavedSearches.Search s, String base) {
    List<SavedSearches.Match> matches = matches(s, 0, MAX_ITEMS);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(x, "id", base + "/feeds/" + s.name() + ".atom");
      element(x, "title", "Parallax: " + s.name());
      String updated =
          matches.isEmpty() ? s.created() : instant(matches.get(0).saved(), s.created());
      element(x, "updated", updated);
      link(x, "self", base + "/feeds/" + s.name() + ".atom");
      link(x, "alternate", base + "/searches/" + s.name());
      x.writeStartElement("author");
      element(x, "name", "Parallax");
      x.writeEndElement();
      for (SavedSearches.Match m : matches) {
        ReaderQueries.ArticleRecords r = corpus.article(m.article()).orElse(null);
        if (r == null) {
          continue;
        }
        Article a = r.article();
        x.writeStartElement("entry");
        element(x, "id", base + "/articles/" + a.id());
        element(x, "title", a.title() == null ? a.id() : a.title());
        element(x, "updated", instant(m.saved(), updated));
        if (a.published() != null) {
          element(x, "published", dateTime(a.published()));
        }
        link(x, "alternate", base + "/articles/" + a.id());
        String story = r.story();
        element(
            x,
            "summary",
            (a.outlet() == null ? "" : a.outlet() + ", ")
                + (a.published() == null ? "undated" : a.published().toString())
                + ": "
                + r.events().size()
                + " events, "
                + r.quotes().size()
                + " quotes"
                + (story == null
                    ? ""
                    : "; story " + corpus.storyTitles(List.of(story)).get(story)));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlSafe(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }

  /** Text without the characters XML 1.0 cannot hold (control characters but tab and newlines). */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            cp ->
                cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String instant(String saved, String fallback) {
    return saved != null ? saved : fallback != null ? fallback : Instant.EPOCH.toString();
  }

  /** A publication date as an Atom date-time: its first day at midnight UTC when partial. */
  private static String dateTime(PartialDate d) {
    String t = d.toString();
    String day = t.length() >= 10 ? t.substring(0, 10) : t.length() == 7 ? t + "-01" : t + "-01-01";
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /** A search as the API shows it. */
  static Map<String, Object> view(SavedSearches.Search s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("query", s.query());
    m.put("outlet", s.outlet());
    m.put("actor", s.actor());
    m.put("group", s.group());
    m.put("language", s.language());
    m.put("from", s.from());
    m.put("to", s.to());
    m.put("created", s.created());
    m.put("looked", s.looked());
    m.put("feed", "/feeds/" + s.name() + ".atom");
    return m;
  }
}
