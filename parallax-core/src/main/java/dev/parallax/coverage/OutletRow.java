package dev.parallax.coverage;

import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What one outlet's articles of one story say, gathered before rows are compared. */
final class OutletRow {
  private final String outlet;
  private final List<String> articles;

  /** Label occurrences by entity and folded label text. */
  private final Map<String, List<ArticleReading.EntityLabel>> labels = new TreeMap<>();

  private final Map<String, ToneFormula> tone = new TreeMap<>();
  private final Set<String> named = new TreeSet<>();
  private final Set<String> reported = new TreeSet<>();
  private final List<Coverage.Voice> voices;

  private OutletRow(String outlet, List<String> articles, List<Coverage.Voice> voices) {
    this.outlet = outlet;
    this.articles = articles;
    this.voices = voices;
  }

  static OutletRow of(
      List<Article> group,
      List<ArticleReading> readings,
      List<Event> events,
      Map<String, String> actorOf) {
    List<String> ids = group.stream().map(Article::id).sorted().toList();
    OutletRow row = new OutletRow(group.get(0).outlet(), ids, voices(readings, actorOf));
    for (ArticleReading r : readings) {
      row.named.addAll(r.named());
      for (ArticleReading.EntityLabel l : r.labels()) {
        row.labels.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l);
      }
      for (ToneScorer.Evidence e : r.tone()) {
        row.toneOf(e.entity()).word(e.weight());
      }
    }
    row.labels.values().stream()
        .flatMap(List::stream)
        .filter(l -> l.category() != null)
        .forEach(l -> row.toneOf(l.entity()).loadedLabel());
    for (Event e : events) {
      if (e.mentions().stream().map(EventMention::article).anyMatch(ids::contains)) {
        row.reported.add(e.id());
        row.eventTone(e);
      }
    }
    return row;
  }

  /** The row, comparing its labels and events with the other rows of the story. */
  Coverage coverage(String story, List<OutletRow> rows, List<Event> events) {
    List<OutletRow> others = rows.stream().filter(r -> r != this).toList();
    List<Coverage.Label> out = new ArrayList<>();
    for (Map.Entry<String, List<ArticleReading.EntityLabel>> e : labels.entrySet()) {
      out.add(label(e.getKey(), e.getValue(), others));
    }
    out.sort(
        Comparator.comparing(Coverage.Label::entity)
            .thenComparing(Comparator.comparingInt(Coverage.Label::count).reversed())
            .thenComparing(Coverage.Label::label));
    List<String> omitted =
        events.stream()
            .map(Event::id)
            .filter(id -> !reported.contains(id))
            .filter(id -> others.stream().anyMatch(r -> r.reported.contains(id)))
            .toList();
    List<Coverage.Tone> tones = new ArrayList<>();
    tone.forEach((entity, f) -> tones.add(new Coverage.Tone(entity, f.score())));
    return new Coverage(
        story, outlet, articles, out, voices, List.copyOf(reported), omitted, tones);
  }

  private Coverage.Label label(
      String key, List<ArticleReading.EntityLabel> found, List<OutletRow> others) {
    ArticleReading.EntityLabel first = found.get(0);
    String entity = first.entity();
    boolean namedElsewhere = others.stream().anyMatch(r -> r.named.contains(entity));
    boolean sharedElsewhere = others.stream().anyMatch(r -> r.labels.containsKey(key));
    List<Mention> mentions = found.stream().map(ArticleReading.EntityLabel::mention).toList();
    String category =
        found.stream()
            .map(ArticleReading.EntityLabel::category)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return new Coverage.Label(
        entity,
        surface(mentions),
        mentions.size(),
        category != null,
        mentions,
        category,
        namedElsewhere && !sharedElsewhere);
  }

  /** The most frequent surface form, white space folded; the first seen on a tie. */
  private static String surface(List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Mention m : mentions) {
      String s = fold(m.text());
      int c = counts.merge(s, 1, Integer::sum);
      if (best == null || c > counts.get(best)) {
        best = s;
      }
    }
    return best;
  }

  private static String key(ArticleReading.EntityLabel l) {
    return l.entity() + "\t" + fold(l.mention().text()).toLowerCase(Locale.ROOT);
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private void eventTone(Event e) {
    if (e.source() != null && e.source().entity() != null && named.contains(e.source().entity())) {
      toneOf(e.source().entity()).asSource(e.goldstein());
    }
    if (e.target() != null && e.target().entity() != null && named.contains(e.target().entity())) {
      toneOf(e.target().entity()).asTarget(e.goldstein());
    }
  }

  private ToneFormula toneOf(String entity) {
    return tone.computeIfAbsent(entity, k -> new ToneFormula());
  }

  /** Quotes by speaker entity, most quoted first; unresolved speakers pooled under null. */
  private static List<Coverage.Voice> voices(
      List<ArticleReading> readings, Map<String, String> actorOf) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> reported = new HashMap<>();
    readings.forEach(r -> r.speakers().forEach(s -> counts.merge(s, 1, Integer::sum)));
    readings.forEach(r -> r.reportedSpeakers().forEach(s -> reported.merge(s, 1, Integer::sum)));
    reported.keySet().forEach(entity -> counts.putIfAbsent(entity, 0));
    List<Coverage.Voice> out = new ArrayList<>();
    counts.forEach(
        (entity, n) ->
            out.add(
                new Coverage.Voice(
                    entity, n, side(actorOf.get(entity)), reported.getOrDefault(entity, 0))));
    out.sort(
        Comparator.comparingInt(Coverage.Voice::quotes)
            .reversed()
            .thenComparing(
                Coverage.Voice::entity, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  /** The country (or IGO/NGO) part of a CAMEO actor code. */
  static String side(String actor) {
    if (actor == null || actor.length() < 3) {
      return null;
    }
    String head = actor.substring(0, 3);
    return head.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? head : null;
  }
}
