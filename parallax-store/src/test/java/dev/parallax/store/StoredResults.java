package dev.parallax.store;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.Span;
import dev.parallax.model.Speaker;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.Claim;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import java.util.List;

/** Hand-built per-article results for the store tests: every field set, odd characters in text. */
final class StoredResults {
  private StoredResults() {}

  static final String BODY =
      "Ruritania’s harbour master “closed” the port on Monday.\n\n"
          + "\"It stays shut until the storm passes,\" Mira Kovač said. Zürich ships waited. 🚢";

  private static final ActorKey MIRA = new ActorKey.Name(EntityType.PERSON, "mira kovac");

  static ArticleResult full(String id) {
    Article article =
        new Article(
            id,
            "in/" + id + ".html",
            "Harbour Gazette",
            "Port closed",
            PartialDate.parse("2025-02-03"),
            DateSource.INFERRED,
            "en",
            BODY,
            List.of(new RemovedBlock("Subscribe now", RemovalReason.PROMOTION)));
    ActorMention master =
        mention(0, 9, 0, ActorKey.country("RUR"), "Ruritania", EntityType.COUNTRY);
    int kovac = BODY.indexOf("Mira Kovač");
    ActorMention mira = mention(kovac, kovac + 10, 1, MIRA, "Mira Kovač", EntityType.PERSON);
    ArticleActors actors = new ArticleActors(id, List.of(mira, master));
    int s0 = BODY.indexOf("\n");
    Event event =
        new Event(
            "e" + id,
            null,
            PartialDate.parse("2025-02-03"),
            new ActorRef(null, "RURGOV"),
            new ActorRef(null, null),
            "1246",
            -5.0,
            4,
            "RESTRICT",
            List.of(new EventMention(id, 0, s0, BODY.substring(0, s0), "closed")),
            1,
            1);
    int q0 = BODY.indexOf("It stays");
    int q1 = BODY.indexOf(",\"");
    Quote quote =
        new Quote(
            "q" + id,
            id,
            new Speaker(null, "Mira Kovač"),
            BODY.substring(q0, q1),
            q0,
            q1,
            QuoteKind.DIRECT,
            "said");
    Claim claim = new Claim(MIRA, "Mira Kovač", "It", "stay", "shut", false);
    return new ArticleResult(
        article,
        actors,
        List.of(new ExtractedEvent(event, master, null)),
        List.of(
            new ExtractedQuote(quote, new Span(kovac, kovac + 10), mira, claim),
            new ExtractedQuote(quote, null, null, null)),
        QuoteExtractor.scareQuotes(BODY),
        List.of());
  }

  private static ActorMention mention(
      int start, int end, int sentence, ActorKey key, String name, EntityType type) {
    return new ActorMention(
        start,
        end,
        BODY.substring(start, end),
        sentence,
        key,
        name,
        type,
        type == EntityType.COUNTRY ? "RUR" : null,
        type == EntityType.COUNTRY ? ActorMention.How.METONYM : ActorMention.How.NAME);
  }
}
