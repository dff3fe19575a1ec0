package dev.parallax.cli;

import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Rejection;
import dev.parallax.report.ReportData;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parallax stats}: a stored corpus at a glance. Reads the store only; loads no NLP model.
 */
@Command(
    name = "stats",
    description =
        "A stored corpus at a glance: articles, stories, events and quotes per outlet"
            + " and month, date range, languages.",
    footer = {"", "Example:", "  parallax stats --store corpus.db"})
final class StatsCommand implements Callable<Integer> {
  /** The month column of an article without a publication date (a year alone is its year). */
  static final String UNDATED = "undated";

  @CommandLine.Mixin StoredCorpus.StoreOption readStore;

  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Counts of one outlet in one month. */
  static final class Row {
    int articles;
    final Set<String> stories = new HashSet<>();
    final Set<String> events = new HashSet<>();
    int quotes;
  }

  @Override
  public Integer call() {
    StoredCorpus stored =
        StoredCorpus.read(
            readStore.store, ruleOptions.rules(spec.commandLine()), spec.commandLine());
    print(
        stored.corpus().records(),
        stored.outletOf(),
        stored.rejections(),
        spec.commandLine().getOut());
    return 0;
  }

  /** The counts, keyed by outlet name and month ({@code yyyy-mm}, or {@value #UNDATED}). */
  static Map<String, Map<String, Row>> table(ReportData r, Map<String, Outlet> outletOf) {
    Map<String, String> storyOf = new HashMap<>();
    r.stories().forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
    Map<String, Row> byArticle = new HashMap<>();
    Map<String, Map<String, Row>> table = new TreeMap<>();
    for (Article a : r.articles()) {
      Outlet o = outletOf.get(a.id());
      String outlet = o == null ? "(no outlet)" : o.name();
      Row row =
          table
              .computeIfAbsent(outlet, k -> new TreeMap<>())
              .computeIfAbsent(month(a.published()), k -> new Row());
      row.articles++;
      if (storyOf.containsKey(a.id())) {
        row.stories.add(storyOf.get(a.id()));
      }
      byArticle.put(a.id(), row);
    }
    for (Event e : r.events()) {
      for (EventMention m : e.mentions()) {
        Row row = byArticle.get(m.article());
        if (row != null) {
          row.events.add(e.id());
        }
      }
    }
    for (Quote q : r.quotes()) {
      Row row = byArticle.get(q.article());
      if (row != null) {
        row.quotes++;
      }
    }
    return table;
  }

  static String month(PartialDate d) {
    if (d == null) {
      return UNDATED;
    }
    return d.month() == 0
        ? String.format("%04d", d.year())
        : String.format("%04d-%02d", d.year(), d.month());
  }

  /** "first to last" of the known dates, or "- to -". */
  static String range(java.util.stream.Stream<PartialDate> dates) {
    List<PartialDate> known = dates.filter(Objects::nonNull).sorted().toList();
    return known.isEmpty() ? "- to -" : known.get(0) + " to " + known.get(known.size() - 1);
  }

  static void print(
      ReportData r, Map<String, Outlet> outletOf, List<Rejection> rejections, PrintWriter out) {
    long undated = r.articles().stream().filter(a -> a.published() == null).count();
    out.printf(
        "articles %d, stories %d, events %d, quotes %d, entities %d, outlets %d%n",
        r.articles().size(),
        r.stories().size(),
        r.events().size(),
        r.quotes().size(),
        r.entities().size(),
        new HashSet<>(outletOf.values()).size());
    out.printf(
        "published %s (%d articles undated)%n",
        range(r.articles().stream().map(Article::published)), undated);
    out.printf("events dated %s%n", range(r.events().stream().map(Event::date)));
    Map<String, Integer> languages = new TreeMap<>();
    r.articles()
        .forEach(
            a -> languages.merge(a.language() == null ? "unknown" : a.language(), 1, Integer::sum));
    StringBuilder langs = new StringBuilder();
    languages.forEach(
        (k, v) -> langs.append(langs.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    out.println("languages: " + langs);
    Map<String, Integer> reasons = new TreeMap<>();
    rejections.forEach(x -> reasons.merge(x.rejected(), 1, Integer::sum));
    StringBuilder why = new StringBuilder();
    reasons.forEach(
        (k, v) -> why.append(why.length() == 0 ? ": " : "; ").append(k).append(' ').append(v));
    out.println(
        "rejections "
            + rejections.size()
            + why
            + " (inputs not accepted since; a rejected input is tried again by the next run)");
    out.printf(
        "%-32s %-8s %8s %8s %8s %8s%n",
        "outlet", "month", "articles", "stories", "events", "quotes");
    table(r, outletOf)
        .forEach(
            (outlet, months) ->
                months.forEach(
                    (month, row) ->
                        out.printf(
                            "%-32s %-8s %8d %8d %8d %8d%n",
                            outlet,
                            month,
                            row.articles,
                            row.stories.size(),
                            row.events.size(),
                            row.quotes)));
    out.flush();
  }
}
