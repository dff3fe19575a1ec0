package dev.parallax.events;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.HandParses;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import java.util.List;

/**
 * Shared fixtures for the events tests: hand-written parses (no parser runs) and one actor tagger
 * per test JVM.
 */
final class EventFixtures {
  static final EventExtractor EXTRACTOR = new EventExtractor();

  private EventFixtures() {}

  /** The hand-written parses of the events tests. */
  static Annotator annotator() {
    return HandParses.of("events");
  }

  static ActorResolver tagger() {
    return Holder.TAGGER;
  }

  static Article article(String body, String published) {
    PartialDate date = published == null ? null : PartialDate.parse(published);
    return new Article(
        ContentId.of('a', body),
        "test:" + body.length(),
        null,
        null,
        date,
        date == null ? null : DateSource.METADATA,
        "en",
        body,
        List.of());
  }

  /**
   * Reads the body's hand-written parse, adds the given time expressions (the time stage's job),
   * tags actors, extracts.
   */
  static List<ExtractedEvent> extract(String body, String published, TimeExpression... times) {
    AnnotatedArticle a = annotator().annotate(article(body, published));
    if (times.length > 0) {
      a = new AnnotatedArticle(a.article(), a.sentences(), a.entities(), a.coref(), List.of(times));
    }
    ArticleActors actors = tagger().tag(a);
    return EXTRACTOR.extract(a, actors);
  }

  private static final class Holder {
    static final ActorResolver TAGGER = new ActorResolver(KnowledgeBase.builtIn());
  }
}
