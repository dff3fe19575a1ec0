package dev.parallax.spark;

import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.ResultLine;
import dev.parallax.pipeline.RuleTables;
import dev.parallax.pipeline.Until;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The per-article stages over one partition of inputs, on an executor: one {@link ResultLine} per
 * input. A document the stages fail on is rejected by them, naming the stage, and the partition
 * goes on; a document in progress when two earlier attempts of this task died ({@link Attempts}) is
 * rejected as having killed the executor, and skipped.
 */
final class AnalysePartition implements FlatMapFunction<Iterator<Shipped>, String> {
  private static final long serialVersionUID = 1L;

  /** The reason of an input skipped because its analysis killed the executor twice. */
  static final String KILLED = "killed the executor: the task analysing it died twice on it";

  /** The stage named by those rejections: the executor, not any one analysis stage. */
  static final String EXECUTOR = "executor";

  /**
   * For tests only: the source of an input whose analysis fails its task attempt (as an executor
   * dying on it would), so that Spark's retries are exercised for real.
   */
  static final String DIE_ON = "parallax.spark.test.dieOn";

  private final String attemptsFolder;
  private final String rules;
  private final List<String> kb;

  /**
   * @param rules the user's rules folder, or null
   * @param kb the user's knowledge-base files
   */
  AnalysePartition(String attemptsFolder, String rules, List<String> kb) {
    this.attemptsFolder = attemptsFolder;
    this.rules = rules;
    this.kb = List.copyOf(kb);
  }

  @Override
  public Iterator<String> call(Iterator<Shipped> inputs) {
    TaskContext task = TaskContext.get();
    Attempts attempts =
        new Attempts(attemptsFolder, task.stageId(), task.partitionId(), task.attemptNumber());
    Set<Long> killers = task.attemptNumber() > 0 ? attempts.killers() : Set.of();
    List<String> lines = new ArrayList<>();
    while (inputs.hasNext()) {
      Shipped input = inputs.next();
      ArticleResult result;
      if (killers.contains(input.index)) {
        result = ArticleResult.of(Rejection.of(input.source, KILLED, EXECUTOR), List.of());
      } else {
        attempts.starting(input.index);
        result = analyse(input.item(), ExecutorModels.pipeline(rules, kb));
      }
      lines.add(ResultLine.encode(input.index, result));
    }
    attempts.done();
    return lines.iterator();
  }

  private static ArticleResult analyse(IngestItem item, Pipeline pipeline) {
    if (item instanceof Rejection rejection) {
      return ArticleResult.of(rejection, List.of());
    }
    RawDocument doc = (RawDocument) item;
    if (doc.source().equals(System.getProperty(DIE_ON))) {
      throw new Error("test: the task analysing " + doc.source() + " dies");
    }
    return pipeline.analyse(doc);
  }

  /**
   * The per-article stages of this executor JVM for each set of rules, their NLP models loaded
   * once, when first needed (the user's rule tables read once per JVM too).
   */
  static final class ExecutorModels {
    private static final Map<List<String>, Pipeline> PIPELINES = new HashMap<>();

    private ExecutorModels() {}

    static synchronized Pipeline pipeline(String rules, List<String> kb) {
      List<String> key = new ArrayList<>();
      key.add(rules);
      key.addAll(kb);
      return PIPELINES.computeIfAbsent(
          key,
          k -> {
            Models models =
                rules == null && kb.isEmpty()
                    ? Models.shared()
                    : Models.of(
                        RuleTables.layered(
                            rules == null ? null : Path.of(rules),
                            kb.stream().map(Path::of).toList()));
            Pipeline p = Pipeline.standard(Until.last(), models, null);
            p.prepare();
            return p;
          });
    }
  }
}
