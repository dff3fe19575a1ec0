package dev.parallax.report;

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
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import java.util.List;

/**
 * A small hand-built run about an invented happening: two stories, three articles of two outlets
 * and one without an outlet in the first, a dated and an undated event, two quotes, one coverage
 * row and one contradiction. The second outlet's body starts with a character outside the BMP, so
 * UTF-16 offsets differ from code point offsets.
 */
final class ReportFixture {
  static final Article WIRE =
      article(
          "a-wire",
          "North Wire",
          "Freedonia shuts Sylvanian consulate",
          "2030-03-04",
          "PORT ELLIS - Freedonia shut the Sylvanian consulate in Port Ellis on Saturday, officials"
              + " said.\n\nForeign Minister Ana Pell said the consulate had \"ignored every"
              + " warning\".\n\nSylvania has not yet answered.");
  static final Article SYLVANIA =
      article(
          "a-syl",
          "Sylvania Today",
          "Sylvania condemns closure",
          "2030-03-05",
          "\uD83D\uDE42 Readers ask why. Sylvania condemned the closure of its consulate by the"
              + " so-called government of Freedonia.\n\nThe consulate acted lawfully at all times,"
              + " spokesman Ivo Marr said.");
  static final Article ANONYMOUS =
      article(
          "a-anon", null, null, null, "A short note: Freedonia shut the consulate.\n\nNo more.");
  static final Article HARBOUR =
      article(
          "a-harbour",
          "North Wire",
          "Harbour strike ends",
          "2029-11-02",
          "Dock workers in Port Ellis ended their strike on Friday after talks.");

  static final String SHUT_SENTENCE =
      "Freedonia shut the Sylvanian consulate in Port Ellis on Saturday, officials said.";
  static final String CONDEMN_SENTENCE =
      "Sylvania condemned the closure of its consulate by the so-called government of Freedonia.";

  static final Event SHUT =
      new Event(
          "ev-shut",
          "s-consulate",
          PartialDate.parse("2030-03-02"),
          new ActorRef("e-frd", "FRD"),
          new ActorRef("e-syl", "SYL"),
          "161",
          -4.0,
          4,
          "SANCTION",
          List.of(
              mention(WIRE, SHUT_SENTENCE, "shut"),
              mention(ANONYMOUS, "Freedonia shut the consulate.", "shut")),
          2,
          1);
  static final Event CONDEMN =
      new Event(
          "ev-condemn",
          "s-consulate",
          null,
          new ActorRef("e-syl", "SYL"),
          new ActorRef(null, "FRDGOV"),
          "112",
          -2.0,
          3,
          "ACCUSE",
          List.of(mention(SYLVANIA, CONDEMN_SENTENCE, "condemned")),
          1,
          1);
  static final Event STRIKE_ENDS =
      new Event(
          "ev-strike",
          "s-harbour",
          PartialDate.parse("2029-10-31"),
          new ActorRef(null, "FRDLAB"),
          new ActorRef(null, null),
          "190",
          -10.0,
          4,
          "ASSAULT",
          List.of(
              mention(
                  HARBOUR,
                  "Dock workers in Port Ellis ended their strike on Friday after talks.",
                  "strike")),
          1,
          1);

  static final Quote PELL = quote("q-pell", WIRE, "e-pell", "Ana Pell", "ignored every warning");
  static final Quote MARR =
      quote("q-marr", SYLVANIA, "e-marr", "Ivo Marr", "The consulate acted lawfully at all times");

  private ReportFixture() {}

  /** The run, with or without its coverage row and contradiction. */
  static ReportData run(boolean compared) {
    List<Entity> entities =
        List.of(
            entity("e-frd", "Freedonia", EntityType.COUNTRY),
            entity("e-syl", "Sylvania", EntityType.COUNTRY),
            entity("e-pell", "Ana Pell", EntityType.PERSON),
            entity("e-marr", "Ivo Marr", EntityType.PERSON));
    List<Story> stories =
        List.of(
            new Story(
                "s-consulate",
                "Freedonia shuts Sylvanian consulate",
                List.of(WIRE.id(), SYLVANIA.id(), ANONYMOUS.id()),
                List.of("North Wire", "Sylvania Today"),
                SHUT.date(),
                SHUT.date(),
                List.of(SHUT.id(), CONDEMN.id())),
            new Story(
                "s-harbour",
                "Harbour strike ends",
                List.of(HARBOUR.id()),
                List.of("North Wire"),
                STRIKE_ENDS.date(),
                STRIKE_ENDS.date(),
                List.of(STRIKE_ENDS.id())));
    return new ReportData(
        List.of(WIRE, SYLVANIA, ANONYMOUS, HARBOUR),
        entities,
        List.of(SHUT, CONDEMN, STRIKE_ENDS),
        List.of(PELL, MARR),
        stories,
        compared ? List.of(coverage()) : List.of(),
        compared ? List.of(conflict()) : List.of());
  }

  /** Markup that would run if it reached the page unescaped: it marks the body as attacked. */
  static final String ATTACK =
      "</script><script>document.body.dataset.pwned='1'</script>"
          + "<img id=\"pwned\" src=\"x\" onerror=\"document.body.dataset.pwned='1'\">";

  /**
   * A run whose every text field carries {@link #ATTACK}: outlet, title, body, entity name, actor
   * code, quote, speaker, label, story title, conflict summary.
   */
  static ReportData hostile() {
    String body = "Attack " + ATTACK + " said \"" + ATTACK + "\" here. &amp; \u2028 end.";
    Article article = article("a-" + ATTACK, "\"'>" + ATTACK, ATTACK, "2030-01-01", body);
    Mention span = at(article, ATTACK);
    Event event =
        new Event(
            "ev-" + ATTACK,
            "s-" + ATTACK,
            null,
            new ActorRef("e-" + ATTACK, ATTACK),
            new ActorRef(null, ATTACK),
            ATTACK,
            0,
            1,
            null,
            List.of(new EventMention(article.id(), span.start(), span.end(), ATTACK, ATTACK)),
            1,
            1);
    Quote quote =
        new Quote(
            "q-" + ATTACK,
            article.id(),
            new Speaker("e-" + ATTACK, ATTACK),
            ATTACK,
            span.start(),
            span.end(),
            QuoteKind.DIRECT,
            ATTACK);
    Story story =
        new Story(
            "s-" + ATTACK,
            ATTACK,
            List.of(article.id()),
            List.of(article.outlet()),
            null,
            null,
            List.of(event.id()));
    Coverage coverage =
        new Coverage(
            story.id(),
            article.outlet(),
            List.of(article.id()),
            List.of(new Coverage.Label("e-" + ATTACK, ATTACK, 1, true, List.of(span))),
            List.of(new Coverage.Voice("e-" + ATTACK, 1)),
            List.of(event.id()),
            List.of(),
            List.of());
    Conflict.Claim claim =
        new Conflict.Claim(
            article.id(), article.outlet(), ATTACK, ATTACK, span.start(), span.end());
    return new ReportData(
        List.of(article),
        List.of(entity("e-" + ATTACK, ATTACK, EntityType.OTHER)),
        List.of(event),
        List.of(quote),
        List.of(story),
        List.of(coverage),
        List.of(new Conflict("c-" + ATTACK, story.id(), ATTACK, List.of(claim, claim), ATTACK)));
  }

  /** Both runs' records in one report. */
  static ReportData plus(ReportData a, ReportData b) {
    return new ReportData(
        concat(a.articles(), b.articles()),
        concat(a.entities(), b.entities()),
        concat(a.events(), b.events()),
        concat(a.quotes(), b.quotes()),
        concat(a.stories(), b.stories()),
        concat(a.coverage(), b.coverage()),
        concat(a.conflicts(), b.conflicts()));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static Coverage coverage() {
    Mention label = at(SYLVANIA, "so-called government");
    return new Coverage(
        "s-consulate",
        "Sylvania Today",
        List.of(SYLVANIA.id()),
        List.of(new Coverage.Label("e-frd", "so-called government", 1, true, List.of(label))),
        List.of(new Coverage.Voice("e-marr", 1)),
        List.of(CONDEMN.id()),
        List.of(SHUT.id()),
        List.of(new Coverage.Tone("e-frd", -0.5)));
  }

  static Conflict conflict() {
    return new Conflict(
        "c-rules",
        "s-consulate",
        "e-syl",
        List.of(claim(WIRE, "Ana Pell", PELL.text()), claim(SYLVANIA, "Ivo Marr", MARR.text())),
        "Whether the consulate kept to the rules");
  }

  static Article article(String id, String outlet, String title, String date, String body) {
    PartialDate published = date == null ? null : PartialDate.parse(date);
    DateSource from = date == null ? null : DateSource.METADATA;
    return new Article(id, id + ".txt", outlet, title, published, from, "en", body, List.of());
  }

  static Mention at(Article article, String text) {
    int start = article.body().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("not in " + article.id() + ": " + text);
    }
    return new Mention(article.id(), start, start + text.length(), text);
  }

  static EventMention mention(Article article, String sentence, String trigger) {
    Mention m = at(article, sentence);
    return new EventMention(article.id(), m.start(), m.end(), sentence, trigger);
  }

  static Quote quote(String id, Article article, String entity, String name, String text) {
    Mention m = at(article, text);
    return new Quote(
        id,
        article.id(),
        new Speaker(entity, name),
        text,
        m.start(),
        m.end(),
        QuoteKind.DIRECT,
        "said");
  }

  static Conflict.Claim claim(Article article, String speaker, String text) {
    Mention m = at(article, text);
    return new Conflict.Claim(article.id(), article.outlet(), speaker, text, m.start(), m.end());
  }

  static Entity entity(String id, String name, EntityType type) {
    return new Entity(id, name, type, null, List.of(name), List.of());
  }
}
