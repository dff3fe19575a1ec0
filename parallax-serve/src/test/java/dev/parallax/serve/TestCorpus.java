package dev.parallax.serve;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
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
import dev.parallax.model.Speaker;
import dev.parallax.model.Story;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.Until;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.report.ReportData;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small store of hand-written records for the serve tests: two stories over three articles in two
 * outlets, one article carrying script and markup in its title, body and removed block, an entity
 * (Anton Berg) with labels, voices and tone in both outlets and an alias carrying script.
 */
final class TestCorpus {
  private TestCorpus() {}

  static final String A1 = "a000000000000a001";
  static final String A2 = "a000000000000a002";
  static final String A3 = "a000000000000a003";
  static final String S1 = "s000000000000b001";
  static final String S2 = "s000000000000b002";
  static final String E1 = "e000000000000c001";
  static final String E2 = "e000000000000c002";
  static final String Q1 = "q000000000000d001";
  static final String N1 = "n000000000000e001";
  static final String N2 = "n000000000000e002";

  /** An entity id a later run retired in favour of N1 (id_redirects). */
  static final String N1_BEFORE = "n000000000000e0ff";

  /** An event id a later run retired in favour of E1 (id_redirects). */
  static final String E1_BEFORE = "e000000000000c0ff";

  /** An alias of N1 that carries script. */
  static final String HOSTILE_ALIAS = "<script>alert('alias')</script>";

  static final String K1 = "k000000000000f001";

  static final String GAZETTE = "Harbour Gazette";
  static final String TIMES = "Coastal Times";

  static final String HOSTILE = "<script>alert('owned')</script><b onclick=\"x()\">bold</b>";

  static final String BODY1 =
      "Port officials in Valdoria closed the northern harbour on Tuesday.\n\n"
          + "\"We reopen when the ice clears,\" said Anton Berg. A reader wrote "
          + HOSTILE
          + " under the notice & left.";
  static final String BODY2 =
      "Valdoria shut its harbour after Rimland protested. Officials denied any quarrel.";
  static final String BODY3 = "Rimland accused Valdoria of fishing in its waters in November.";

  static Article article(String id, String outlet, String title, String date, String body) {
    return new Article(
        id,
        "in/" + id + ".html",
        outlet,
        title,
        PartialDate.parse(date),
        DateSource.METADATA,
        "en",
        body,
        id.equals(A1)
            ? List.of(new RemovedBlock("Subscribe " + HOSTILE, RemovalReason.PROMOTION))
            : List.of());
  }

  /** Writes the store at {@code file} and returns its location. */
  static StoreLocation write(Path file) {
    Article a1 = article(A1, GAZETTE, "Harbour <i>closed</i> " + HOSTILE, "2025-03-04", BODY1);
    Article a2 = article(A2, TIMES, "Harbour shut", "2025-03-05", BODY2);
    Article a3 = article(A3, TIMES, "Fishing row", "2024-11-02", BODY3);
    int s0 = BODY1.indexOf('\n');
    Event e1 =
        new Event(
            E1,
            S1,
            PartialDate.parse("2025-03-04"),
            new ActorRef(N1, "VLDGOV"),
            new ActorRef(null, "RMLGOV"),
            "192",
            -2.0,
            3,
            "RESTRICT",
            List.of(new EventMention(A1, 0, s0, BODY1.substring(0, s0), "closed")),
            2,
            2);
    int r0 = BODY3.indexOf(" in November");
    Event e2 =
        new Event(
            E2,
            S2,
            PartialDate.parse("2024-11-02"),
            new ActorRef(null, "RMLGOV"),
            new ActorRef(N1, "VLD"),
            "112",
            -2.0,
            3,
            "ACCUSE",
            List.of(new EventMention(A3, 0, r0, BODY3.substring(0, r0), "accused")),
            1,
            1);
    int q0 = BODY1.indexOf("We reopen");
    int q1 = BODY1.indexOf(",\" said");
    Quote quote =
        new Quote(
            Q1,
            A1,
            new Speaker(N1, "Anton Berg"),
            BODY1.substring(q0, q1),
            q0,
            q1,
            QuoteKind.DIRECT,
            "said");
    int v0 = BODY1.indexOf("Valdoria");
    ActorMention valdoria =
        new ActorMention(
            v0,
            v0 + 8,
            "Valdoria",
            0,
            ActorKey.country("VLD"),
            "Valdoria",
            EntityType.COUNTRY,
            "VLDGOV",
            ActorMention.How.METONYM);
    int b0 = BODY1.indexOf("Anton Berg");
    Entity berg =
        new Entity(
            N1,
            "Anton Berg",
            EntityType.PERSON,
            null,
            List.of("Berg", HOSTILE_ALIAS),
            List.of(new Mention(A1, b0, b0 + 10, "Anton Berg")));
    // a person the bundled knowledge base dates in office (actors/kb/offices.tsv), by name
    Entity jahjaga =
        new Entity(N2, "Atifete Jahjaga", EntityType.PERSON, "KSVGOV", List.of(), List.of());
    Story s1 =
        new Story(
            S1,
            "Valdoria closes its harbour",
            List.of(A1, A2),
            List.of(GAZETTE, TIMES),
            PartialDate.parse("2025-03-04"),
            PartialDate.parse("2025-03-05"),
            List.of(E1));
    Story s2 =
        new Story(
            S2,
            "Fishing row",
            List.of(A3),
            List.of(TIMES),
            PartialDate.parse("2024-11-02"),
            PartialDate.parse("2024-11-02"),
            List.of(E2));
    Coverage gazette =
        new Coverage(
            S1,
            GAZETTE,
            List.of(A1),
            List.of(new Coverage.Label(N1, "harbour master <em>", 1, true, List.of(), null, true)),
            List.of(new Coverage.Voice(N1, 1)),
            List.of(E1),
            List.of(),
            List.of(new Coverage.Tone(N1, -0.25)));
    Coverage times =
        new Coverage(
            S1,
            TIMES,
            List.of(A2),
            List.of(new Coverage.Label(N1, "port chief", 2, false, List.of())),
            List.of(new Coverage.Voice(N1, 2, "VLD")),
            List.of(),
            List.of(E1),
            List.of(new Coverage.Tone(N1, 0.5)));
    Coverage timesRow =
        new Coverage(
            S2,
            TIMES,
            List.of(A3),
            List.of(new Coverage.Label(N1, "port chief", 1, false, List.of())),
            List.of(new Coverage.Voice(null, 1)),
            List.of(E2),
            List.of(),
            List.of(new Coverage.Tone(N1, -0.5)));
    int d0 = BODY2.indexOf("Officials denied");
    int c0 = BODY1.indexOf("Port officials");
    Conflict conflict =
        new Conflict(
            K1,
            S1,
            "the harbour",
            List.of(
                new Conflict.Claim(A1, GAZETTE, null, BODY1.substring(c0, s0), c0, s0),
                new Conflict.Claim(A2, TIMES, null, BODY2.substring(d0), d0, BODY2.length())),
            "The outlets disagree on why the harbour closed.");
    List<Outlet> outlets =
        List.of(
            new Outlet(
                "o000000000000f0a1", GAZETTE, List.of(), List.of("gazette.example"), "VL", null, 1),
            new Outlet(
                "o000000000000f0a2", TIMES, List.of(), List.of("times.example"), "RM", null, 2));
    // each article's outlet id, as the corpus stages give it
    Map<String, String> outletIds = new java.util.HashMap<>();
    for (Article a : List.of(a1, a2, a3)) {
      outletIds.put(a.id(), a.outlet().equals(GAZETTE) ? outlets.get(0).id() : outlets.get(1).id());
    }
    StoreLocation location = StoreLocation.parse(file.toString());
    try (RelationalStore store = RelationalStore.open(location)) {
      store.beginRun(
          new Provenance("test", Until.CLEAN, List.of("clean"), "rules", "kb", List.of()));
      for (Article a : List.of(a1, a2, a3)) {
        store.save(
            new ArticleResult(
                a,
                new ArticleActors(a.id(), a == a1 ? List.of(valdoria) : List.of()),
                List.of(),
                a == a1 ? List.of(new ExtractedQuote(quote, null, null, null)) : List.of(),
                List.of(),
                List.of()));
      }
      // an earlier run's records, where N1 and E1 had other ids: the save after retires them
      java.util.function.BiFunction<List<Entity>, List<Event>, ReportData> records =
          (entities, events) ->
              new ReportData(
                  List.of(a1, a2, a3),
                  entities,
                  events,
                  List.of(quote),
                  List.of(s1, s2),
                  List.of(gazette, times, timesRow),
                  List.of(conflict));
      Entity bergBefore =
          new Entity(
              N1_BEFORE, berg.name(), berg.type(), berg.actor(), berg.aliases(), berg.mentions());
      Event e1Before =
          new Event(
              E1_BEFORE,
              e1.story(),
              e1.date(),
              e1.source(),
              e1.target(),
              e1.cameo(),
              e1.goldstein(),
              e1.quadClass(),
              e1.plover(),
              e1.mentions(),
              e1.articles(),
              e1.outlets());
      store.saveRecords(
          records.apply(List.of(bergBefore, jahjaga), List.of(e1Before, e2)),
          outlets,
          outletIds::get);
      store.saveRecords(
          records.apply(List.of(berg, jahjaga), List.of(e1, e2)), outlets, outletIds::get);
    }
    return location;
  }
}
