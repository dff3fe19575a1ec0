package dev.parallax.stories;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fuses the mentions of one real event, reported by several articles (or twice by one), into one
 * {@link Event}.
 *
 * <p>Two article-level events are the same event when they belong to the same story, share the
 * CAMEO root with compatible codes (equal, one refining the other, or one the root's unspecified
 * {@code x0} code: an arrest, 173, is not an expulsion, 174), have compatible source and target
 * (the same entity, or the same actor-code country prefix, or one side left empty by its report)
 * and compatible dates ({@link EventDay}: days at most one apart, one unknown, one a coarser date
 * containing the other, or a yearless day matching a dated one). A cluster only takes an event
 * compatible with every member, so a month-level date cannot chain two different days into one
 * event, and an empty target cannot join two different ones. Events without a story fuse only
 * within their own article.
 *
 * <p>The fused event takes the id of its first report: the member event whose article was published
 * first (undated articles last), then by article id, position in the article and event id. A fuser
 * {@link #growing} a stored corpus forms the stored events first and lets them keep their stored
 * ids, whatever reports of them arrive later, even one published earlier. It carries all mentions,
 * the day most members give (the earlier on a tie; else the most precise date), the most frequent
 * (then most specific) CAMEO code, and counts distinct articles and outlets (an article without an
 * outlet counts as its own outlet). A copy (the same text carried again, {@code copy_of}) counts
 * with its original once: as one article, of the original's outlet. Never throws on well-formed
 * events.
 */
public final class EventFuser {
  private static final int COUNTRY = 3;

  private final Function<String, String> outletOf;
  private final Function<String, String> reportOf;
  private final Comparator<Event> firstReport;

  /**
   * The member whose id a fused event takes: one holding a stored fused event's id first, then the
   * first report. Made once, not for every fused event.
   */
  private final Comparator<Event> idHolder;

  /** The articles a run adds to a stored corpus, whose events are clustered after the others. */
  private final Set<String> added;

  /**
   * A fuser that orders reports by article id alone (no publication dates).
   *
   * @param outletOf outlet of an article id, or null when unknown
   */
  public EventFuser(Function<String, String> outletOf) {
    this(outletOf, a -> null);
  }

  /**
   * @param outletOf outlet of an article id, or null when unknown
   * @param publishedOf publication date of an article id, or null when unknown: the first report of
   *     a fused event, whose id it takes, is the one published first
   */
  public EventFuser(Function<String, String> outletOf, Function<String, PartialDate> publishedOf) {
    this(outletOf, publishedOf, Function.identity());
  }

  /**
   * @param outletOf outlet of an article id, or null when unknown
   * @param publishedOf publication date of an article id, or null when unknown
   * @param reportOf the article id whose report an article id carries: the original of a copy, else
   *     the id itself; reports, not articles, are counted
   */
  public EventFuser(
      Function<String, String> outletOf,
      Function<String, PartialDate> publishedOf,
      Function<String, String> reportOf) {
    this(outletOf, reportOf, firstReport(publishedOf), Set.of(), Set.of());
  }

  private EventFuser(
      Function<String, String> outletOf,
      Function<String, String> reportOf,
      Comparator<Event> firstReport,
      Set<String> kept,
      Set<String> added) {
    this.outletOf = outletOf;
    this.reportOf = reportOf;
    this.firstReport = firstReport;
    this.idHolder =
        Comparator.comparing((Event e) -> !kept.contains(e.id())).thenComparing(firstReport);
    this.added = added;
  }

  /**
   * This fuser, for a run adding articles to a stored corpus. The stored articles' events are
   * clustered first, in the order a run over them alone takes, so they form the stored events
   * again; the added articles' events then join those or open new ones. A fused event holding one
   * of {@code storedIds} (a store's {@code events}) as a member's id keeps it, whichever of its
   * reports was published first. So ids stay put as a stored corpus grows: an id retires only where
   * the stored events change (an entity or a date their reports were read with changed) or two of
   * them merge, and then the one whose first report came first keeps its id.
   *
   * @param storedIds the stored fused events' ids
   * @param addedArticles the ids of the articles the run adds
   */
  public EventFuser growing(Set<String> storedIds, Set<String> addedArticles) {
    return new EventFuser(outletOf, reportOf, firstReport, storedIds, addedArticles);
  }

  /** Published first (undated last), then by article id, position and event id. */
  private static Comparator<Event> firstReport(Function<String, PartialDate> publishedOf) {
    Function<Event, EventMention> first = e -> e.mentions().isEmpty() ? null : e.mentions().get(0);
    return Comparator.comparing(
            (Event e) ->
                first.apply(e) == null ? null : publishedOf.apply(first.apply(e).article()),
            Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
        .thenComparing(e -> first.apply(e) == null ? "" : first.apply(e).article())
        .thenComparingInt(e -> first.apply(e) == null ? 0 : first.apply(e).start())
        .thenComparing(Event::id);
  }

  /** The fused events, ordered by their first member's position in {@code events}. */
  public List<Event> fuse(List<Event> events) {
    return fuse(events, Map.of());
  }

  /**
   * The fused events, ordered by their first member's position in {@code events}.
   *
   * @param yearless the month and day, by event id, of events whose report gives them without a
   *     year (their {@link Event#date()} is null): such an event joins only reports of a compatible
   *     day, and takes the fused date
   */
  public List<Event> fuse(List<Event> events, Map<String, MonthDay> yearless) {
    return fuse(cluster(events, yearless, null), yearless);
  }

  /**
   * The fused events of {@code events}, which are the events {@code earlier} clustered, in the same
   * order, some of them since redated ({@link SharedEventDates}): only the groups holding a changed
   * event (another instance, or another yearless day) are clustered again, the others' clusters are
   * taken as they were. The result equals {@link #fuse(List, Map)}.
   */
  public List<Event> fuse(List<Event> events, Map<String, MonthDay> yearless, Clustering earlier) {
    return fuse(cluster(events, yearless, earlier), yearless);
  }

  private List<Event> fuse(Clustering clustering, Map<String, MonthDay> yearless) {
    Function<Event, EventDay> dayOf = dayOf(yearless);
    List<Event> out = new ArrayList<>(clustering.clusters().size());
    for (List<Event> c : clustering.clusters()) {
      out.add(merge(c, dayOf));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The article-level events grouped into real events (each group one fused event of {@link
   * #fuse}), ordered by their first member's position in {@code events}.
   */
  public List<List<Event>> clusters(List<Event> events, Map<String, MonthDay> yearless) {
    return clustering(events, yearless).clusters();
  }

  /**
   * {@link #clusters} with what a later {@link #fuse(List, Map, Clustering)} of the same events
   * needs to cluster again only the groups whose events changed.
   */
  public Clustering clustering(List<Event> events, Map<String, MonthDay> yearless) {
    return cluster(events, yearless, null);
  }

  /**
   * The clusters of some events, by the group (story or article, CAMEO root) they were formed in.
   * Only events of one group can join, so a group whose events are what they were has the same
   * clusters.
   */
  public static final class Clustering {
    private final List<Event> events;
    private final Map<String, MonthDay> yearless;
    private final String[] groupOf;
    private final Map<String, List<Placed>> placed;
    private final List<List<Event>> clusters;

    private Clustering(
        List<Event> events,
        Map<String, MonthDay> yearless,
        String[] groupOf,
        Map<String, List<Placed>> placed,
        List<List<Event>> clusters) {
      this.events = events;
      this.yearless = yearless;
      this.groupOf = groupOf;
      this.placed = placed;
      this.clusters = clusters;
    }

    /** The clusters, ordered by their first member's position in the events clustered. */
    public List<List<Event>> clusters() {
      return clusters;
    }

    /**
     * The groups of {@code events} to cluster again: those holding an event that is not the one at
     * its index here, or whose yearless day changed; null when {@code events} are not these events
     * (other ids, or another number), and every group must be clustered.
     */
    private Set<String> changedGroups(List<Event> other, Map<String, MonthDay> otherYearless) {
      if (other.size() != events.size()) {
        return null;
      }
      Set<String> changed = new HashSet<>();
      for (int i = 0; i < events.size(); i++) {
        Event was = events.get(i);
        Event now = other.get(i);
        if (!was.id().equals(now.id())) {
          return null;
        }
        if (was != now || !Objects.equals(yearless.get(was.id()), otherYearless.get(was.id()))) {
          changed.add(groupOf[i]);
        }
      }
      return changed;
    }
  }

  private Clustering cluster(
      List<Event> events, Map<String, MonthDay> yearless, Clustering earlier) {
    Set<String> changed = earlier == null ? null : earlier.changedGroups(events, yearless);
    Function<Event, EventDay> dayOf = dayOf(yearless);
    // Only events of one group (story or article, CAMEO root) can join, so each group is ordered
    // on its own: the stored articles' events before the added ones' (growing); then precise dates
    // first, so coarse or missing dates join a day-level cluster, not seed one; then by id, and by
    // input position (as a stable sort of all events would). Sorting
    // the groups rather than every event compares far fewer ids: at 400,000 events the one sort
    // was half of fusion.
    String[] groupOf = new String[events.size()];
    Map<String, List<Keyed>> groups = new LinkedHashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      // an event the dating left as it was keeps the group key found before, unmade again
      String key = changed != null ? earlier.groupOf[i] : groupKey(e);
      if (changed != null && events.get(i) != earlier.events.get(i)) {
        key = groupKey(e);
        changed.add(key);
      }
      groupOf[i] = key;
      position.putIfAbsent(e.id(), i);
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (changed == null || changed.contains(groupOf[i])) {
        groups
            .computeIfAbsent(groupOf[i], k -> new ArrayList<>())
            .add(
                new Keyed(
                    e,
                    arrival(e),
                    -precisionRank(e.date()),
                    yearless.containsKey(e.id()) ? 0 : 1,
                    i));
      }
    }
    Map<String, List<Placed>> placedOf = new HashMap<>();
    if (changed != null) {
      earlier.placed.forEach(
          (group, placed) -> {
            if (!changed.contains(group)) {
              placedOf.put(group, placed);
            }
          });
    }
    groups.forEach((group, keyed) -> placedOf.put(group, placed(keyed, dayOf, position)));
    // by first position; clusters can tie there only when an id repeats, and then they keep the
    // order of their groups' first events, and within a group the order they were made in
    List<Placed> all = new ArrayList<>();
    placedOf.values().forEach(all::addAll);
    all.sort(Comparator.comparingInt(Placed::first).thenComparing(Placed::head, Keyed.ORDER));
    List<List<Event>> clusters = new ArrayList<>(all.size());
    all.forEach(p -> clusters.add(p.cluster()));
    return new Clustering(
        events, yearless, groupOf, placedOf, Collections.unmodifiableList(clusters));
  }

  /**
   * The clusters of one group: each event, in the group's order, joins the first cluster whose
   * every member it is compatible with, or opens one.
   */
  private static List<Placed> placed(
      List<Keyed> group, Function<Event, EventDay> dayOf, Map<String, Integer> position) {
    group.sort(Keyed.ORDER);
    List<List<Event>> clusters = new ArrayList<>();
    for (Keyed k : group) {
      Event e = k.event();
      List<Event> joined = null;
      for (List<Event> c : clusters) {
        if (allCompatible(c, e, dayOf)) {
          joined = c;
          break;
        }
      }
      if (joined == null) {
        clusters.add(new ArrayList<>(List.of(e)));
      } else {
        joined.add(e);
      }
    }
    List<Placed> out = new ArrayList<>(clusters.size());
    for (List<Event> c : clusters) {
      out.add(new Placed(List.copyOf(c), firstPosition(c, position), group.get(0)));
    }
    return out;
  }

  private static boolean allCompatible(
      List<Event> cluster, Event e, Function<Event, EventDay> dayOf) {
    for (Event m : cluster) {
      if (!compatible(m, e, dayOf)) {
        return false;
      }
    }
    return true;
  }

  /** An event with the key it is clustered in the order of: see {@link #clusters}. */
  private record Keyed(Event event, int arrival, int precision, int dayless, int index) {
    static final Comparator<Keyed> ORDER =
        Comparator.comparingInt(Keyed::arrival)
            .thenComparingInt(Keyed::precision)
            .thenComparingInt(Keyed::dayless)
            .thenComparing(k -> k.event().id())
            .thenComparingInt(Keyed::index);
  }

  /** A cluster, its first position in the events fused, and the first event of its group. */
  private record Placed(List<Event> cluster, int first, Keyed head) {}

  static Function<Event, EventDay> dayOf(Map<String, MonthDay> yearless) {
    return e ->
        e.date() != null ? new EventDay(e.date(), null) : new EventDay(null, yearless.get(e.id()));
  }

  /** 1 for an event of an article the run adds to a stored corpus, else 0. */
  private int arrival(Event e) {
    return !e.mentions().isEmpty() && added.contains(e.mentions().get(0).article()) ? 1 : 0;
  }

  private static int firstPosition(List<Event> cluster, Map<String, Integer> position) {
    int first = Integer.MAX_VALUE;
    for (Event e : cluster) {
      first = Math.min(first, position.get(e.id()));
    }
    return cluster.isEmpty() ? 0 : first;
  }

  private static String groupKey(Event e) {
    String scope =
        e.story() != null
            ? "s:" + e.story()
            : "a:" + (e.mentions().isEmpty() ? e.id() : e.mentions().get(0).article());
    return scope + "|" + root(e.cameo());
  }

  private static boolean compatible(Event a, Event b, Function<Event, EventDay> dayOf) {
    return compatibleCodes(a.cameo(), b.cameo())
        && compatible(a.source(), b.source())
        && compatible(a.target(), b.target())
        && dayOf.apply(a).compatible(dayOf.apply(b));
  }

  /**
   * Codes of one root that may name the same act: equal, one refining the other, or unspecified.
   */
  static boolean compatibleCodes(String a, String b) {
    return a.startsWith(b) || b.startsWith(a) || unspecified(a) || unspecified(b);
  }

  /** A root's "not specified below" code: {@code 010}, {@code 170}. */
  private static boolean unspecified(String cameo) {
    return cameo.length() == 3 && cameo.charAt(2) == '0';
  }

  /**
   * The same actor: the same entity, or two entities (or unlinked mentions) of one country (the
   * president and the government acting for it); a side a report leaves empty fits any.
   */
  static boolean compatible(ActorRef a, ActorRef b) {
    if (empty(a) || empty(b)) {
      return true;
    }
    if (a.entity() != null && a.entity().equals(b.entity())) {
      return true;
    }
    return a.actor() != null && b.actor() != null && country(a.actor()).equals(country(b.actor()));
  }

  private static boolean empty(ActorRef r) {
    return r.entity() == null && r.actor() == null;
  }

  private Event merge(List<Event> cluster, Function<Event, EventDay> dayOf) {
    if (cluster.size() == 1 && cluster.get(0).mentions().size() <= 1) {
      return withCounts(cluster.get(0), cluster.get(0).id(), cluster.get(0).mentions());
    }
    String id = cluster.stream().min(idHolder).orElseThrow().id();
    Event code = mostCommonCode(cluster);
    List<EventMention> mentions =
        cluster.stream()
            .flatMap(e -> e.mentions().stream())
            .distinct()
            .sorted(
                Comparator.comparing(EventMention::article).thenComparingInt(EventMention::start))
            .toList();
    Event base =
        code.withReports(id, mentions, 0, 0)
            .withDate(fusedDate(cluster, dayOf))
            .withActors(
                bestRef(cluster.stream().map(Event::source).toList()),
                bestRef(cluster.stream().map(Event::target).toList()));
    return withCounts(base, id, mentions);
  }

  private Event withCounts(Event e, String id, List<EventMention> mentions) {
    if (mentions.isEmpty()) {
      return e.withReports(id, mentions, e.articles(), e.outlets());
    }
    Set<String> articles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (EventMention m : mentions) {
      String article = reportOf.apply(m.article());
      if (articles.add(article)) {
        outlets.add(Objects.requireNonNullElse(outletOf.apply(article), "\u0000" + article));
      }
    }
    return e.withReports(id, mentions, articles.size(), outlets.size());
  }

  /** The member whose code is most frequent; ties go to the longer (more specific) code. */
  private static Event mostCommonCode(List<Event> cluster) {
    Map<String, Long> counts = new LinkedHashMap<>();
    cluster.forEach(e -> counts.merge(e.cameo(), 1L, Long::sum));
    return cluster.stream()
        .min(
            Comparator.comparingLong((Event e) -> -counts.get(e.cameo()))
                .thenComparingInt(e -> -e.cameo().length())
                .thenComparing(Event::cameo))
        .orElseThrow();
  }

  /**
   * The date of the fused event: the day most reports give (yearless days placed near the dated
   * ones), the earlier on a tie (an announcement before the departure it ordered); without any day,
   * the most precise date.
   */
  static PartialDate fusedDate(List<Event> cluster, Function<Event, EventDay> dayOf) {
    LocalDate near =
        cluster.stream()
            .map(e -> e.date() == null ? null : e.date().toLocalDate().orElse(null))
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    Map<LocalDate, Long> votes = new TreeMap<>();
    cluster.forEach(e -> dayOf.apply(e).day(near).ifPresent(d -> votes.merge(d, 1L, Long::sum)));
    if (!votes.isEmpty()) {
      long most = Collections.max(votes.values());
      return votes.entrySet().stream()
          .filter(v -> v.getValue() == most)
          .map(v -> PartialDate.of(v.getKey()))
          .findFirst()
          .orElseThrow();
    }
    return cluster.stream()
        .map(Event::date)
        .filter(Objects::nonNull)
        .max(
            Comparator.comparingInt(EventFuser::precisionRank)
                .thenComparing(Comparator.reverseOrder()))
        .orElse(null);
  }

  /** The most frequent reference, preferring one that names an entity. */
  private static ActorRef bestRef(List<ActorRef> refs) {
    Map<ActorRef, Long> counts = new LinkedHashMap<>();
    refs.forEach(r -> counts.merge(r, 1L, Long::sum));
    return refs.stream()
        .min(
            Comparator.comparingInt((ActorRef r) -> r.entity() == null ? 1 : 0)
                .thenComparingInt(r -> r.actor() == null ? 1 : 0)
                .thenComparingLong(r -> -counts.get(r)))
        .orElseThrow();
  }

  private static int precisionRank(PartialDate d) {
    return d == null ? -1 : d.precision().ordinal();
  }

  private static String root(String cameo) {
    return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
  }

  private static String country(String actor) {
    return actor.length() >= COUNTRY ? actor.substring(0, COUNTRY) : actor;
  }
}
