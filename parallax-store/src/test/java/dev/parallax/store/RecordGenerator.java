package dev.parallax.store;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Mention;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.Span;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.Claim;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.report.ReportData;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random records of every type the stages make, from a seed: every date form (day, month, year, a
 * day without a year, none), null wherever a field may be null, text with quotes, accents, emoji,
 * control characters and SQL and JSON syntax.
 */
final class RecordGenerator {
  private static final String[] PIECES = {
    "a", "Z", " ", "é", "ß", "’", "“", "\"", "'", "''", "\\", "\n", "\t", "\r", "\u0001", "🚢",
    "𝔘", "—", "Ж", "中", "%", "_", ";", "--", "{", "}", "<b>", "&amp;", "0", "NULL", "\u2028"
  };

  private final Random random;
  private int ids;

  RecordGenerator(long seed) {
    this.random = new Random(seed);
    this.ids = (int) (seed * 100_000);
  }

  /** Accepted articles with their extractions, and corpus records naming them. */
  record Corpus(List<ArticleResult> results, ReportData records, List<Outlet> outlets) {
    /** Each article's outlet id: that of the outlet named as the article names it. */
    java.util.function.Function<String, String> outletIdOf() {
      return id ->
          records.articles().stream()
              .filter(a -> a.id().equals(id) && a.outlet() != null)
              .findFirst()
              .flatMap(a -> outlets.stream().filter(o -> o.name().equals(a.outlet())).findFirst())
              .map(Outlet::id)
              .orElse(null);
    }
  }

  Corpus corpus() {
    List<ArticleResult> results = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      results.add(result());
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleResult r : results) {
      Article a = (Article) r.record();
      articles.add(
          a.published() == null && random.nextBoolean()
              ? a.withPublished(fullOrPartial(), DateSource.INFERRED)
              : a);
    }
    // every second article a copy of the first (no draw: the other records stay as they were)
    for (int i = 1; i < articles.size(); i += 2) {
      articles.set(i, articles.get(i).withCopyOf(articles.get(0).id()));
    }
    List<String> articleIds = articles.stream().map(Article::id).toList();
    List<Entity> entities = list(3, () -> entity(articleIds));
    // in the order of their first reports' articles, as fusion gives them and a store keeps them
    List<Event> events =
        list(4, () -> event(articleIds)).stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    e ->
                        e.mentions().stream()
                            .mapToInt(m -> articleIds.indexOf(m.article()))
                            .min()
                            .orElse(Integer.MAX_VALUE)))
            .toList();
    List<Quote> quotes = list(3, () -> quote(pick(articleIds)));
    List<Story> stories = list(3, () -> story(articleIds, events));
    List<Coverage> coverage = new ArrayList<>();
    int rows = 1 + random.nextInt(3);
    for (int i = 0; i < rows; i++) {
      String story = stories.isEmpty() || random.nextInt(4) == 0 ? "s" + id() : pick(stories).id();
      coverage.add(coverage(story, i == 0 && random.nextBoolean() ? null : text(8), articleIds));
    }
    List<Conflict> conflicts = list(2, () -> conflict(articleIds));
    // in the order of their stories (the stories', then the others' as they come; conflicts of no
    // story first), as the coverage and conflict stages give them and a store keeps them
    List<String> order = new ArrayList<>();
    stories.forEach(x -> order.add(x.id()));
    coverage.forEach(x -> order.add(x.story()));
    conflicts.forEach(x -> order.add(x.story()));
    coverage.sort(java.util.Comparator.comparingInt(x -> order.indexOf(x.story())));
    conflicts =
        conflicts.stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    x -> x.story() == null ? -1 : order.indexOf(x.story())))
            .toList();
    List<Outlet> outlets = new ArrayList<>();
    articles.stream()
        .map(Article::outlet)
        .filter(o -> o != null)
        .distinct()
        .forEach(
            name ->
                outlets.add(
                    new Outlet(
                        "o" + id(),
                        name,
                        list(2, () -> text(4)),
                        list(2, () -> text(3) + ".example"),
                        maybe(() -> pick(List.of("RUS", "MDA", "BLR"))),
                        maybe(() -> text(5)),
                        1 + random.nextInt(3))));
    return new Corpus(
        results,
        new ReportData(articles, entities, events, quotes, stories, coverage, conflicts),
        outlets);
  }

  ArticleResult result() {
    String body = text(60) + "\n\n" + text(60);
    Article article =
        new Article(
            "a" + id(),
            "in/" + text(6) + ".html",
            maybe(() -> text(10)),
            maybe(() -> text(20)),
            null,
            null,
            maybe(() -> pick(List.of("en", "ru", "uk", "ro"))),
            body,
            list(2, () -> new RemovedBlock(text(15), pick(List.of(RemovalReason.values())))));
    PartialDate published = maybe(this::fullOrPartial);
    if (published != null) {
      article = article.withPublished(published, pick(List.of(DateSource.values())));
    }
    String id = article.id();
    List<ActorMention> mentions = list(4, () -> actorMention(body));
    ArticleActors actors = new ArticleActors(id, mentions);
    List<ExtractedEvent> events =
        list(
            3,
            () ->
                new ExtractedEvent(
                    event(List.of(id)),
                    actorMention(body),
                    maybe(() -> actorMention(body)),
                    maybe(() -> MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)))));
    if (random.nextBoolean()) {
      // the form that broke a 500-article run: a day without a year, on 29 February too
      events = new ArrayList<>(events);
      events.add(
          new ExtractedEvent(
              event(List.of(id)).withDate(null), actorMention(body), null, MonthDay.of(2, 29)));
    }
    List<ExtractedQuote> quotes =
        list(
            3,
            () -> {
              Quote q = quote(id);
              return random.nextBoolean()
                  ? new ExtractedQuote(q, null, null, null)
                  : new ExtractedQuote(
                      q,
                      new Span(0, 1 + random.nextInt(5)),
                      actorMention(body),
                      new Claim(
                          key(),
                          maybe(() -> text(8)),
                          maybe(() -> text(5)),
                          text(5),
                          text(5),
                          random.nextBoolean()));
            });
    return new ArticleResult(
        article, actors, events, quotes, QuoteExtractor.scareQuotes(body), List.of());
  }

  private ActorMention actorMention(String body) {
    // spans fall on characters, never inside a surrogate pair (stages cut at token boundaries)
    int start = boundary(body, random.nextInt(body.length() / 2));
    int end = boundary(body, start + random.nextInt(body.length() - start));
    EntityType type = pick(List.of(EntityType.values()));
    return new ActorMention(
        start,
        end,
        body.substring(start, end),
        random.nextInt(5),
        key(),
        text(10),
        type,
        maybe(() -> pick(List.of("RUS", "RUSGOV", "UKRMIL", "MDA", "IGOUNO"))),
        pick(List.of(ActorMention.How.values())));
  }

  private static int boundary(String body, int index) {
    return index > 0 && index < body.length() && Character.isLowSurrogate(body.charAt(index))
        ? index - 1
        : index;
  }

  private ActorKey key() {
    return switch (random.nextInt(4)) {
      case 0 -> ActorKey.country(pick(List.of("RUS", "UKR", "MDA")));
      case 1 -> new ActorKey.Name(pick(List.of(EntityType.values())), text(8));
      case 2 -> new ActorKey.Kb(pick(List.of(ActorKey.Kind.values())), "Q" + random.nextInt(999));
      default -> new ActorKey.NationalBody("BLR", text(6));
    };
  }

  private Entity entity(List<String> articles) {
    return new Entity(
        "n" + id(),
        text(12),
        pick(List.of(EntityType.values())),
        maybe(() -> pick(List.of("RUS", "BLRGOV", "MDAMIL"))),
        list(3, () -> text(8)),
        list(3, () -> mention(pick(articles))));
  }

  private Mention mention(String article) {
    String text = text(9);
    int start = random.nextInt(1000);
    return new Mention(article, start, start + text.length(), text);
  }

  private Event event(List<String> articles) {
    String text = text(30);
    int start = random.nextInt(500);
    return new Event(
        "e" + id(),
        maybe(() -> "s" + id()),
        maybe(this::fullOrPartial),
        new ActorRef(maybe(() -> "n" + id()), maybe(() -> pick(List.of("RUS", "RUSGOV", "UKR")))),
        new ActorRef(maybe(() -> "n" + id()), maybe(() -> pick(List.of("MDA", "MDAGOV", "BLR")))),
        pick(List.of("010", "1246", "172", "0841")),
        random.nextInt(4) == 0 ? random.nextDouble() * 20 - 10 : random.nextInt(21) - 10,
        1 + random.nextInt(4),
        maybe(() -> pick(List.of("RESTRICT", "ACCUSE", "AID"))),
        list(
            1,
            3,
            () -> new EventMention(pick(articles), start, start + text.length(), text, text(5))),
        1 + random.nextInt(9),
        1 + random.nextInt(5));
  }

  private Quote quote(String article) {
    String text = text(25);
    int start = random.nextInt(400);
    return new Quote(
        "q" + id(),
        article,
        new Speaker(maybe(() -> "n" + id()), maybe(() -> text(10))),
        text,
        start,
        start + text.length(),
        pick(List.of(QuoteKind.values())),
        maybe(() -> text(6)));
  }

  private Story story(List<String> articles, List<Event> events) {
    return new Story(
        "s" + id(),
        maybe(() -> text(20)),
        list(1, 4, () -> pick(articles)),
        list(3, () -> text(8)),
        maybe(this::fullOrPartial),
        maybe(this::fullOrPartial),
        events.isEmpty() ? List.of() : list(3, () -> pick(events).id()));
  }

  private Coverage coverage(String story, String outlet, List<String> articles) {
    return new Coverage(
        story,
        outlet,
        list(3, () -> pick(articles)),
        list(
            3,
            () ->
                new Coverage.Label(
                    maybe(() -> "n" + id()),
                    text(8),
                    random.nextInt(9),
                    random.nextBoolean(),
                    list(3, () -> mention(pick(articles))),
                    maybe(() -> pick(List.of("pejorative", "scare-quote"))),
                    random.nextBoolean())),
        list(
            3,
            () ->
                new Coverage.Voice(maybe(() -> "n" + id()), random.nextInt(9), maybe(() -> "UKR"))),
        list(3, () -> "e" + id()),
        list(3, () -> "e" + id()),
        list(
            3,
            () ->
                new Coverage.Tone(
                    maybe(() -> "n" + id()),
                    random.nextBoolean() ? random.nextDouble() * 2 - 1 : -1)),
        maybe(() -> "o" + id()));
  }

  private Conflict conflict(List<String> articles) {
    return new Conflict(
        "c" + id(),
        maybe(() -> "s" + id()),
        maybe(() -> text(8)),
        list(
            2,
            4,
            () -> {
              String text = text(20);
              int start = random.nextInt(300);
              return new Conflict.Claim(
                  pick(articles),
                  maybe(() -> text(6)),
                  maybe(() -> text(6)),
                  text,
                  start,
                  start + text.length());
            }),
        text(30));
  }

  /** A date at each precision it may have: day, month or year. */
  PartialDate fullOrPartial() {
    int year =
        random.nextInt(10) == 0 ? pick(List.of(1, 1900, 2000, 9999)) : 1990 + random.nextInt(40);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> new PartialDate(year, 1 + random.nextInt(12), 0);
      default -> {
        int month = 1 + random.nextInt(12);
        yield new PartialDate(
            year, month, 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth()));
      }
    };
  }

  private String text(int max) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      b.append(random.nextInt(3) == 0 ? pick(List.of(PIECES)) : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  private String id() {
    return String.format("%016x", ++ids * 0x9E3779B97F4A7C15L);
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> list(int max, Supplier<T> element) {
    return list(0, max, element);
  }

  private <T> List<T> list(int min, int max, Supplier<T> element) {
    int n = min + random.nextInt(max - min + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(element.get());
    }
    return out;
  }
}
