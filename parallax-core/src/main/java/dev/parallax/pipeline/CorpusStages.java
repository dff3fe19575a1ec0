package dev.parallax.pipeline;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.conflicts.ConflictDetector;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Event;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.stories.EventFuser;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus stages, run once all articles are through the per-article stages: link actor mentions
 * into entities across articles, group articles into stories, give each event its entities and
 * story, fuse the reports of one real event across articles, find the claims that contradict each
 * other, and write {@code entities.jsonl}, {@code events.jsonl}, {@code stories.jsonl} and {@code
 * conflicts.jsonl}. Holds only extracted records, never annotations.
 */
final class CorpusStages {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusStages.class);

  private final KnowledgeBase kb;
  private final Stage until;
  private final StageTimer timer;
  private final List<Article> articles = new ArrayList<>();
  private final List<ArticleActors> actors = new ArrayList<>();
  private final List<ExtractedEvent> events = new ArrayList<>();
  private final List<ExtractedQuote> quotes = new ArrayList<>();

  CorpusStages(KnowledgeBase kb, Stage until, StageTimer timer) {
    this.kb = kb;
    this.until = until;
    this.timer = timer;
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
      stories =
          timer.time("stories", () -> new StoryGrouper(kb, StoryOptions.DEFAULTS).group(articles));
      for (Story story : stories) {
        story.articles().forEach(a -> storyOf.put(a, story.id()));
      }
    }
    List<Event> articleEvents = new ArrayList<>();
    for (ExtractedEvent e : events) {
      articleEvents.add(linkEvent(e, linked, storyOf));
    }
    Map<String, String> outletOf = new HashMap<>();
    articles.stream()
        .filter(a -> a.outlet() != null)
        .forEach(a -> outletOf.put(a.id(), a.outlet()));
    List<Event> linkedEvents =
        timer.time("fusion", () -> new EventFuser(outletOf::get).fuse(articleEvents));
    LOG.info("fused {} article-level events into {}", articleEvents.size(), linkedEvents.size());
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("entities.jsonl"))) {
      linked.entities().forEach(w::write);
    }
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("events.jsonl"))) {
      linkedEvents.forEach(w::write);
    }
    List<Quote> linkedQuotes = quotes.stream().map(q -> linkQuote(q, linked)).toList();
    try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("quotes.jsonl"))) {
      linkedQuotes.forEach(w::write);
    }
    if (until.runs(Stage.GROUP)) {
      try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("stories.jsonl"))) {
        for (Story story : stories) {
          w.write(withEvents(story, linkedEvents));
        }
      }
      List<Story> grouped = stories;
      List<Conflict> conflicts =
          timer.time(
              "conflicts",
              () ->
                  new ConflictDetector(kb)
                      .detect(grouped, articles, linkedQuotes, linked.entities(), linkedEvents));
      try (JsonlFileWriter w = new JsonlFileWriter(out.resolve("conflicts.jsonl"))) {
        conflicts.forEach(w::write);
      }
    }
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
