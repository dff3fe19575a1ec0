package dev.parallax.eval.bench;

import dev.parallax.eval.fuzz.FuzzInputs;
import dev.parallax.eval.fuzz.FuzzRun;
import dev.parallax.eval.fuzz.FuzzSeeds;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench fuzz}: the seeded fuzz test of the build, for as long as one likes: hostile
 * inputs through the per-article pipeline, each of which must end as an article or a rejection.
 */
@Command(
    name = "fuzz",
    mixinStandardHelpOptions = true,
    description = {
      "Feeds hostile inputs (byte mutations and truncations of real pages, tag soup, random"
          + " Unicode from every plane) through the per-article pipeline for --seconds, and"
          + " counts what each became: an article, a rejection, or a failure (an input that"
          + " escaped the pipeline's accounting). Equal seeds give equal inputs.",
      "Last line: {\"task\":\"bench-fuzz\",\"inputs\":..,\"inputs_per_minute\":..,\"articles\":..,"
          + "\"rejections\":..,\"failed\":..,\"failures\":[{source, error}]}.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax bench fuzz --seconds 600 --until clean",
      "  parallax bench fuzz --seconds 1800 --seed 7 --save fuzz-failures/"
    })
final class BenchFuzzCommand implements Callable<Integer> {
  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "60",
      description = "How long to fuzz (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "The random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--until",
      paramLabel = "STAGE",
      defaultValue = "extract",
      description =
          "Last per-article stage: clean, annotate or extract (default ${DEFAULT-VALUE}).")
  String until;

  @Option(
      names = "--from",
      paramLabel = "PATH",
      description = "Documents to mutate (default: examples/).")
  List<Path> from = List.of(Path.of("examples"));

  @Option(
      names = "--save",
      paramLabel = "DIR",
      description = "Write each failing input into this folder, to replay it with `analyze`.")
  Path save;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Until last = Until.valueOf(until.strip().toUpperCase(java.util.Locale.ROOT));
    List<RawDocument> seeds = FuzzSeeds.read(from);
    Pipeline pipeline = Pipeline.standard(last, Models.shared(), null);
    pipeline.prepare();
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    FuzzRun.Outcome o =
        FuzzRun.run(pipeline, new FuzzInputs(seeds, seed), () -> System.nanoTime() < end, 20);
    double minutes = (System.nanoTime() - start) / 60e9;
    if (save != null) {
      Files.createDirectories(save);
      for (FuzzRun.Failure f : o.failures()) {
        Files.write(save.resolve(f.source().replace('/', '-')), f.content());
      }
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "bench-fuzz");
    line.put("seed", seed);
    line.put("until", last.wireName());
    line.put("inputs", o.inputs());
    line.put("inputs_per_minute", Math.round(o.inputs() / minutes));
    line.put("articles", o.articles());
    line.put("rejections", o.rejections());
    line.put("failed", o.failed());
    line.put(
        "failures",
        o.failures().stream().map(f -> Map.of("source", f.source(), "error", f.error())).toList());
    out.println(Jsonl.line(line));
    return o.failed() == 0 ? 0 : 1;
  }
}
