package dev.parallax.cli;

import dev.parallax.actors.Country;
import dev.parallax.model.Article;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Outlet;
import dev.parallax.model.Quote;
import dev.parallax.outlets.OutletDirectory;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.report.ReportData;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.Selection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax export}: the records of a stored corpus, all of them or those a filter keeps, as
 * the JSON Lines files of OUTPUT.md with {@code outlets.jsonl}, as CSV, or as the GDELT 2.0 event
 * table. No cap: every record the filter keeps is written. Reads the store only; loads no NLP
 * model.
 */
@Command(
    name = "export",
    sortOptions = false,
    description = "Write the records of a stored corpus, with no cap: JSON Lines, CSV or GDELT.",
    footer = {
      "",
      "Examples:",
      "  parallax export --store corpus.db --out dump/",
      "  parallax export --store corpus.db --out csv/ --format csv --from 2025-03-01 --to 2025-03-31",
      "  parallax export --store corpus.db --out gdelt/ --format gdelt --actor RUSGOV",
      "  parallax export --store corpus.db --out pp/ --outlet pahoniapost.eu",
      "",
      "docs/export.md describes each format and every GDELT column's mapping."
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    jsonl,
    csv,
    gdelt
  }

  @CommandLine.Mixin StoredCorpus.StoreOption readStore;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into: new, empty or an earlier export's.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "jsonl (default): the files of OUTPUT.md and outlets.jsonl; csv: events.csv,"
              + " event_mentions.csv, quotes.csv; gdelt: events.gdelt.tsv (GDELT 2.0 events).")
  Format format = Format.jsonl;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "First day (yyyy-mm-dd): event dates for events, publication dates for"
              + " articles and quotes.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd).")
  String to;

  @Option(
      names = "--outlet",
      paramLabel = "OUTLET",
      description =
          "Records reported by this outlet: its id (outlets.jsonl), name, alias or domain.")
  String outlet;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description =
          "Events with this source or target, quotes with this speaker: a CAMEO code"
              + " prefix (RUS, RUSGOV) or an entity id (e...).")
  String actor;

  @Option(names = "--story", paramLabel = "ID", description = "The records of this story.")
  String story;

  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    Rules rules = ruleOptions.rules(spec.commandLine());
    LocalDate first = date("--from", from);
    LocalDate last = date("--to", to);
    ExportFolder.check(out, spec.commandLine());
    if (streamed(started, rules, first, last)) {
      return 0;
    }
    StoredCorpus stored = StoredCorpus.read(readStore.store, rules, spec.commandLine());
    String outletId = null;
    if (outlet != null) {
      outletId =
          stored.corpus().outlets().find(outlet).map(Outlet::id).orElseThrow(this::noSuchOutlet);
    }
    ExportFilter filter =
        new ExportFilter(first, last, outletId, actor == null ? null : actor.strip(), story);
    ExportFilter.Selection kept = filter.select(stored.corpus().records(), stored.outletOf());
    ReportData records = kept.records();
    switch (format) {
      case jsonl -> {
        RecordFiles.writeArticles(
            out.resolve("articles.jsonl"),
            records.articles(),
            a ->
                new RecordFiles.ArticleLine(
                    a,
                    stored.outletOf().containsKey(a.id())
                        ? stored.outletOf().get(a.id()).id()
                        : null,
                    stored.corpus().publishedEvent(a.id())));
        List<Outlet> outlets =
            stored.corpus().outletList().stream()
                .filter(o -> kept.outletIds().contains(o.id()))
                .toList();
        RecordFiles.writeCorpus(out::resolve, records, outlets, name -> true);
        try (RelationalStore store = StoredCorpus.open(readStore.store, spec.commandLine())) {
          writeRedirects(store);
        }
      }
      case csv ->
          CsvExport.write(
              out,
              records.events(),
              records.quotes(),
              byId(records.articles(), Article::id),
              id -> stored.outletOf().containsKey(id) ? stored.outletOf().get(id).id() : null);
      case gdelt -> {
        Set<String> countries = countries(rules);
        new GdeltExport(byId(records.entities(), Entity::id), leads(records.articles()), countries)
            .write(out.resolve(GdeltExport.FILE), records.events());
      }
    }
    if (TerminalLog.verbosity() != Verbosity.QUIET) {
      spec.commandLine()
          .getOut()
          .printf(
              "parallax: exported %d articles, %d events, %d quotes (%s) into %s in %.1f s%n",
              records.articles().size(),
              records.events().size(),
              records.quotes().size(),
              format,
              out,
              Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }
    return 0;
  }

  /**
   * Writes a whole export from the store's tables, a chunk at a time, when its corpus records are
   * current; false (nothing written) when they are pending: the records are then made again in
   * memory from the stored articles. Memory holds one chunk of records, and for csv and gdelt the
   * few fields of each article (and, for gdelt, of each entity) that rows look up.
   */
  @SuppressWarnings("unchecked")
  private boolean streamed(long started, Rules rules, LocalDate first, LocalDate last)
      throws IOException {
    try (RelationalStore store = StoredCorpus.open(readStore.store, spec.commandLine())) {
      if (store.corpusPending()) {
        return false;
      }
      String outletId = null;
      if (outlet != null) {
        outletId =
            OutletDirectory.find(store.outlets(), outlet)
                .map(Outlet::id)
                .orElseThrow(() -> noSuchOutlet());
      }
      Selection selection =
          new Selection(
              first == null ? null : first.toString(),
              last == null ? null : last.toString(),
              outletId,
              actor == null ? null : actor.strip(),
              story);
      store.choose(selection);
      Iterable<Event> events = (Iterable<Event>) store.records("events.jsonl", selection);
      Iterable<Quote> quotes = (Iterable<Quote>) store.records("quotes.jsonl", selection);
      long articles;
      switch (format) {
        case jsonl -> {
          articles =
              RecordFiles.writeLines(
                  out.resolve("articles.jsonl"), store.records("articles.jsonl", selection));
          for (String file : RecordFiles.CORPUS_FILES) {
            RecordFiles.writeLines(out.resolve(file), store.records(file, selection));
          }
          writeRedirects(store);
        }
        case csv -> {
          Lookups look = Lookups.of(store, false);
          articles = 0;
          CsvExport.write(out, events, quotes, look.articles(), look.outletIds()::get);
        }
        case gdelt -> {
          Lookups look = Lookups.of(store, true);
          articles = 0;
          new GdeltExport(look.entities(), look.leads(), countries(rules))
              .write(out.resolve(GdeltExport.FILE), events);
        }
        default -> throw new IllegalStateException(format.name());
      }
      if (TerminalLog.verbosity() != Verbosity.QUIET) {
        spec.commandLine()
            .getOut()
            .printf(
                "parallax: exported %s(%s, streamed from the store's tables) into %s in %.1f s%n",
                format == Format.jsonl ? articles + " articles " : "",
                format,
                out,
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
      }
      return true;
    }
  }

  /**
   * Writes {@code redirects.jsonl}: every entity and event id that a later run of the store
   * retired, with the id that took its mentions, whatever the filter (an old link names no date or
   * outlet).
   */
  private void writeRedirects(RelationalStore store) throws IOException {
    RecordFiles.writeLines(out.resolve(REDIRECTS), store.redirects());
  }

  /** The file of {@link #writeRedirects}. */
  static final String REDIRECTS = "redirects.jsonl";

  /** The source and lead of each article, by id, as gdelt rows look them up. */
  private static Map<String, GdeltExport.Lead> leads(List<Article> articles) {
    Map<String, GdeltExport.Lead> leads = new HashMap<>();
    articles.forEach(a -> leads.put(a.id(), GdeltExport.Lead.of(a)));
    return leads;
  }

  /**
   * What csv and gdelt rows look up, read from a stream of the store: for csv each article without
   * its body and removed blocks, for gdelt each article's source and lead and each entity without
   * its mentions; and each article's outlet id.
   */
  private record Lookups(
      Map<String, Article> articles,
      Map<String, GdeltExport.Lead> leads,
      Map<String, String> outletIds,
      Map<String, Entity> entities) {
    static Lookups of(RelationalStore store, boolean gdelt) {
      Map<String, Article> articles = new HashMap<>();
      Map<String, GdeltExport.Lead> leads = new HashMap<>();
      Map<String, String> outletIds = new HashMap<>();
      for (Object line : store.records("articles.jsonl")) {
        RecordFiles.ArticleLine l = (RecordFiles.ArticleLine) line;
        Article a = l.article();
        if (gdelt) {
          leads.put(a.id(), GdeltExport.Lead.of(a));
        } else {
          articles.put(a.id(), a.withText("", List.of()));
        }
        if (l.outletId() != null) {
          outletIds.put(a.id(), l.outletId());
        }
      }
      Map<String, Entity> entities = new HashMap<>();
      if (gdelt) {
        for (Object record : store.records("entities.jsonl")) {
          Entity e = (Entity) record;
          entities.put(
              e.id(), new Entity(e.id(), e.name(), e.type(), e.actor(), e.aliases(), List.of()));
        }
      }
      return new Lookups(articles, leads, outletIds, entities);
    }
  }

  private CommandLine.ParameterException noSuchOutlet() {
    return new CommandLine.ParameterException(
        spec.commandLine(), "--outlet " + outlet + ": no such outlet in the store");
  }

  private static Set<String> countries(Rules rules) {
    return Models.of(rules).kb().countries().stream()
        .map(Country::code)
        .collect(Collectors.toSet());
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    records.forEach(r -> out.put(id.apply(r), r));
    return out;
  }

  private LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " " + value + ": not a date (yyyy-mm-dd)");
    }
  }

  /** The export folder: missing, empty, or an earlier export's (marked by a file of ours). */
  static final class ExportFolder {
    static final String MARK = ".parallax-export";

    private ExportFolder() {}

    static void check(Path out, CommandLine cli) throws IOException {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new CommandLine.ParameterException(cli, "--out " + out + " is a file");
      }
      if (Files.isDirectory(out) && !Files.exists(out.resolve(MARK))) {
        try (var entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw new CommandLine.ParameterException(
                cli,
                "--out "
                    + out
                    + " holds files parallax export did not write: name a new or empty folder");
          }
        }
      }
      Files.createDirectories(out);
      Files.writeString(out.resolve(MARK), "This folder holds a parallax export.\n");
      // an earlier export's files go, so that the folder holds one export
      List<String> ours = new java.util.ArrayList<>(RecordFiles.CORPUS_FILES);
      ours.add("articles.jsonl");
      ours.addAll(CsvExport.FILES);
      ours.add(GdeltExport.FILE);
      ours.add(REDIRECTS);
      for (String name : ours) {
        Files.deleteIfExists(out.resolve(name));
      }
    }
  }
}
