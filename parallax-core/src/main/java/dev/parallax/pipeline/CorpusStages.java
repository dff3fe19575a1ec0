package dev.parallax.pipeline;

import static java.util.stream.Collectors.toSet;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.conflicts.ConflictDetector;
import dev.parallax.coverage.CoverageBuilder;
import dev.parallax.coverage.CoverageInput;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
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
 * reports of one real event across articles, compare how each outlet told each story (coverage),
 * find the claims that contradict each other, and write their records and the report; {@link
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

  /**
   * Runs the corpus stages over the articles added and writes their records: {@code
   * entities.jsonl}, {@code events.jsonl} and {@code quotes.jsonl} after {@code extract}, then
   * {@code stories.jsonl}, {@code coverage.jsonl} and {@code conflicts.jsonl} after {@code group},
   * and {@code report.html} from them all.
   */
  void write(Path out) throws IOException {
    if (!until.runs(Stage.EXTRACT)) {
      return;
    }
    ReportData records = records();
    writeLines(out.resolve("entities.jsonl"), records.entities());
    writeLines(out.resolve("events.jsonl"), records.events());
    writeLines(out.resolve("quotes.jsonl"), records.quotes());
    if (until.runs(Stage.GROUP)) {
      writeLines(out.resolve("stories.jsonl"), records.stories());
      writeLines(out.resolve("coverage.jsonl"), records.coverage());
      writeLines(out.resolve("conflicts.jsonl"), records.conflicts());
    }
    // the page a person reads, from the same records (docs/report.md)
    Files.writeString(
        out.resolve("report.html"), timer.time("report", () -> HtmlReport.render(records)));
  }

  /** Every corpus-level record of the run, each stage timed. */
  private ReportData records() {
    LinkedEntities linked = timer.time("entities", () -> new EntityLinker(kb).link(actors));
    List<Story> stories = until.runs(Stage.GROUP) ? timer.time("stories", this::group) : List.of();
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach(story -> story.articles().forEach(a -> storyOf.put(a, story.id())));
    List<Event> articleEvents = new ArrayList<>();
    Map<String, MonthDay> yearless = new HashMap<>();
    for (ExtractedEvent e : events) {
      articleEvents.add(linkEvent(e, linked, storyOf));
      if (e.yearlessDay() != null) {
        yearless.put(e.event().id(), e.yearlessDay());
      }
    }
    List<Event> fused = timer.time("fusion", () -> fuse(articleEvents, yearless));
    LOG.info("fused {} article-level events into {}", articleEvents.size(), fused.size());
    List<Quote> linkedQuotes = quotes.stream().map(q -> linkQuote(q, linked)).toList();
    List<Coverage> coverage = List.of();
    List<Conflict> conflicts = List.of();
    if (until.runs(Stage.GROUP)) {
      CoverageInput input = new CoverageInput(articles, actors, quotes, linked, stories, fused);
      coverage = timer.time("coverage", () -> new CoverageBuilder().build(input));
      ConflictDetector detector = new ConflictDetector(kb);
      conflicts =
          timer.time(
              "conflicts",
              () -> detector.detect(stories, articles, linkedQuotes, linked.entities(), fused));
    }
    return new ReportData(
        articles.stream().map(this::dated).toList(),
        linked.entities(),
        fused,
        linkedQuotes,
        stories.stream().map(s -> withEvents(s, fused)).toList(),
        coverage,
        conflicts);
  }

  private List<Story> group() {
    StoryGrouper grouper = new StoryGrouper(kb, StoryOptions.DEFAULTS);
    return store == null ? grouper.group(articles) : StoredStories.group(grouper, store, articles);
  }

  private static void writeLines(Path file, List<?> records) throws IOException {
    try (JsonlFileWriter w = new JsonlFileWriter(file)) {
      records.forEach(w::write);
    }
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
