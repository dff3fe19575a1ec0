package dev.parallax.eval;

import dev.parallax.actors.ActorTagger;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.events.CameoCodes;
import dev.parallax.events.EventExtractor;
import dev.parallax.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Scores event extraction on gold texts: annotate, tag actors, extract, then pair each gold event
 * with the best unpaired predicted event of its text.
 *
 * <p>Types: CAMEO roots, or for PLOVER gold the PLOVER type of our code (PLOVER drops the CAMEO
 * appeal root 02; its nearest type, REQUEST, stands for it; statements, root 01, are no PLOVER
 * event and are not counted). Actors agree when their first three letters agree (the country or IGO
 * part of a CAMEO actor code: our {@code RUSGOV} matches gold {@code RUS}); a joint gold actor
 * agrees with any of its members; country codes are compared as ISO alpha-3 ({@link CountryCodes}:
 * our CAMEO {@code ROM} matches gold {@code ROU}). PETRARCH's test actors are fictional, so on that
 * set the actor figures only show the grammar, and root and code accuracy are the point.
 */
public final class EventEvaluation {
  private final Annotator annotator;
  private final ActorTagger tagger;
  private final EventExtractor extractor;

  public EventEvaluation(Annotator annotator, ActorTagger tagger, EventExtractor extractor) {
    this.annotator = annotator;
    this.tagger = tagger;
    this.extractor = extractor;
  }

  public EventScore run(List<EventCase> cases) {
    return EventScore.sum(scores(cases));
  }

  /** Each text's score, in the order of {@code cases}. */
  public List<EventScore> scores(List<EventCase> cases) {
    return scores(cases, (c, predicted) -> {});
  }

  /**
   * Each text's score, in the order of {@code cases}; {@code seen} is shown each text's predicted
   * events (for inspection).
   */
  public List<EventScore> scores(List<EventCase> cases, BiConsumer<EventCase, List<Event>> seen) {
    List<EventScore> out = new ArrayList<>(cases.size());
    for (EventCase c : cases) {
      AnnotatedArticle annotated = annotator.annotate(c.article());
      List<Event> predicted = extractor.events(annotated, tagger.tag(annotated));
      seen.accept(c, predicted);
      out.add(score(c, predicted));
    }
    return out;
  }

  /**
   * One TSV line per text for inspection: gold events, then predicted ones, each as {@code
   * source>target:type}, then the text.
   */
  public static String line(EventCase c, List<Event> predicted) {
    StringBuilder gold = new StringBuilder();
    for (GoldEvent g : c.gold()) {
      gold.append(g.sources())
          .append('>')
          .append(g.targets())
          .append(':')
          .append(g.code() != null ? g.code() : g.plover())
          .append(' ');
    }
    StringBuilder pred = new StringBuilder();
    for (Event e : predicted) {
      pred.append(e.source().actor())
          .append('>')
          .append(e.target().actor())
          .append(':')
          .append(e.cameo())
          .append('/')
          .append(type(e.cameo(), c.ploverTypes()))
          .append(' ');
    }
    return gold.toString().strip()
        + "\t"
        + pred.toString().strip()
        + "\t"
        + c.article().body().replaceAll("\\s+", " ")
        + "\n";
  }

  /**
   * The texts of {@code cases} in {@code part}: split by the text itself as {@link
   * CleanEvaluation.Part} splits pages by id (held out when the first four bytes of SHA-256 of the
   * text are divisible by 3), so that a part of the gold set is kept from rule writing.
   */
  public static List<EventCase> part(List<EventCase> cases, CleanEvaluation.Part part) {
    return cases.stream().filter(c -> part.holds(c.article().body())).toList();
  }

  /** Pairs and counts the events predicted for one text. */
  public static EventScore score(EventCase c, List<Event> all) {
    List<Event> available =
        new ArrayList<>(
            all.stream().filter(e -> type(e.cameo(), c.ploverTypes()) != null).toList());
    int predicted = available.size();
    int paired = 0;
    int typeOk = 0;
    int codePairs = 0;
    int codeOk = 0;
    int sourceOk = 0;
    int targetPairs = 0;
    int targetOk = 0;
    for (GoldEvent g : c.gold()) {
      Event best = best(g, available, c.ploverTypes());
      if (best == null) {
        continue;
      }
      available.remove(best);
      paired++;
      if (g.code() != null) {
        codePairs++;
        codeOk += g.code().equals(best.cameo()) ? 1 : 0;
      }
      if (typeMatches(g, best, c.ploverTypes())) {
        typeOk++;
        sourceOk += actorMatches(g.sources(), best.source().actor()) ? 1 : 0;
        if (!g.targets().isEmpty()) {
          targetPairs++;
          targetOk += actorMatches(g.targets(), best.target().actor()) ? 1 : 0;
        }
      }
    }
    return new EventScore(
        1,
        c.gold().size(),
        predicted,
        paired,
        typeOk,
        codePairs,
        codeOk,
        sourceOk,
        targetPairs,
        targetOk);
  }

  /** The prediction that best matches {@code g} (first of equals), or null when none is left. */
  private static Event best(GoldEvent g, List<Event> available, boolean plover) {
    Event best = null;
    int bestScore = -1;
    for (Event e : available) {
      int s = match(g, e, plover);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private static int match(GoldEvent g, Event e, boolean plover) {
    int score = typeMatches(g, e, plover) ? 8 : 0;
    score += e.cameo().equals(g.code()) ? 4 : 0;
    score += actorMatches(g.sources(), e.source().actor()) ? 2 : 0;
    return score + (actorMatches(g.targets(), e.target().actor()) ? 1 : 0);
  }

  private static boolean typeMatches(GoldEvent g, Event e, boolean plover) {
    String gold = plover && g.plover() != null ? g.plover() : type(g.code(), plover);
    return gold != null && gold.equals(type(e.cameo(), plover));
  }

  /** The CAMEO root of a code, or its PLOVER type (null when PLOVER has none). */
  static String type(String code, boolean plover) {
    if (code == null || code.length() < 2) {
      return null;
    }
    String root = code.substring(0, 2);
    if (!plover) {
      return root;
    }
    if (root.equals("02")) {
      return "REQUEST";
    }
    return CameoCodes.bundled().get(code).map(c -> c.plover()).orElse(null);
  }

  static boolean actorMatches(Set<String> gold, String predicted) {
    if (predicted == null || predicted.length() < 3) {
      return false;
    }
    String prefix = CountryCodes.iso(predicted.substring(0, 3));
    return gold.stream()
        .anyMatch(g -> g.length() >= 3 && CountryCodes.iso(g.substring(0, 3)).equals(prefix));
  }
}
