package dev.parallax.cli;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.CorpusStageException;
import dev.parallax.pipeline.OutputSet;
import dev.parallax.pipeline.Until;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax analyze}: the main job. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Analyses news reports: reads every input, cleans each page into an article, and writes"
          + " the results as JSON Lines files into the output folder (articles.jsonl, ...).",
      "Every input is accounted for: one that cannot be read is listed in the output with"
          + " \"rejected\": reason, and the run goes on.",
      ""
    },
    footer = {
      "",
      "Inputs: .txt, .html and .htm pages, also gzip-compressed (.html.gz, .txt.gz);",
      "JSON Lines (.jsonl, .jsonl.gz), one {url, outlet, published, title, html | text}",
      "per line; web archives (.warc, .warc.gz), their HTTP response records; RSS and",
      "Atom feeds (.rss, .atom, .xml), their items. Folders are read recursively, in",
      "name order.",
      "",
      "Examples:",
      "  parallax analyze --out out examples/",
      "  parallax analyze --manifest examples/manifest.csv --out out examples/",
      "  parallax analyze --until clean --threads 2 --out cleaned crawl.warc.gz",
      "  parallax analyze --store corpus.db --out out examples/ more/",
      "    (run again with new inputs: only those are analysed)",
      "  parallax analyze --rules my-rules/ --kb my-offices.tsv --out out examples/",
      "",
      "The run ends with a summary: articles, rejections (by reason, with the first",
      "inputs of each), articles not analysed (not in English, by language), diagnostics",
      "by stage, and the time per stage.",
      "",
      "Exit codes: 0 done; 1 done, but some inputs were rejected (see articles.jsonl);",
      "2 usage error (bad option, missing INPUT, bad manifest); 3 the run failed.",
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Files or folders to read (folders recursively). Example: examples/ news.warc.gz")
  List<Path> inputs;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description =
          "CSV or JSON file with columns file, url, outlet, published, language (and optionally"
              + " title) adding metadata to the inputs; it overrides what the pages say."
              + " Example: --manifest corpus/manifest.csv")
  Path manifest;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "parallax-out",
      description =
          "Folder for the output files, created if missing (default: ${DEFAULT-VALUE}); a"
              + " folder holding files Parallax did not write is refused. The files are moved"
              + " in when all are written (run.json last). Example: --out results")
  Path out;

  @Option(
      names = "--until",
      paramLabel = "STAGE",
      completionCandidates = StageNames.class,
      converter = StageNames.class,
      description =
          "Last stage to run, one of: ${COMPLETION-CANDIDATES} (default: the whole analysis)."
              + " Example: --until clean cleans thousands of pages fast.")
  Until until;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: the number of cores, here ${DEFAULT-VALUE})."
              + " Example: --threads 1")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-document-mb",
      paramLabel = "MB",
      defaultValue = "16",
      description =
          "Reject any single document (a file, or a record in an archive) larger than this"
              + " (default: ${DEFAULT-VALUE} MB). Example: --max-document-mb 64")
  int maxDocumentMb;

  @Option(
      names = "--store",
      paramLabel = "STORE",
      converter = StoreLocations.class,
      description =
          "The store keeping the analysed corpus, created if missing. Inputs already stored"
              + " (same content) are not analysed again; new articles are saved and join the"
              + " stored stories or open new ones; the output describes the whole stored corpus."
              + " Needs the whole analysis (no --until)."
              + StoreLocations.HELP
              + " Example: --store corpus.db")
  StoreLocation store;

  @Option(
      names = "--keep-source",
      description =
          "With --store: keep the bytes each new article was read from in the store, as evidence"
              + " of what was read (about the size of the inputs again). Example: --store corpus.db"
              + " --keep-source")
  boolean keepSource;

  @CommandLine.Mixin SearchIndexes.IndexOption indexOption;

  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || maxDocumentMb < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads and --max-document-mb must be at least 1");
    }
    Manifest meta;
    try {
      meta = manifest == null ? Manifest.EMPTY : Manifest.read(manifest);
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot read --manifest " + manifest + ": " + e.getMessage());
    }
    Rules rules = ruleOptions.rules(spec.commandLine());
    Until last = until == null ? Until.last() : until;
    if (keepSource && store == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--keep-source keeps the inputs in a store: give --store too");
    }
    if (indexOption.index != null && store == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--index is the search index of a store: give --store too");
    }
    if (store != null && last != Until.last()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--store needs the whole analysis: leave out --until");
    }
    Ingestor ingestor = new Ingestor(meta, new IngestOptions((long) maxDocumentMb << 20));
    AnalysisOptions options = new AnalysisOptions(out, last, threads, rules);
    AnalysisSummary summary;
    // the store and the output folder are checked before anything is analysed
    if (store == null) {
      checkOut();
      summary = run(new Analysis(ingestor, options));
    } else {
      try (RelationalStore corpus = openStore()) {
        corpus.keepSources(keepSource);
        checkOut();
        summary = run(new Analysis(ingestor, options, corpus));
        SearchIndexes.catchUp(
            corpus,
            indexOption.of(store),
            spec.commandLine().getErr(),
            TerminalLog.verbosity() == Verbosity.QUIET);
      }
    }
    if (TerminalLog.verbosity() != Verbosity.QUIET) {
      printSummary(summary, out, spec.commandLine().getOut());
    }
    return summary.rejected() > 0 ? Main.EXIT_REJECTED : 0;
  }

  /** The lines that end a run: what it made, what it rejected and why, what the stages met. */
  static void printSummary(AnalysisSummary summary, Path out, PrintWriter terminal) {
    terminal.println("parallax: " + summary.line() + "; output in " + out);
    if (summary.rejected() > 0) {
      terminal.println("parallax: " + summary.rejected() + " rejected: " + summary.rejectionLine());
    }
    if (summary.notAnalysedCount() > 0) {
      terminal.println(
          "parallax: "
              + summary.notAnalysedCount()
              + " not analysed, Parallax analyses English only (kept cleaned and dated, without"
              + " names, events or quotes): "
              + summary.notAnalysedLine());
    }
    if (summary.diagnostics() > 0) {
      terminal.println(
          "parallax: "
              + summary.diagnostics()
              + " diagnostics: "
              + summary.diagnosticLine()
              + " (in diagnostics.jsonl)");
    }
    terminal.println("parallax: time per stage, summed over threads: " + summary.stageLine());
  }

  private AnalysisSummary run(Analysis analysis) throws java.io.IOException {
    return run(() -> analysis.run(inputs, TerminalProgress.forStderr()), out);
  }

  /** A run of an {@link Analysis}. */
  interface Run {
    AnalysisSummary run() throws java.io.IOException;
  }

  /** Runs {@code run}, which writes into {@code out}, saying what a failed corpus stage left. */
  static AnalysisSummary run(Run run, Path out) throws java.io.IOException {
    try {
      return run.run();
    } catch (CorpusStageException e) {
      throw new IllegalStateException(
          e.getMessage()
              + "; articles.jsonl and diagnostics.jsonl are written in "
              + out
              + ", the corpus records, report.html and run.json are not",
          e);
    }
  }

  /** Checks that --out is a folder Parallax may write: new, empty or its own, and writable. */
  private void checkOut() throws java.io.IOException {
    checkOut(out, spec);
  }

  /** Checks that {@code out} is a folder Parallax may write, a usage error when not. */
  static void checkOut(Path out, CommandLine.Model.CommandSpec spec) throws java.io.IOException {
    try {
      OutputSet.check(out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot use --out: " + e.getMessage());
    } catch (java.io.IOException e) {
      String why =
          e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : e.getClass().getSimpleName() + " " + e.getMessage();
      throw new java.io.IOException("cannot create or write --out " + out + ": " + why, e);
    }
  }

  private RelationalStore openStore() {
    return openStore(store, spec);
  }

  /** Opens {@code --store}, a usage error when it cannot be. */
  static RelationalStore openStore(StoreLocation store, CommandLine.Model.CommandSpec spec) {
    try {
      return RelationalStore.open(store);
    } catch (StoreException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot use --store: " + e.getMessage());
    }
  }

  /** The stage names users type ({@code clean}), for help and for parsing {@code --until}. */
  static final class StageNames implements Iterable<String>, CommandLine.ITypeConverter<Until> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Until.values()).map(Until::wireName).iterator();
    }

    @Override
    public Until convert(String name) {
      for (Until s : Until.values()) {
        if (s.wireName().equalsIgnoreCase(name.strip())) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown stage '" + name + "'; the stages are: " + String.join(", ", this));
    }
  }
}
