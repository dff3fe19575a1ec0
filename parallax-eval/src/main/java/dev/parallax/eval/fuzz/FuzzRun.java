package dev.parallax.eval.fuzz;

import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs hostile inputs through the per-article pipeline and tells what became of each: an article, a
 * rejection, or a failure (anything thrown out of {@link Pipeline#analyse}, or a result that is
 * neither). Every input must end as an article or a rejection.
 */
public final class FuzzRun {
  /** An input that escaped the pipeline's accounting. */
  public record Failure(String source, String error, byte[] content) {}

  /** What a run made of its inputs. */
  public record Outcome(
      int inputs, int articles, int rejections, int failed, List<Failure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  private FuzzRun() {}

  /**
   * Feeds inputs from {@code inputs} to {@code pipeline} while {@code more} says so.
   *
   * @param keep how many failures to keep (the others are counted)
   */
  public static Outcome run(Pipeline pipeline, FuzzInputs inputs, BooleanSupplier more, int keep) {
    int n = 0;
    int articles = 0;
    int rejections = 0;
    int failed = 0;
    List<Failure> failures = new ArrayList<>();
    while (more.getAsBoolean()) {
      RawDocument doc = inputs.next();
      n++;
      String error;
      try {
        ArticleResult result = pipeline.analyse(doc);
        if (result.record() instanceof Article) {
          articles++;
          continue;
        }
        if (result.record() instanceof Rejection r && r.source().equals(doc.source())) {
          rejections++;
          continue;
        }
        error = "neither an article nor its own rejection: " + result.record();
      } catch (RuntimeException | StackOverflowError e) {
        error = e.toString();
      }
      failed++;
      if (failures.size() < keep) {
        failures.add(new Failure(doc.source(), error, doc.content()));
      }
    }
    return new Outcome(n, articles, rejections, failed, failures);
  }
}
