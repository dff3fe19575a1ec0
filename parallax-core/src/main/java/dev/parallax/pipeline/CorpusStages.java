package dev.parallax.pipeline;

import static java.util.stream.Collectors.toSet;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.coverage.CoverageBuilder;
import dev.parallax.coverage.CoverageInput;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Event;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.ReportData;
import dev.parallax.stories.EventFuser;
import dev.parallax.stories.SharedEventDates;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus stages, run once all articles are through the per-article stages: link actor mentions
 * into entities across articles, group articles into stories, give each event its entities and
 * story, date undated articles' events through the events they share with dated articles, fuse the
 * reports of one real event across articles, and write {@code entities.jsonl}, {@code
 * events.jsonl}, {@code stories.jsonl}, {@code coverage.jsonl} and {@code report.html}; {@link
 * #dated} gives each article the publication date inferred so. Holds only extracted records, never
 * annotations.
 */
final class CorpusStages {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusStages.class);

  private final KnowledgeBase kb;
  private final Stage until;
  private final StageTimer timer;
  private final CorpusStore store;
  private final List<Article> articles = new ArrayList<>();
  private final List<ArticleActors> actors = new ArrayList<>();
  private final List<ExtractedEvent> events = new ArrayList<>();
  private final List<ExtractedQuote> quotes = new ArrayList<>();
  private final Map<String, PartialDate> inferredPublished = new HashMap<>();

  /**
   * @param store the stored corpus whose story index grows with the articles added, or null to
   *     group all articles afresh
   */
  CorpusStages(KnowledgeBase kb, Stage until, StageTimer timer, CorpusStore store) {
    this.kb = kb;
    this.until = until;
    this.timer = timer;
    this.store = store;
  }

  /** Keeps what the corpus stages need of one accepted article. */
  void add(Article article, ArticleResult result) {
    articles.add(article);
    if (result.actors() != null) {
      actors.add(result.actors());
      events.addAll(result.events());
      quotes.addAll(result.quotes());
    }
  }

  void write(Path out) throws IOException {
    if (!until.runs(Stage.EXTRACT)) {
      return;
    }
    LinkedEntities linked = timer.time("entities", () -> new EntityLinker(kb).link(actors));
    Map<String, String> storyOf = new HashMap<>();
    List<Story> stories = List.of();
    if (until.runs(Stage.GROUP)) {
      StoryGrouper grouper = new StoryGrouper(kb, StoryOptions.DEFAULTS);
      stories =
          timer.time(
              "stories",
              () ->
                  store == null
                      ? grouper.group(articles)
                      : StoredStories.group(grouper, store, articles));
      for (Story story : stories) {
        story.articles().forEach(a -> storyOf.put(a, story.id()));
      }
    }
    List<Event> articleEvents = new ArrayList<>();
    Map<String, MonthDay> yearless = new HashMap<>();
    for (ExtractedEvent e : events) {
      articleEvents.add(linkEvent(e, linked, storyOf));
      if (e.yearlessDay() != null) {
        yearless.put(e.event().id(), e.yearlessDay());
      }
    }
    List<Event> linkedEvents = timer.time("fusion", () -> fuse(articleEvents, yearless));
    LOG.info("fused {} article-level events into {}", articleEvents.size(), linkedEvents.size());
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("entities.jsonl"))) {
      linked.entities().forEach(w::write);
    }
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("events.jsonl"))) {
      linkedEvents.forEach(w::write);
    }
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("quotes.jsonl"))) {
      quotes.forEach(q -> w.write(linkQuote(q, linked)));
    }
    List<Coverage> coverage = List.of();
    if (until.runs(Stage.GROUP)) {
      try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("stories.jsonl"))) {
        for (Story story : stories) {
          w.write(withEvents(story, linkedEvents));
        }
      }
      CoverageInput input =
          new CoverageInput(articles, actors, quotes, linked, stories, linkedEvents);
      coverage = timer.time("coverage", () -> new CoverageBuilder().build(input));
      try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("coverage.jsonl"))) {
        coverage.forEach(w::write);
      }
    }
    // the page a person reads, from the records just written (docs/report.md)
    ReportData report =
        new ReportData(
            articles.stream().map(this::dated).toList(),
            linked.entities(),
            linkedEvents,
            quotes.stream().map(q -> linkQuote(q, linked)).toList(),
            stories.stream().map(s -> withEvents(s, linkedEvents)).toList(),
            coverage,
            List.of()); // conflicts: no builder yet
    Files.writeString(
        out.resolve("report.html"), timer.time("report", () -> HtmlReport.render(report)));
  }

  /**
   * Fuses the reports of each real event, after dating the events of undated articles through the
   * events they share with dated ones (which also bounds those articles' publication dates).
   */
  private List<Event> fuse(List<Event> articleEvents, Map<String, MonthDay> yearless) {
    Map<String, String> outletOf = new HashMap<>();
    articles.stream()
        .filter(a -> a.outlet() != null)
        .forEach(a -> outletOf.put(a.id(), a.outlet()));
    EventFuser fuser = new EventFuser(outletOf::get);
    Set<String> undated =
        articles.stream().filter(a -> a.published() == null).map(Article::id).collect(toSet());
    SharedEventDates.Result dated =
        SharedEventDates.resolve(
            undated, articleEvents, fuser.clusters(articleEvents, yearless), yearless);
    inferredPublished.putAll(dated.published());
    return fuser.fuse(dated.events(), dated.yearless());
  }

  /**
   * {@code article} with the publication date the corpus stages inferred for it ({@code
   * published_from: inferred}), or itself. Valid after {@link #write}.
   */
  Article dated(Article article) {
    PartialDate inferred = inferredPublished.get(article.id());
    return inferred == null || article.published() != null
        ? article
        : article.withPublished(inferred, DateSource.INFERRED);
  }

  private static Event linkEvent(
      ExtractedEvent extracted, LinkedEntities linked, Map<String, String> storyOf) {
    Event e = extracted.event();
    String article = e.mentions().get(0).article();
    return new Event(
        e.id(),
        storyOf.get(article),
        e.date(),
        ref(e.source(), extracted.source(), article, linked),
        ref(e.target(), extracted.target(), article, linked),
        e.cameo(),
        e.goldstein(),
        e.quadClass(),
        e.plover(),
        e.mentions(),
        e.articles(),
        e.outlets());
  }

  private static Quote linkQuote(ExtractedQuote extracted, LinkedEntities linked) {
    Quote q = extracted.quote();
    String entity =
        extracted
            .speakerMention()
            .flatMap(m -> linked.entityOf(q.article(), m))
            .orElse(q.speaker().entity());
    return new Quote(
        q.id(),
        q.article(),
        new Speaker(entity, q.speaker().name()),
        q.text(),
        q.start(),
        q.end(),
        q.kind(),
        q.cue());
  }

  private static ActorRef ref(
      ActorRef ref, ActorMention mention, String article, LinkedEntities linked) {
    if (mention == null) {
      return ref;
    }
    return new ActorRef(linked.entityOf(article, mention).orElse(null), ref.actor());
  }

  /** The story with its events and the span of their dates. */
  private static Story withEvents(Story story, List<Event> events) {
    List<Event> own = events.stream().filter(e -> story.id().equals(e.story())).toList();
    List<PartialDate> dates =
        own.stream().map(Event::date).filter(Objects::nonNull).sorted().toList();
    return new Story(
        story.id(),
        story.title(),
        story.articles(),
        story.outlets(),
        dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1),
        own.stream().map(Event::id).sorted(Comparator.naturalOrder()).toList());
  }
}
