package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.PartialDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedEventDatesTest {
  private static final ActorRef NORTH = new ActorRef("e-north", "NRTGOV");
  private static final ActorRef SOUTH = new ActorRef("e-south", "STHGOV");

  private static Event event(String id, String article, String date, String cameo) {
    String text = "The north sent the envoys home.";
    return new Event(
        id,
        "s1",
        date == null ? null : PartialDate.parse(date),
        NORTH,
        SOUTH,
        cameo,
        -5,
        4,
        null,
        List.of(new EventMention(article, 0, text.length(), text, "sent")),
        1,
        1);
  }

  private static SharedEventDates.Result resolve(
      Set<String> undated, List<Event> events, Map<String, MonthDay> yearless) {
    return resolve(undated, events, yearless, Map.of());
  }

  private static SharedEventDates.Result resolve(
      Set<String> undated,
      List<Event> events,
      Map<String, MonthDay> yearless,
      Map<String, String> published) {
    EventFuser fuser = new EventFuser(a -> null);
    return SharedEventDates.resolve(
        undated,
        events,
        fuser.clusters(events, yearless),
        yearless,
        a -> published.containsKey(a) ? PartialDate.parse(published.get(a)) : null);
  }

  private static PartialDate dateOf(SharedEventDates.Result r, String id) {
    return r.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().date();
  }

  @Test
  void anUndatedReportTakesTheDateOfTheEventItSharesWithADatedOne() {
    List<Event> events =
        List.of(
            event("v1", "a1", "2021-10-22", "174"),
            event("v2", "a2", null, "174"),
            event("v3", "a2", null, "111"));
    Map<String, MonthDay> yearless = Map.of("v2", MonthDay.of(10, 22), "v3", MonthDay.of(10, 24));

    SharedEventDates.Result r = resolve(Set.of("a2"), events, yearless);

    assertThat(dateOf(r, "v2")).hasToString("2021-10-22");
    assertThat(dateOf(r, "v3"))
        .as("its other yearless day, in the shared year")
        .hasToString("2021-10-24");
    assertThat(r.yearless()).isEmpty();
    assertThat(r.published())
        .as("published on or after the shared day, to the day, through the event v2")
        .containsOnly(
            Map.entry("a2", new InferredPublication(PartialDate.parse("2021-10-22"), "v2")));
    assertThat(r.events()).extracting(Event::id).containsExactly("v1", "v2", "v3");
  }

  @Test
  void ofSeveralSharedEventsTheLatestDayDatesThePublication() {
    List<Event> events =
        List.of(
            event("v1", "a1", "2021-10-25", "111"),
            event("v2", "a1", "2021-10-22", "174"),
            event("v3", "a2", null, "174"),
            event("v4", "a2", null, "111"));
    Map<String, MonthDay> yearless = Map.of("v3", MonthDay.of(10, 22), "v4", MonthDay.of(10, 25));

    SharedEventDates.Result r = resolve(Set.of("a2"), events, yearless);

    assertThat(dateOf(r, "v3")).hasToString("2021-10-22");
    assertThat(dateOf(r, "v4")).hasToString("2021-10-25");
    assertThat(r.published())
        .containsOnly(
            Map.entry("a2", new InferredPublication(PartialDate.parse("2021-10-25"), "v4")));
  }

  @Test
  void aSharedDateThatMayBeTheDatedReportsOwnPublicationGivesOnlyTheYear() {
    // v1 is dated as its report (a1) is published: perhaps only the extractor's fallback, so the
    // event happened on or before that day, which bounds a2's publication by nothing finer
    List<Event> events =
        List.of(event("v1", "a1", "2021-10-23", "111"), event("v2", "a2", null, "111"));

    SharedEventDates.Result r = resolve(Set.of("a2"), events, Map.of(), Map.of("a1", "2021-10-23"));

    assertThat(dateOf(r, "v2")).hasToString("2021-10-23");
    assertThat(r.published())
        .containsOnly(Map.entry("a2", new InferredPublication(PartialDate.ofYear(2021), "v2")));
  }

  @Test
  void aStatedDayBeatsALaterDateThatMayBeOnlyAPublicationDate() {
    List<Event> events =
        List.of(
            event("v1", "a1", "2021-10-22", "174"),
            event("v2", "a1", "2021-10-23", "111"),
            event("v3", "a2", null, "174"),
            event("v4", "a2", null, "111"));

    SharedEventDates.Result r = resolve(Set.of("a2"), events, Map.of(), Map.of("a1", "2021-10-23"));

    assertThat(r.published())
        .containsOnly(
            Map.entry("a2", new InferredPublication(PartialDate.parse("2021-10-22"), "v3")));
  }

  @Test
  void aDayAnotherUndatedReportStatesInTheDatedReportsYearDatesAThird() {
    // a1 dates the event only as it is published; a2 names the day without a year; a3 names none
    List<Event> events =
        List.of(
            event("v1", "a1", "2021-10-23", "174"),
            event("v2", "a2", null, "174"),
            event("v3", "a3", null, "174"));

    SharedEventDates.Result r =
        resolve(
            Set.of("a2", "a3"),
            events,
            Map.of("v2", MonthDay.of(10, 22)),
            Map.of("a1", "2021-10-23"));

    assertThat(r.published())
        .containsOnly(
            Map.entry("a2", new InferredPublication(PartialDate.parse("2021-10-22"), "v2")),
            Map.entry("a3", new InferredPublication(PartialDate.parse("2021-10-22"), "v3")));
  }

  @Test
  void anUndatedMentionWithoutADayAlsoTakesTheSharedDate() {
    List<Event> events =
        List.of(event("v1", "a1", "2021-10-23", "174"), event("v2", "a2", null, "17"));
    SharedEventDates.Result r = resolve(Set.of("a2"), events, Map.of());
    assertThat(dateOf(r, "v2")).hasToString("2021-10-23");
    assertThat(r.published().get("a2"))
        .isEqualTo(new InferredPublication(PartialDate.parse("2021-10-23"), "v2"));
  }

  @Test
  void nothingIsDatedFromTheStoryAloneWithoutASharedEvent() {
    List<Event> events =
        List.of(event("v1", "a1", "2021-10-22", "174"), event("v2", "a2", null, "111"));
    Map<String, MonthDay> yearless = Map.of("v2", MonthDay.of(10, 22));

    SharedEventDates.Result r = resolve(Set.of("a2"), events, yearless);

    assertThat(dateOf(r, "v2")).isNull();
    assertThat(r.yearless()).containsKey("v2");
    assertThat(r.published()).isEmpty();
  }

  @Test
  void twoUndatedReportsDoNotDateEachOther() {
    List<Event> events = List.of(event("v1", "a1", null, "174"), event("v2", "a2", null, "174"));
    Map<String, MonthDay> yearless = Map.of("v1", MonthDay.of(10, 22), "v2", MonthDay.of(10, 22));
    SharedEventDates.Result r = resolve(Set.of("a1", "a2"), events, yearless);
    assertThat(r.published()).isEmpty();
    assertThat(dateOf(r, "v1")).isNull();
  }
}
