package dev.parallax.cli;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.Stage;
import java.nio.file.Path;
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
    description = {
      "Analyses news reports: reads every input, cleans each page into an article and writes the"
          + " results as JSON Lines files (articles.jsonl, ...) into the output folder.",
      "Every input is accounted for: one that cannot be read is listed in articles.jsonl with"
          + " \"rejected\": reason, and the run goes on.",
      ""
    },
    footer = {
      "",
      "Inputs: .txt, .html, .htm, .html.gz, .jsonl ({url, outlet, published, title, html | text}"
          + " per line), .warc/.warc.gz (response records), RSS/Atom feeds; folders are read"
          + " recursively.",
      "",
      "Examples:",
      "  parallax analyze --out out examples/",
      "  parallax analyze --manifest examples/manifest.csv --until clean --out out examples/",
      "",
      "Exit codes: 0 done; 1 done, but some inputs were rejected; 2 usage error; 3 failed.",
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files or folders to read (folders recursively).")
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
      description = "Folder for the output files (created if missing; default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--until",
      paramLabel = "STAGE",
      defaultValue = "clean",
      description =
          "Last stage to run, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."
              + " Example: --until clean cleans thousands of pages fast.")
  String until;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-document-mb",
      paramLabel = "MB",
      defaultValue = "16",
      description = "Reject any single document larger than this (default: ${DEFAULT-VALUE} MB).")
  int maxDocumentMb;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Stage stage = parseStage(until);
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
    Analysis analysis =
        new Analysis(
            new Ingestor(meta, new IngestOptions((long) maxDocumentMb << 20)),
            new ArticleCleaner(),
            new AnalysisOptions(out, stage, threads));
    AnalysisSummary summary = analysis.run(inputs, TerminalProgress.forStderr());
    spec.commandLine().getOut().println("parallax: " + summary.line() + "; output in " + out);
    return summary.rejected() > 0 ? Main.EXIT_REJECTED : 0;
  }

  private Stage parseStage(String name) {
    for (Stage s : Stage.values()) {
      if (s.wireName().equals(name)) {
        return s;
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "unknown stage '"
            + name
            + "'; stages: "
            + java.util.Arrays.toString(Stage.values()).toLowerCase(java.util.Locale.ROOT));
  }
}
