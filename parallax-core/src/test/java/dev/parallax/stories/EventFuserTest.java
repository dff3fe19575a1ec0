package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFuserTest {
  private static final ActorRef NORTH = new ActorRef("e-north", "NRTGOV");
  private static final ActorRef SOUTH = new ActorRef("e-south", "STHGOV");
  private static final Map<String, String> OUTLETS = Map.of("a1", "Daily", "a2", "Weekly");

  private static Event event(String id, String article, String date, String cameo) {
    return event(id, article, date, cameo, NORTH, SOUTH);
  }

  private static Event event(
      String id, String article, String date, String cameo, ActorRef source, ActorRef target) {
    String text = "The north sent the envoys home.";
    return new Event(
        id,
        "s1",
        date == null ? null : PartialDate.parse(date),
        source,
        target,
        cameo,
        -5,
        4,
        null,
        List.of(new EventMention(article, 0, text.length(), text, "sent")),
        1,
        1);
  }

  private static List<Event> fuse(Event... events) {
    return new EventFuser(OUTLETS::get).fuse(List.of(events));
  }

  @Test
  void threeArticlesReportingOneExpulsionFuseIntoOne() {
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-11", "174"),
            event("v3", "a3", "2025-03", "17"));

    assertThat(fused).hasSize(1);
    Event e = fused.get(0);
    assertThat(e.id()).as("the first report's id").isEqualTo("v1");
    assertThat(e.articles()).isEqualTo(3);
    assertThat(e.outlets()).as("a3 has no outlet and counts as its own").isEqualTo(3);
    assertThat(e.mentions()).hasSize(3);
    assertThat(e.date()).hasToString("2025-03-11");
    assertThat(e.cameo()).isEqualTo("174");
  }

  @Test
  void sameOutletCountsOnce() {
    Map<String, String> outlets = Map.of("a1", "Daily", "a2", "Daily");
    List<Event> fused =
        new EventFuser(outlets::get)
            .fuse(
                List.of(
                    event("v1", "a1", "2025-03-11", "174"),
                    event("v2", "a2", "2025-03-11", "174")));
    assertThat(fused).singleElement().satisfies(e -> assertThat(e.outlets()).isEqualTo(1));
  }

  @Test
  void aCopyCountsWithItsOriginalOnce() {
    // a2 (Weekly) carries a1's (Daily's) wire text: one report of one outlet, beside a3's own
    Map<String, String> copyOf = Map.of("a2", "a1");
    List<Event> fused =
        new EventFuser(OUTLETS::get, a -> null, a -> copyOf.getOrDefault(a, a))
            .fuse(
                List.of(
                    event("v1", "a1", "2025-03-11", "174"),
                    event("v2", "a2", "2025-03-11", "174"),
                    event("v3", "a3", "2025-03-11", "174")));

    assertThat(fused)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.mentions()).as("every carriage keeps its mention").hasSize(3);
              assertThat(e.articles()).isEqualTo(2);
              assertThat(e.outlets()).isEqualTo(2);
            });
  }

  @Test
  void sameActorsAndCodeOnDifferentDaysStayApart() {
    List<Event> fused =
        fuse(event("v1", "a1", "2019-10-22", "174"), event("v2", "a2", "2021-10-22", "174"));
    assertThat(fused).extracting(Event::id).containsExactly("v1", "v2");
  }

  @Test
  void aMonthDoesNotChainTwoDays() {
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03", "174"),
            event("v3", "a3", "2025-03-14", "174"));
    assertThat(fused).hasSize(2);
  }

  @Test
  void undatedReportJoinsTheDatedOne() {
    List<Event> fused =
        fuse(event("v1", "a1", null, "174"), event("v2", "a2", "2025-03-11", "174"));
    assertThat(fused)
        .singleElement()
        .satisfies(e -> assertThat(e.date()).hasToString("2025-03-11"));
  }

  @Test
  void differentRootsStayApart() {
    List<Event> fused =
        fuse(event("v1", "a1", "2025-03-11", "174"), event("v2", "a2", "2025-03-11", "111"));
    assertThat(fused).hasSize(2);
  }

  @Test
  void siblingCodesOfOneRootStayApartButARefinementOrTheUnspecifiedCodeJoins() {
    assertThat(fuse(event("v1", "a1", null, "173"), event("v2", "a1", null, "174"))).hasSize(2);
    assertThat(fuse(event("v1", "a1", null, "170"), event("v2", "a2", null, "174"))).hasSize(1);
    assertThat(fuse(event("v1", "a1", null, "104"), event("v2", "a2", null, "1041"))).hasSize(1);
  }

  @Test
  void differentTargetsStayApart() {
    ActorRef east = new ActorRef("e-east", "EST");
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-11", "174", NORTH, east));
    assertThat(fused).hasSize(2);
  }

  @Test
  void unlinkedActorMatchesByCountryPrefix() {
    ActorRef bare = new ActorRef(null, "NRT");
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-11", "174", bare, SOUTH));
    assertThat(fused).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo(NORTH));
  }

  @Test
  void oneArticleReportingAnEventTwiceGivesOneEvent() {
    List<Event> fused =
        fuse(event("v1", "a1", "2025-03-11", "174"), event("v2", "a1", null, "174"));
    assertThat(fused).singleElement().satisfies(e -> assertThat(e.articles()).isEqualTo(1));
  }

  @Test
  void reportsADayApartFuseAndTakeTheEarlierDayOnATie() {
    List<Event> fused =
        fuse(event("v1", "a1", "2025-03-11", "174"), event("v2", "a2", "2025-03-12", "174"));
    assertThat(fused)
        .singleElement()
        .satisfies(e -> assertThat(e.date()).hasToString("2025-03-11"));
  }

  @Test
  void aTargetOneReportLeavesOutFitsTheOthers() {
    ActorRef none = new ActorRef(null, null);
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-11", "174", NORTH, none));
    assertThat(fused)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.articles()).isEqualTo(2);
              assertThat(e.target()).isEqualTo(SOUTH);
            });
  }

  @Test
  void anEmptyTargetDoesNotJoinTwoDifferentTargets() {
    ActorRef none = new ActorRef(null, null);
    ActorRef east = new ActorRef("e-east", "EST");
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-11", "174", NORTH, east),
            event("v3", "a3", "2025-03-11", "174", NORTH, none));
    assertThat(fused).hasSize(2);
  }

  @Test
  void twoEntitiesOfOneCountryAreOneActor() {
    ActorRef president = new ActorRef("e-president", "NRTGOV");
    List<Event> fused =
        fuse(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", null, "174", president, SOUTH));
    assertThat(fused).singleElement().satisfies(e -> assertThat(e.articles()).isEqualTo(2));
  }

  @Test
  void aYearlessDayJoinsTheMatchingDatedReportOnly() {
    List<Event> events =
        List.of(
            event("v1", "a1", "2025-03-11", "174"),
            event("v2", "a2", "2025-03-20", "174"),
            event("v3", "a3", null, "174"));
    List<Event> fused = new EventFuser(OUTLETS::get).fuse(events, Map.of("v3", MonthDay.of(3, 20)));
    assertThat(fused).hasSize(2);
    assertThat(fused)
        .filteredOn(e -> e.articles() == 2)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).hasToString("2025-03-20");
              assertThat(e.mentions()).extracting(m -> m.article()).contains("a3");
            });
  }

  @Test
  void daysFurtherApartStayApart() {
    List<Event> fused =
        fuse(event("v1", "a1", "2025-03-11", "174"), event("v2", "a2", "2025-03-13", "174"));
    assertThat(fused).hasSize(2);
  }

  /** Three reports of one expulsion: a9 on the 11th, a1 on the 12th, a0 on the 10th. */
  private static final Map<String, PartialDate> PUBLISHED =
      Map.of(
          "a9", PartialDate.parse("2025-03-11"),
          "a1", PartialDate.parse("2025-03-12"),
          "a0", PartialDate.parse("2025-03-10"));

  private static final Event FIRST = event("v9", "a9", "2025-03-11", "174");
  private static final Event LATER = event("v1", "a1", "2025-03-11", "174");
  private static final Event EARLIER = event("v0", "a0", "2025-03-11", "174");

  /**
   * A fused event's id is its first report's (by publication, then article id): a report published
   * later joins without changing it; without stored ids to keep, one published earlier takes the id
   * over.
   */
  @Test
  void aLaterReportJoinsWithoutChangingTheId() {
    EventFuser fuser = new EventFuser(OUTLETS::get, PUBLISHED::get);

    assertThat(fuser.fuse(List.of(FIRST))).singleElement().extracting(Event::id).isEqualTo("v9");
    assertThat(fuser.fuse(List.of(LATER, FIRST)))
        .singleElement()
        .extracting(Event::id)
        .isEqualTo("v9");
    assertThat(fuser.fuse(List.of(FIRST, LATER, EARLIER)))
        .singleElement()
        .extracting(Event::id)
        .isEqualTo("v0");
  }

  /**
   * Growing a stored corpus, a report published earlier than the stored event's first one joins it
   * without taking its id; where two stored ids meet in one event, the one whose first report came
   * first stays.
   */
  @Test
  void aStoredEventKeepsItsIdWhenAnEarlierReportJoins() {
    EventFuser fuser = new EventFuser(OUTLETS::get, PUBLISHED::get);

    assertThat(fuser.growing(Set.of("v9"), Set.of("a0")).fuse(List.of(FIRST, EARLIER)))
        .singleElement()
        .extracting(Event::id)
        .isEqualTo("v9");
    assertThat(fuser.growing(Set.of("v1", "v9"), Set.of("a0")).fuse(List.of(LATER, FIRST, EARLIER)))
        .singleElement()
        .extracting(Event::id)
        .isEqualTo("v9");
    // an id no member carries changes nothing
    assertThat(fuser.growing(Set.of("v7"), Set.of("a0")).fuse(List.of(FIRST, EARLIER)))
        .singleElement()
        .extracting(Event::id)
        .isEqualTo("v0");
  }

  /**
   * Growing a stored corpus, the stored articles' events form the stored events again before the
   * added ones join: here a report that names no target joined the stored event against one country
   * and stays in it, though the added reports' ids sort first and, in one run over all, would seed
   * the event against the other country first.
   */
  @Test
  void theStoredReportsFormTheStoredEventsBeforeTheAddedOnesJoin() {
    ActorRef body = new ActorRef(null, "IGOWST");
    ActorRef north = new ActorRef(null, "NRTGOV");
    ActorRef south = new ActorRef(null, "STHGOV");
    ActorRef none = new ActorRef(null, null);
    Event storedSouth = event("v2", "a1", "2025-03-11", "020", body, south);
    Event storedNorth = event("v5", "a1", "2025-03-11", "020", body, north);
    Event storedUntargeted = event("v7", "a1", "2025-03-11", "020", body, none);
    Event addedNorth = event("v0", "a2", "2025-03-11", "020", body, north);
    Event addedSouth = event("v1", "a2", "2025-03-11", "020", body, south);
    List<Event> all = List.of(storedSouth, storedNorth, storedUntargeted, addedNorth, addedSouth);
    EventFuser fuser = new EventFuser(OUTLETS::get);
    assertThat(ids(fuser.clusters(List.of(storedSouth, storedNorth, storedUntargeted), Map.of())))
        .containsExactlyInAnyOrder(Set.of("v2", "v7"), Set.of("v5"));
    EventFuser growing = fuser.growing(Set.of("v2", "v5"), Set.of("a2"));
    assertThat(ids(growing.clusters(all, Map.of())))
        .containsExactlyInAnyOrder(Set.of("v2", "v7", "v1"), Set.of("v5", "v0"));
    assertThat(growing.fuse(all)).extracting(Event::id).containsExactlyInAnyOrder("v2", "v5");
    // one run over all: the added northern report seeds first and the untargeted one joins it
    assertThat(ids(fuser.clusters(all, Map.of())))
        .containsExactlyInAnyOrder(Set.of("v2", "v1"), Set.of("v5", "v7", "v0"));
  }

  @Test
  void fusingRedatedEventsAgainstTheirEarlierClusteringEqualsFusingThemAfresh() {
    Event first = event("v1", "a1", "2025-03-11", "174");
    Event undated = event("v2", "a2", null, "174");
    Event later = event("v3", "a3", "2025-03-14", "174");
    Event meeting = event("w1", "a1", "2025-03-11", "043");
    Event sameMeeting = event("w2", "a2", "2025-03-11", "043");
    List<Event> events = List.of(first, undated, later, meeting, sameMeeting);
    EventFuser fuser = new EventFuser(OUTLETS::get);
    EventFuser.Clustering clustering = fuser.clustering(events, Map.of());
    assertThat(ids(clustering.clusters()))
        .containsExactly(Set.of("v1", "v2"), Set.of("v3"), Set.of("w1", "w2"));
    // dated since: the undated report now belongs with the later day, in its group only
    List<Event> dated =
        List.of(
            first, undated.withDate(PartialDate.parse("2025-03-14")), later, meeting, sameMeeting);
    List<Event> fused = fuser.fuse(dated, Map.of(), clustering);
    assertThat(fused).isEqualTo(fuser.fuse(dated, Map.of()));
    assertThat(fused)
        .extracting(e -> e.mentions().stream().map(EventMention::article).toList())
        .containsExactly(List.of("a1"), List.of("a2", "a3"), List.of("a1", "a2"));
    // other events than those clustered: all clustered afresh
    List<Event> reordered = List.of(sameMeeting, later, first, meeting);
    assertThat(fuser.fuse(reordered, Map.of(), clustering))
        .isEqualTo(fuser.fuse(reordered, Map.of()));
  }

  private static List<Set<String>> ids(List<List<Event>> clusters) {
    return clusters.stream()
        .map(c -> c.stream().map(Event::id).collect(java.util.stream.Collectors.toSet()))
        .toList();
  }

  @Test
  void theSameReportsFuseInEveryInputOrderAndClustersFollowTheirFirstReport() {
    List<Event> events =
        List.of(
            event("v1", "a1", null, "174"),
            event("v2", "a2", "2025-03-11", "174"),
            event("v3", "a3", "2025-03-14", "174"),
            event("v4", "a4", "2025-03", "174"),
            event("v5", "a5", "2025-03-11", "043"));
    EventFuser fuser = new EventFuser(OUTLETS::get);
    for (List<Event> order : permutations(events)) {
      List<List<Event>> clusters = fuser.clusters(order, Map.of());
      // a precise date seeds a cluster; the month and the undated report join the first day
      assertThat(clusters)
          .map(c -> c.stream().map(Event::id).collect(java.util.stream.Collectors.toSet()))
          .containsExactlyInAnyOrder(Set.of("v1", "v2", "v4"), Set.of("v3"), Set.of("v5"));
      assertThat(clusters)
          .map(c -> c.stream().mapToInt(order::indexOf).min().orElseThrow())
          .isSorted();
      assertThat(clusters.get(0).get(0).date()).isNotNull();
    }
  }

  private static List<List<Event>> permutations(List<Event> events) {
    if (events.size() <= 1) {
      return List.of(events);
    }
    List<List<Event>> out = new java.util.ArrayList<>();
    for (Event first : events) {
      List<Event> rest = new java.util.ArrayList<>(events);
      rest.remove(first);
      for (List<Event> tail : permutations(rest)) {
        List<Event> p = new java.util.ArrayList<>(List.of(first));
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }
}
