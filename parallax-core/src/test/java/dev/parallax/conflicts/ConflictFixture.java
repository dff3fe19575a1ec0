package dev.parallax.conflicts;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.List;

/** Hand-built articles, quotes, stories and events for the conflict tests (our own text). */
final class ConflictFixture {
  static final Entity NORWAY =
      new Entity(
          "e-nor",
          "Norwegian Foreign Ministry",
          EntityType.ORGANIZATION,
          "NORGOV",
          List.of(),
          List.of());
  static final Entity CHILE =
      new Entity(
          "e-chl",
          "Chilean Foreign Ministry",
          EntityType.ORGANIZATION,
          "CHLGOV",
          List.of(),
          List.of());
  static final List<Entity> ENTITIES = List.of(NORWAY, CHILE);

  final List<Article> articles = new ArrayList<>();
  final List<Quote> quotes = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final List<Story> stories = new ArrayList<>();

  Article article(String id, String outlet, String body) {
    Article a = new Article(id, id + ".txt", outlet, null, null, null, "en", body, List.of());
    articles.add(a);
    return a;
  }

  Quote quote(Article a, Entity speaker, String name, String content, String cue) {
    int start = a.body().indexOf(content);
    if (start < 0) {
      throw new IllegalArgumentException("not in the body: " + content);
    }
    String entity = speaker == null ? null : speaker.id();
    Quote q =
        new Quote(
            "q" + quotes.size(),
            a.id(),
            new Speaker(entity, name),
            content,
            start,
            start + content.length(),
            QuoteKind.INDIRECT,
            cue);
    quotes.add(q);
    return q;
  }

  Event event(
      String id,
      String story,
      Entity source,
      String cameo,
      int quad,
      Article a,
      String sentence,
      String trigger) {
    int start = a.body().indexOf(sentence);
    EventMention m = new EventMention(a.id(), start, start + sentence.length(), sentence, trigger);
    Event e =
        new Event(
            id,
            story,
            null,
            new ActorRef(source.id(), source.actor()),
            new ActorRef(null, null),
            cameo,
            0,
            quad,
            null,
            List.of(m),
            1,
            1);
    events.add(e);
    return e;
  }

  /**
   * A report of its own: an article (outlet by the speaker's country) holding one statement, whose
   * content must be a part of {@code body}.
   */
  Article report(Entity speaker, String name, String body, String content, String cue) {
    String outlet = speaker == NORWAY ? "North Wire" : "South Daily";
    Article a = article("a" + (articles.size() + 1), outlet, body);
    quote(a, speaker, name, content, cue);
    return a;
  }

  /** One story of all articles so far. */
  void oneStory() {
    story("s1", articles.toArray(new Article[0]));
  }

  void story(String id, Article... members) {
    stories.add(
        new Story(
            id,
            null,
            List.of(members).stream().map(Article::id).toList(),
            List.of(),
            null,
            null,
            List.of()));
  }
}
