package dev.parallax.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Ingestor.InputFile;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.ResultLine;
import dev.parallax.pipeline.RuleTables;
import dev.parallax.resources.Rules;
import dev.parallax.resources.RulesException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The per-article analysis as a Spark job ({@code ./parallax-spark}, or {@code spark-submit --class
 * dev.parallax.spark.SparkJob}). The driver lists the input files ({@link InputFiles}: local paths
 * as {@code parallax analyze} walks them, or URIs of any file system Hadoop reads), the executors
 * read them with the readers of {@code analyze} (the same manifest and rejections) and run the
 * per-article stages on partitions of the documents read from them; the job writes into {@code
 * --out}:
 *
 * <ul>
 *   <li>{@code results/part-*}: JSON Lines, one {@link ResultLine} per input (article or
 *       rejection), which {@code parallax import} loads into a store;
 *   <li>{@code parquet/articles}, {@code parquet/events}, {@code parquet/quotes}: Parquet tables
 *       partitioned by publication month ({@code month=2024-03}, {@code month=undated});
 *   <li>{@code _attempts/}: which input each task attempt was on ({@link Attempts}).
 *   <li>{@code _rules.json}: the prints of the rules the job read ({@link Provenance.RulePrints}).
 * </ul>
 *
 * <p>Arguments: {@code [--master URL] [--manifest FILE] [--partitions N] [--max-document-mb MB]
 * [--rules DIR] [--kb FILE]... --out DIR INPUT...}; {@code --rules} and {@code --kb} as for {@code
 * parallax analyze}, read on the driver to check them and on each executor (paths every executor
 * sees, or shipped with {@code spark-submit --files}).
 */
public final class SparkJob {
  private SparkJob() {}

  /** The parsed arguments. */
  record Args(
      String master,
      Path manifest,
      int partitions,
      int maxDocumentMb,
      String out,
      List<String> inputs,
      String rules,
      List<String> kb) {
    Args {
      kb = List.copyOf(kb);
    }

    /** The arguments of a run with the bundled rules. */
    Args(
        String master,
        Path manifest,
        int partitions,
        int maxDocumentMb,
        String out,
        List<String> inputs) {
      this(master, manifest, partitions, maxDocumentMb, out, inputs, null, List.of());
    }

    /**
     * The rules the arguments name (the bundled ones, with the user's {@code --rules} folder and
     * {@code --kb} files layered over them).
     *
     * @throws RulesException listing every problem in the user's files
     */
    Rules readRules() {
      return RuleTables.layered(
          rules == null ? null : Path.of(rules), kb.stream().map(Path::of).toList());
    }

    static Args parse(String[] args) {
      String master = null;
      Path manifest = null;
      int partitions = 0;
      int maxMb = 16;
      String out = null;
      List<String> inputs = new ArrayList<>();
      String rules = null;
      List<String> kb = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--master" -> master = value(args, ++i, a);
          case "--manifest" -> manifest = Path.of(value(args, ++i, a));
          case "--partitions" -> partitions = positive(value(args, ++i, a), a);
          case "--max-document-mb" -> maxMb = positive(value(args, ++i, a), a);
          case "--out" -> out = value(args, ++i, a);
          case "--rules" -> rules = value(args, ++i, a);
          case "--kb" -> kb.add(value(args, ++i, a));
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            inputs.add(a);
          }
        }
      }
      if (out == null || inputs.isEmpty()) {
        throw new IllegalArgumentException("give --out DIR and at least one INPUT");
      }
      return new Args(master, manifest, partitions, maxMb, out, inputs, rules, kb);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int positive(String value, String option) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " must be a whole number >= 1, not " + value);
    }
  }

  public static void main(String[] argv) throws IOException {
    Args args;
    try {
      args = Args.parse(argv);
      args.readRules();
    } catch (IllegalArgumentException e) { // a RulesException too
      System.err.println("parallax-spark: " + e.getMessage());
      System.err.println(
          "usage: parallax-spark [--master URL] [--manifest FILE] [--partitions N]"
              + " [--max-document-mb MB] [--rules DIR] [--kb FILE]... --out DIR INPUT...");
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("parallax");
    if (args.master() != null) {
      conf.setMaster(args.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      if (conf.get("spark.master").startsWith("local")) {
        // on a laptop, Spark's progress lines would drown the job's own
        spark.sparkContext().setLogLevel("WARN");
      }
      long[] counts = run(spark, args);
      System.err.println(
          "parallax-spark: "
              + counts[0]
              + " inputs: "
              + counts[1]
              + " articles, "
              + (counts[0] - counts[1])
              + " rejected; output in "
              + args.out());
    }
  }

  /**
   * Runs the job; returns the number of inputs and of accepted articles.
   *
   * @throws IllegalArgumentException when the manifest cannot be read or {@code --out} is taken
   */
  static long[] run(SparkSession spark, Args args) throws IOException {
    Manifest manifest = args.manifest() == null ? Manifest.EMPTY : Manifest.read(args.manifest());
    long maxBytes = (long) args.maxDocumentMb() << 20;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> listed =
        InputFiles.list(
            args.inputs(),
            new Ingestor(manifest, new IngestOptions(maxBytes)),
            manifest,
            jsc.hadoopConfiguration());
    List<ShippedFile> files = new ArrayList<>();
    listed.forEach(file -> files.add(new ShippedFile(files.size(), file)));
    int partitions = args.partitions() > 0 ? args.partitions() : jsc.defaultParallelism();
    String out = args.out();
    // the executors read the files; each item keyed by its file and its place in it
    JavaRDD<Shipped> read =
        jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
            .flatMap(new ReadFiles(manifest, maxBytes))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // numbered in input order: the items of the files before a file come before its own
    Map<Integer, Long> perFile = read.map(item -> ReadFiles.fileOf(item.index)).countByValue();
    long[] first = new long[files.size() + 1];
    for (int f = 0; f < files.size(); f++) {
      first[f + 1] = first[f] + perFile.getOrDefault(f, 0L);
    }
    long inputs = first[files.size()];
    Broadcast<long[]> firstOf = jsc.broadcast(first);
    JavaRDD<String> lines =
        read.mapToPair(
                item -> {
                  long index =
                      firstOf.value()[ReadFiles.fileOf(item.index)]
                          + ReadFiles.recordOf(item.index);
                  return new Tuple2<>(index, item.numbered(index));
                })
            .partitionBy(new HashPartitioner((int) Math.max(1, Math.min(partitions, inputs))))
            .values()
            .mapPartitions(new AnalysePartition(out + "/_attempts", args.rules(), args.kb()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    lines.saveAsTextFile(out + "/results");
    writeRulePrints(jsc, out, args.readRules());
    read.unpersist();
    for (String table : List.of("articles", "events", "quotes")) {
      Dataset<String> rows =
          spark.createDataset(lines.flatMap(line -> rows(table, line)).rdd(), Encoders.STRING());
      if (!rows.isEmpty()) {
        spark.read().json(rows).write().partitionBy("month").parquet(out + "/parquet/" + table);
      }
    }
    long articles = lines.filter(line -> ResultLine.decode(line).article() != null).count();
    lines.unpersist();
    return new long[] {inputs, articles};
  }

  /**
   * Writes {@code _rules.json} into {@code --out}: the prints of the rules the job read, which
   * {@code parallax import} checks against its own.
   */
  private static void writeRulePrints(JavaSparkContext jsc, String out, Rules rules)
      throws IOException {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, Provenance.RulePrints.FILE);
    try (var stream = file.getFileSystem(jsc.hadoopConfiguration()).create(file, true)) {
      stream.write(
          (Jsonl.line(Provenance.RulePrints.of(rules)) + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The rows of {@code table} one result line gives, as JSON with its article's month. */
  static Iterator<String> rows(String table, String json) {
    ResultLine line = ResultLine.decode(json);
    Article article = line.article();
    List<String> rows = new ArrayList<>();
    if (article == null) {
      return rows.iterator();
    }
    String month = month(article.published());
    List<?> records =
        switch (table) {
          case "articles" -> List.of(article);
          case "events" -> line.events();
          case "quotes" -> line.quotes();
          default -> throw new IllegalArgumentException("no table " + table);
        };
    for (Object record : records) {
      ObjectNode node = Jsonl.mapper().valueToTree(record);
      if (!table.equals("articles")) {
        node.put("article_id", article.id());
      }
      node.put("month", month);
      rows.add(node.toString());
    }
    return rows.iterator();
  }

  /**
   * The month partition of a publication date: {@code 2024-03}, {@code 2024} or {@code undated}.
   */
  static String month(PartialDate published) {
    if (published == null) {
      return "undated";
    }
    return published.month() > 0
        ? String.format("%04d-%02d", published.year(), published.month())
        : String.format("%04d", published.year());
  }
}
