package dev.parallax.conflicts;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.ContentId;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the claims of a run that cannot both hold ({@code conflicts.jsonl}).
 *
 * <p>Input: the stories, the articles (for outlets), the quotes with their speakers' entity ids
 * linked, the entities (for the country a speaker speaks for) and the fused events (denials and
 * rejections among them count as statements; events also name what a conflict is about). Claims are
 * compared only within a story (within an article when no stories were formed). Two kinds of
 * conflict come out: parties taking opposite sides on a frame of the stance lexicon ({@link
 * FrameConflicts}), and a denial with the claim it denies ({@link DenialPairs}) unless a frame
 * conflict already holds both. Each conflict's id is derived from its story and frame (a frame
 * dispute) or its story and the denial's span (a denial), so the same input gives the same ids and
 * a claim another report adds to a conflict leaves its id as it was. Ordered by story, then first
 * claim. Thread-safe; never throws on well-formed records.
 */
public final class ConflictDetector {
  private static final int SUMMARY_CLAIM = 90;

  private final KnowledgeBase kb;
  private final StanceLexicon lexicon;
  private final DenialPairs denials;

  /** A detector with the stance lexicon and stopwords of {@code rules}. */
  public ConflictDetector(KnowledgeBase kb, Rules rules) {
    this.kb = kb;
    this.lexicon = StanceLexicon.of(rules);
    this.denials = new DenialPairs(kb, rules);
  }

  /** The conflicts of a run. */
  public List<Conflict> detect(
      List<Story> stories,
      List<Article> articles,
      List<Quote> quotes,
      List<Entity> entities,
      List<Event> events) {
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
    Map<String, String> outletOf = new HashMap<>();
    articles.stream()
        .filter(a -> a.outlet() != null)
        .forEach(a -> outletOf.put(a.id(), a.outlet()));
    Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
    List<SpokenClaim> claims =
        new ClaimCollector(kb, lexicon, byId, storyOf::get, outletOf::get).collect(quotes, events);
    Map<String, List<SpokenClaim>> byStory = new LinkedHashMap<>();
    // each claim's position made once, not in every comparison of the sort
    claims.stream()
        .map(c -> Map.entry(c.position(), c))
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .forEach(c -> byStory.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c));
    // each story's events, so that a conflict's subject is sought among its story's alone
    Map<String, List<Event>> eventsOf = new HashMap<>();
    events.stream()
        .filter(e -> e.story() != null)
        .forEach(e -> eventsOf.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e));
    // story by story in the order of the stories (as stories.jsonl lists them), those of no story
    // first
    List<String> order = new ArrayList<>();
    order.add(null);
    stories.forEach(s -> order.add(s.id()));
    List<Conflict> out = new ArrayList<>();
    for (String key : order) {
      List<SpokenClaim> inStory = byStory.get(key);
      if (inStory != null) {
        out.addAll(
            inStory(
                inStory, storyOf, key == null ? List.of() : eventsOf.getOrDefault(key, List.of())));
      }
    }
    return out;
  }

  private List<Conflict> inStory(
      List<SpokenClaim> claims, Map<String, String> storyOf, List<Event> events) {
    List<Conflict> out = new ArrayList<>();
    List<Set<SpokenClaim>> held = new ArrayList<>();
    for (FrameConflicts.Dispute d : new FrameConflicts(lexicon).find(claims)) {
      String question = lexicon.question(d.frame());
      out.add(
          conflict("frame:" + d.frame(), d.no(), d.yes(), question, "no", "yes", storyOf, events));
      held.add(new LinkedHashSet<>(concat(d.yes(), d.no())));
    }
    Map<SpokenClaim, List<SpokenClaim>> denied = new LinkedHashMap<>();
    for (DenialPairs.Pair p : denials.find(claims)) {
      // a denial that already stands in a frame dispute says nothing new
      if (held.stream().noneMatch(h -> h.contains(p.denial()))) {
        denied.computeIfAbsent(p.denial(), k -> new ArrayList<>()).add(p.claim());
      }
    }
    denied.forEach(
        (denial, asserted) ->
            out.add(
                conflict(
                    "denial",
                    asserted,
                    List.of(denial),
                    "whether " + shortened(asserted.get(0).claim().text()),
                    "yes",
                    "no",
                    storyOf,
                    events)));
    out.sort(Comparator.comparing(c -> c.claims().get(0).article() + c.claims().get(0).start()));
    return out;
  }

  private Conflict conflict(
      String kind,
      List<SpokenClaim> first,
      List<SpokenClaim> second,
      String question,
      String firstSays,
      String secondSays,
      Map<String, String> storyOf,
      List<Event> events) {
    List<SpokenClaim> all = concat(first, second);
    String article = all.get(0).claim().article();
    String story = storyOf.get(article);
    // One frame dispute per story and frame, one denial conflict per denial: the id names that, not
    // the claims, so it stays put when another report adds a claim to either side.
    String id =
        kind.equals("denial")
            ? ContentId.of('c', all.get(0).story(), kind, second.get(0).position())
            : ContentId.of('c', all.get(0).story(), kind);
    String a = sides(first);
    String b = sides(second);
    String summary =
        a + " vs " + b + " on " + question + ": " + says(a, firstSays) + ", " + says(b, secondSays);
    List<Conflict.Claim> claims = all.stream().map(SpokenClaim::claim).toList();
    return new Conflict(id, story, new ConflictSubject(kb).of(all, story, events), claims, summary);
  }

  /** "Kosovo says no", "Kosovo and Serbia say no". */
  private static String says(String parties, String answer) {
    return parties + (parties.contains(" and ") ? " say " : " says ") + answer;
  }

  /**
   * The parties of one side for a summary: the countries among them when there are any (a
   * ministry's spokesman and the country speak as one), else the first two names.
   */
  private String sides(List<SpokenClaim> claims) {
    List<String> all = claims.stream().map(SpokenClaim::side).distinct().toList();
    List<String> countries = all.stream().filter(s -> kb.countryNamed(s).isPresent()).toList();
    List<String> named = countries.isEmpty() ? all.subList(0, Math.min(2, all.size())) : countries;
    return String.join(" and ", named);
  }

  private static List<SpokenClaim> concat(List<SpokenClaim> a, List<SpokenClaim> b) {
    List<SpokenClaim> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A claim's text as the end of a one-line question, cut at a word near its end. */
  static String shortened(String text) {
    String t = text.strip().replaceAll("\\s+", " ").replaceFirst("^(?i)that ", "");
    t = t.replaceAll("[\\s.,;:!?\"'”’»]+$", "");
    if (t.length() <= SUMMARY_CLAIM) {
      return t;
    }
    int cut = t.lastIndexOf(' ', SUMMARY_CLAIM);
    return t.substring(0, cut > 0 ? cut : SUMMARY_CLAIM) + " ...";
  }
}
