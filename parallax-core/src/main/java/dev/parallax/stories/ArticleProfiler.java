package dev.parallax.stories;

import dev.parallax.actors.KbHit;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article into an {@link ArticleProfile}: words, names, knowledge-base actors and dates,
 * each weighted by where it occurs. The headline and the lead (the first lines of prose) weigh
 * most, because a report states its own happening first and older happenings later, as background;
 * the same weighting decides the year an article is mostly about, from the years in its headline
 * and lead and its publication year (years named only further down are background). Only the title,
 * body and publication date are read: never the outlet or the page layout. Thread-safe.
 */
final class ArticleProfiler {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*|\\p{N}+");
  private static final Pattern YEAR = Pattern.compile("(19[5-9]\\d|20\\d\\d)");

  private static final int MIN_PROSE_TOKENS = 8;
  private static final int TOP_LINES = 15;

  private final KnowledgeBase kb;
  private final StoryOptions options;
  private final ParticipantNames participants;
  private final WordNormaliser words;

  ArticleProfiler(KnowledgeBase kb, StoryOptions options, WordNormaliser words) {
    this.kb = kb;
    this.options = options;
    this.words = words;
    this.participants = new ParticipantNames(kb, words);
  }

  /**
   * The profile of {@code article}, ignoring the body lines {@code boilerplate} accepts (lines seen
   * verbatim in other articles: menus, footers, promotions the cleaner left).
   */
  ArticleProfile profile(Article article, Predicate<String> boilerplate) {
    Found found = new Found();
    if (article.title() != null) {
      found.people = titleCase(article.title()) ? null : found.leadPeople;
      found.years = found.leadYears;
      addText(article.title(), options.titleWeight(), found);
    }
    List<String> lines = contentLines(article.body(), boilerplate);
    int prose = 0;
    for (String line : lines) {
      // short lines (headings, captions, menus) never count as the lead
      boolean isProse = TOKEN.matcher(line).results().count() >= MIN_PROSE_TOKENS;
      double weight = isProse ? proseWeight(prose) : options.tailWeight();
      boolean lead = isProse && prose < options.leadParagraphs();
      found.years = lead ? found.leadYears : new HashMap<>();
      found.people = lead ? found.leadPeople : null;
      addText(line, weight, found);
      prose += isProse ? 1 : 0;
    }
    LocalDate anchor =
        article.published() == null ? null : article.published().toLocalDate().orElse(null);
    int monthDay = 0;
    if (anchor == null) {
      String top =
          (article.title() == null ? "" : article.title())
              + "\n"
              + String.join("\n", lines.subList(0, Math.min(TOP_LINES, lines.size())));
      anchor = DateCues.firstFullDate(top).orElse(null);
      monthDay = anchor == null ? DateCues.firstMonthDay(top) : 0;
    }
    Map<Integer, Double> years = found.leadYears;
    if (article.published() != null) {
      years.merge(article.published().year(), options.titleWeight(), Double::sum);
    } else if (anchor != null) {
      years.merge(anchor.getYear(), options.titleWeight(), Double::sum);
    }
    int focus =
        years.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey()).orElse(0);
    return new ArticleProfile(
        article.id(),
        article.outlet(),
        article.title(),
        anchor,
        monthDay,
        focus,
        found.terms,
        options.uses(StorySignal.ENTITIES) ? found.leadPeople : Set.of(),
        found.names,
        null);
  }

  /** What the words of an article add up to; {@code years} and {@code people} follow the line. */
  private static final class Found {
    final Map<String, Double> terms = new HashMap<>();
    final Map<Integer, Double> leadYears = new HashMap<>();
    final Set<String> leadPeople = new HashSet<>();
    final Set<String> names = new HashSet<>();
    Map<Integer, Double> years = leadYears;
    Set<String> people;
  }

  /**
   * A headline with nearly every word capitalised: its capitals do not mark names, so no people are
   * read from it.
   */
  static boolean titleCase(String title) {
    List<String> words =
        TOKEN.matcher(title).results().map(r -> r.group()).filter(w -> w.length() > 3).toList();
    long capital = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return words.size() >= 3 && capital >= 0.8 * words.size();
  }

  static List<String> contentLines(String body, Predicate<String> boilerplate) {
    return Arrays.stream(body.split("\n"))
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !boilerplate.test(l))
        .toList();
  }

  private double proseWeight(int index) {
    if (index < options.leadParagraphs()) {
      return options.leadWeight();
    }
    return index < 2 * options.leadParagraphs() ? 1.0 : options.tailWeight();
  }

  private void addText(String text, double weight, Found found) {
    List<String> run = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int runEnd = -1;
    while (m.find()) {
      String token = m.group();
      boolean capital = Character.isUpperCase(token.codePointAt(0));
      boolean adjacent = runEnd >= 0 && text.substring(runEnd, m.start()).isBlank();
      if (!capital || !adjacent) {
        flushRun(run, weight, found);
      }
      if (capital) {
        run.add(token);
        runEnd = m.end();
        found.names.add(ParticipantNames.key(token));
      }
      addWord(token, weight, found);
    }
    flushRun(run, weight, found);
    if (options.uses(StorySignal.DATES)) {
      DateCues.addTerms(text, weight * options.dateWeight(), found.terms);
    }
  }

  private void addWord(String token, double weight, Found found) {
    if (Character.isDigit(token.charAt(0))) {
      if (YEAR.matcher(token).matches()) {
        if (options.uses(StorySignal.DATES)) {
          found.terms.merge("y:" + token, weight * options.dateWeight(), Double::sum);
        }
        found.years.merge(Integer.parseInt(token), weight, Double::sum);
      }
      return;
    }
    String folded = WordNormaliser.fold(token);
    if (folded.length() > 1 && !words.isStopword(folded)) {
      found.terms.merge("w:" + WordNormaliser.stem(folded), weight, Double::sum);
    }
  }

  /**
   * A run of capitalised words: a multi-word name, knowledge-base actors within it, and in the
   * headline and lead the people it names.
   */
  private void flushRun(List<String> run, double weight, Found found) {
    if (run.isEmpty()) {
      return;
    }
    if (found.people != null) {
      participants.addPeople(run, found.people);
    }
    if (!options.uses(StorySignal.ENTITIES)) {
      run.clear();
      return;
    }
    Map<String, Double> terms = found.terms;
    List<String> folded = run.stream().map(WordNormaliser::fold).toList();
    int from = words.isStopword(folded.get(0)) ? 1 : 0;
    if (run.size() - from >= 2) {
      String name = String.join("_", folded.subList(from, folded.size()));
      terms.merge("n:" + name, weight * options.nameWeight(), Double::sum);
    }
    String phrase = String.join(" ", run.subList(from, run.size()));
    List<KbHit> hits = phrase.isEmpty() ? List.of() : kb.lookup(phrase);
    if (hits.isEmpty() && run.size() - from > 1) {
      run.subList(from, run.size()).forEach(w -> addActors(kb.lookup(w), weight, terms));
    } else {
      addActors(hits, weight, terms);
    }
    run.clear();
  }

  private void addActors(List<KbHit> hits, double weight, Map<String, Double> terms) {
    hits.stream()
        .filter(h -> h.how() != KbHit.How.ROLE_NOUN)
        .limit(1)
        .forEach(
            h ->
                terms.merge("k:" + h.entry().label(), weight * options.actorWeight(), Double::sum));
  }
}
