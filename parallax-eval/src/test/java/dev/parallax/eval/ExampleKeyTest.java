package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.events.EventExtractor;
import dev.parallax.pipeline.Models;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled example corpus scored against its answer key ({@code examples/.answers.json}, written
 * by the corpus author), as {@code parallax eval actors --data examples} and {@code parallax eval
 * events --data examples/.answers.json} score it: floors under the figures.
 */
@Tag("slow") // runs CoreNLP on the examples
class ExampleKeyTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  @Test
  void entityMergePrecisionAndRecallAgainstTheKey() throws IOException {
    ActorCorpus corpus =
        ActorCorpus.read(EXAMPLES, Models.shared().annotator(), KnowledgeBase.builtIn());
    EntityMergeEvaluation.Score score =
        corpus.score(ActorCorpus.readKey(EXAMPLES.resolve(".answers.json")));
    System.out.println("example corpus entity merges: " + score.summary());
    // measured when written: precision 0.995, recall 0.876 over 214 occurrences
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void findsTheKeysEventsWithModestPrecisionAndRecall() throws IOException {
    EventScore total =
        new EventEvaluation(
                Models.shared().annotator(),
                new ActorResolver(KnowledgeBase.builtIn()),
                new EventExtractor())
            .run(ExampleEventCases.read(EXAMPLES.resolve(".answers.json")));
    System.out.print("examples: " + total.report());
    assertThat(total.gold()).isGreaterThan(40);
    assertThat(total.precision()).isGreaterThan(0.35);
    assertThat(total.recall()).isGreaterThan(0.3);
  }
}
