package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import dev.parallax.report.ReportData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFilterTest {
  private static final String BODY = "Minsk expelled two diplomats.";
  private static final Outlet WIRE = new Outlet("o1", "Wire", List.of(), List.of(), null, null, 1);
  private static final Outlet POST = new Outlet("o2", "Post", List.of(), List.of(), null, null, 1);

  private static Article article(String id, String outlet, String date) {
    return new Article(
        id,
        id + ".txt",
        outlet,
        null,
        date == null ? null : PartialDate.parse(date),
        date == null ? null : DateSource.METADATA,
        "en",
        BODY,
        List.of());
  }

  private static final Event FUSED =
      new Event(
          "v1",
          "s1",
          PartialDate.parse("2025-03"),
          new ActorRef("e000000000000000b", "BLRGOV"),
          new ActorRef("e000000000000000d", "MDA"),
          "174",
          -5.0,
          4,
          "EXPEL",
          List.of(
              new EventMention("a1", 0, BODY.length(), BODY, "expelled"),
              new EventMention("a2", 0, BODY.length(), BODY, "expelled")),
          2,
          2);

  private static final ReportData ALL =
      new ReportData(
          List.of(article("a1", "Wire", "2025-03-13"), article("a2", "Post", null)),
          List.of(
              new Entity(
                  "e000000000000000b",
                  "Belarus",
                  EntityType.COUNTRY,
                  "BLRGOV",
                  List.of(),
                  List.of()),
              new Entity(
                  "e000000000000000d", "Moldova", EntityType.COUNTRY, "MDA", List.of(), List.of())),
          List.of(FUSED),
          List.of(),
          List.of(
              new Story(
                  "s1",
                  "Expulsions",
                  List.of("a1", "a2"),
                  List.of("Wire", "Post"),
                  null,
                  null,
                  List.of("v1"))),
          List.of(),
          List.of());

  private static final Map<String, Outlet> OUTLET_OF = Map.of("a1", WIRE, "a2", POST);

  @Test
  void anOutletKeepsAFusedEventsCountsAndOnlyItsOwnMentions() {
    ReportData kept =
        new ExportFilter(null, null, "o2", null, null).select(ALL, OUTLET_OF).records();
    assertThat(kept.events()).hasSize(1);
    Event e = kept.events().get(0);
    assertThat(e.mentions()).extracting(EventMention::article).containsExactly("a2");
    assertThat(e.articles()).isEqualTo(2);
    assertThat(e.outlets()).isEqualTo(2);
    assertThat(kept.articles()).extracting(Article::id).containsExactly("a2");
  }

  @Test
  void datesMeetPartialDatesAndDropUnknownOnes() {
    ExportFilter march =
        new ExportFilter(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 31), null, null, null);
    ReportData kept = march.select(ALL, OUTLET_OF).records();
    assertThat(kept.events()).as("an event dated 2025-03 meets the range").hasSize(1);
    assertThat(kept.articles()).as("a1 is of 03-13, a2 undated").isEmpty();
    ExportFilter april = new ExportFilter(LocalDate.of(2025, 4, 1), null, null, null, null);
    assertThat(april.select(ALL, OUTLET_OF).records().events()).isEmpty();
  }

  @Test
  void anActorIsACodePrefixOrAnEntityId() {
    assertThat(
            new ExportFilter(null, null, null, "BLR", null)
                .select(ALL, OUTLET_OF)
                .records()
                .events())
        .hasSize(1);
    assertThat(
            new ExportFilter(null, null, null, "BLRGOV", null)
                .select(ALL, OUTLET_OF)
                .records()
                .events())
        .hasSize(1);
    assertThat(
            new ExportFilter(null, null, null, "BLRMIL", null)
                .select(ALL, OUTLET_OF)
                .records()
                .events())
        .isEmpty();
    assertThat(
            new ExportFilter(null, null, null, "e000000000000000d", null)
                .select(ALL, OUTLET_OF)
                .records()
                .events())
        .hasSize(1);
    ReportData byRus =
        new ExportFilter(null, null, null, "RUS", null).select(ALL, OUTLET_OF).records();
    assertThat(byRus.events()).isEmpty();
    assertThat(byRus.entities()).isEmpty();
    assertThat(byRus.stories()).isEmpty();
    assertThat(
            new ExportFilter(null, null, null, null, "s9")
                .select(ALL, OUTLET_OF)
                .records()
                .events())
        .isEmpty();
    assertThat(ExportFilter.ALL.select(ALL, OUTLET_OF).records()).isEqualTo(ALL);
  }
}
