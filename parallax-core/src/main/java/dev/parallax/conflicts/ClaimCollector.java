package dev.parallax.conflicts;

import dev.parallax.actors.Country;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Conflict;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns quotes and the mentions of denial events into {@link SpokenClaim}s: each with its story,
 * outlet and the party it speaks for. A speaker named only by a definite description ("the
 * ministry") without an entity speaks for the country of the speaker quoted just before it in the
 * same article, when that one's country is known, as a reader would take it. A statement whose
 * speaker is unknown or only a pronoun speaks for no party and is left out; a denial mention
 * already covered by a quote of the same party is left out too (a quote of the other party inside
 * it is the claim it denies).
 */
final class ClaimCollector {
  private static final int COUNTRY = 3;
  private static final Comparator<Quote> QUOTE_ORDER =
      Comparator.comparing(Quote::article).thenComparingInt(Quote::start);

  private final KnowledgeBase kb;
  private final StanceLexicon lexicon;
  private final Map<String, Entity> entities;
  private final Function<String, String> storyOf;
  private final Function<String, String> outletOf;

  /**
   * @param storyOf story id of an article id, or null when it has none
   * @param outletOf outlet of an article id, or null when unknown
   */
  ClaimCollector(
      KnowledgeBase kb,
      StanceLexicon lexicon,
      Map<String, Entity> entities,
      Function<String, String> storyOf,
      Function<String, String> outletOf) {
    this.kb = kb;
    this.lexicon = lexicon;
    this.entities = Map.copyOf(entities);
    this.storyOf = storyOf;
    this.outletOf = outletOf;
  }

  /** The claims of the quotes (speaker entity already linked), then of the denial events. */
  List<SpokenClaim> collect(List<Quote> quotes, List<Event> events) {
    List<SpokenClaim> out = new ArrayList<>(fromQuotes(quotes));
    // the quoted claims by article: an event's denial is checked against its own article's only
    Map<String, List<SpokenClaim>> quoted = new HashMap<>();
    out.forEach(q -> quoted.computeIfAbsent(q.claim().article(), k -> new ArrayList<>()).add(q));
    for (Event ev : events) {
      boolean rejection = lexicon.isRejectionEvent(ev.cameo());
      if (!rejection && !lexicon.isDenialEvent(ev.cameo())) {
        continue;
      }
      Entity e = ev.source().entity() == null ? null : entities.get(ev.source().entity());
      String side = side(e, ev.source().actor(), e == null ? null : e.name());
      for (EventMention m : ev.mentions()) {
        SpokenClaim c = denial(m, side, e == null ? side : e.name(), rejection);
        if (c != null
            && quoted.getOrDefault(m.article(), List.of()).stream()
                .noneMatch(q -> sameSide(q, c) && overlaps(q, c))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private List<SpokenClaim> fromQuotes(List<Quote> quotes) {
    List<SpokenClaim> out = new ArrayList<>();
    String article = null;
    String lastCountry = null;
    for (Quote q : quotes.stream().sorted(QUOTE_ORDER).toList()) {
      Entity e = q.speaker().entity() == null ? null : entities.get(q.speaker().entity());
      String name = q.speaker().name() != null ? q.speaker().name() : e == null ? null : e.name();
      String country = e == null ? null : country(e.actor());
      lastCountry = q.article().equals(article) ? lastCountry : null;
      article = q.article();
      // "the ministry" refers back: to the party of the speaker just before, if a country
      boolean refersBack = e == null && lastCountry != null && isDescription(name);
      String side = refersBack ? lastCountry : side(e, e == null ? null : e.actor(), name);
      lastCountry = country != null || refersBack ? side : null;
      if (side != null) {
        Conflict.Claim c =
            new Conflict.Claim(
                q.article(), outletOf.apply(q.article()), name, q.text(), q.start(), q.end());
        out.add(new SpokenClaim(story(q.article()), side, lexicon.isDenialCue(q.cue()), false, c));
      }
    }
    return out;
  }

  /** The content after the trigger of a denial mention, as a claim the speaker rejects. */
  private SpokenClaim denial(EventMention m, String side, String speaker, boolean rejection) {
    int at = m.text().indexOf(m.trigger());
    if (side == null || at < 0) {
      return null;
    }
    int from = at + m.trigger().length();
    int to = m.text().length();
    while (from < to && Character.isWhitespace(m.text().charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(m.text().charAt(to - 1))) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    Conflict.Claim c =
        new Conflict.Claim(
            m.article(),
            outletOf.apply(m.article()),
            speaker,
            m.text().substring(from, to),
            m.start() + from,
            m.start() + to);
    return new SpokenClaim(story(m.article()), side, true, rejection, c);
  }

  private String story(String article) {
    String s = storyOf.apply(article);
    return s == null ? article : s;
  }

  /**
   * The party a speaker speaks for: the country of its actor code, else a country its name names
   * ("Belarusian customs"), else its entity's or its own name; none for an unknown speaker or a
   * pronoun ("it", "us").
   */
  private String side(Entity entity, String actor, String name) {
    String country = country(actor);
    if (country != null) {
      return country;
    }
    String named = entity != null ? entity.name() : name;
    if (named == null) {
      return null;
    }
    for (String word : named.split("[^\\p{L}]+")) {
      Optional<Country> c = kb.countryNamed(word).or(() -> kb.countryOfDemonym(word));
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && c.isPresent()) {
        return c.get().name();
      }
    }
    boolean proper = named.length() > 3 && Character.isUpperCase(named.charAt(0));
    return entity != null || proper ? named : null;
  }

  /** The country of a CAMEO actor code, or null. */
  private String country(String actor) {
    if (actor == null || actor.length() < COUNTRY) {
      return null;
    }
    return kb.country(actor.substring(0, COUNTRY)).map(Country::name).orElse(null);
  }

  /** Whether a speaker is named by a definite description ("The foreign ministry"). */
  private static boolean isDescription(String name) {
    return name != null && name.regionMatches(true, 0, "the ", 0, 4);
  }

  private static boolean sameSide(SpokenClaim a, SpokenClaim b) {
    return a.side().equals(b.side());
  }

  private static boolean overlaps(SpokenClaim a, SpokenClaim b) {
    return a.claim().article().equals(b.claim().article())
        && a.claim().start() < b.claim().end()
        && b.claim().start() < a.claim().end();
  }
}
