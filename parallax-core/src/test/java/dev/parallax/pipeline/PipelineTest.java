package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage list: validated when built, one vocabulary of names, one place that rejects. */
class PipelineTest {
  private static final RawDocument PAGE =
      RawDocument.of(
          "page.txt",
          ("Lindenfeld reopens its bridge\n\nThe mayor of Lindenfeld said on Friday that the old"
                  + " bridge would reopen to traffic next week after repairs.\n")
              .getBytes(StandardCharsets.UTF_8),
          MediaType.TEXT,
          null,
          SourceMetadata.NONE);

  @Test
  void aStageWhoseInputNothingEarlierProducesIsAnErrorWhenBuilt() {
    List<ArticleStage> stages =
        List.of(new PerArticleStages.Decode(), new PerArticleStages.Events(Models.shared()));
    assertThatThrownBy(() -> new Pipeline(stages, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage events reads")
        .hasMessageContaining("PARSE");
  }

  @Test
  void aCorpusStageIsCheckedAgainstEveryStageBeforeIt() {
    List<ArticleStage> clean =
        Pipeline.standard(Until.CLEAN, Models.shared(), null).articleStages();
    assertThatThrownBy(() -> new Pipeline(clean, List.of(new CorpusStages.Fusion(null, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage fusion reads");
  }

  @Test
  void twoStagesWithOneNameAreAnError() {
    assertThatThrownBy(
            () ->
                new Pipeline(
                    List.of(new PerArticleStages.Decode(), new PerArticleStages.Decode()),
                    List.of()))
        .hasMessageContaining("two stages are named decode");
  }

  @Test
  void untilNamesPointsInOneListOfStages() {
    assertThat(Pipeline.standard(Until.CLEAN, Models.shared(), null).stageNames())
        .containsExactly("decode", "clean");
    assertThat(Pipeline.standard(Until.ANNOTATE, Models.shared(), null).stageNames())
        .containsExactly("decode", "clean", "annotate", "time");
    assertThat(Pipeline.standard(Until.EXTRACT, Models.shared(), null).stageNames())
        .containsExactly(
            "decode",
            "clean",
            "annotate",
            "time",
            "actors",
            "events",
            "quotes",
            "outlets",
            "entities",
            "fusion",
            "report");
    assertThat(Pipeline.standard(Until.GROUP, Models.shared(), null).stageNames())
        .containsExactly(
            "decode",
            "clean",
            "annotate",
            "time",
            "actors",
            "events",
            "quotes",
            "outlets",
            "entities",
            "stories",
            "fusion",
            "coverage",
            "conflicts",
            "report");
  }

  /** A corpus stage runs when a layer it makes is wanted, or read by a stage that runs after it. */
  @Test
  void corpusStagesNobodyReadsAreLeftOut() {
    Pipeline pipeline = Pipeline.standard(Until.GROUP, Models.shared(), null);
    assertThat(pipeline.corpusStagesMaking(Set.of())).isEqualTo(pipeline.corpusStages());
    assertThat(pipeline.corpusStagesMaking(Set.of(Layer.REPORT)).stream().map(CorpusStage::name))
        .containsExactly("outlets", "entities", "stories", "fusion", "coverage", "conflicts");
    // the conflicts stage reads the coverage
    assertThat(
            pipeline.corpusStagesMaking(Set.of(Layer.REPORT, Layer.COVERAGE)).stream()
                .map(CorpusStage::name))
        .contains("coverage", "conflicts");
    assertThat(
            pipeline
                .corpusStagesMaking(Set.of(Layer.REPORT, Layer.CONFLICTS, Layer.COVERAGE))
                .stream()
                .map(CorpusStage::name))
        .containsExactly("outlets", "entities", "stories", "fusion");
  }

  @Test
  void aFaultInAStageRejectsTheDocumentNamingTheStage() {
    ArticleStage failing =
        stage(
            "events",
            (doc, d) -> {
              throw new IllegalStateException("rule broke");
            });
    Pipeline pipeline = afterCleaning(failing);

    ArticleResult result = pipeline.analyse(PAGE);

    Rejection r = (Rejection) result.record();
    assertThat(r.stage()).isEqualTo("events");
    assertThat(r.rejected()).contains("rule broke");
    assertThat(r.source()).isEqualTo("page.txt");
  }

  @Test
  void diagnosticsAStageReportsReachTheResult() {
    ArticleStage noting =
        stage(
            "quotes",
            (doc, d) -> {
              d.report("skipped one sentence");
              return doc;
            });
    Pipeline pipeline = afterCleaning(noting);

    ArticleResult result = pipeline.analyse(PAGE);

    assertThat(result.record()).isInstanceOf(Article.class);
    assertThat(result.diagnostics())
        .extracting(Object::toString)
        .containsExactly("quotes: skipped one sentence");
  }

  @Test
  void badInputIsRejectedByTheStageThatFoundIt() {
    RawDocument empty =
        RawDocument.of("empty.txt", new byte[0], MediaType.TEXT, null, SourceMetadata.NONE);
    Rejection r =
        (Rejection) Pipeline.standard(Until.CLEAN, Models.shared(), null).analyse(empty).record();
    assertThat(r.stage()).isEqualTo("decode");
    assertThat(r.rejected()).isEqualTo("empty input");
  }

  /** The standard decode and clean stages followed by {@code stage}. */
  private static Pipeline afterCleaning(ArticleStage stage) {
    List<ArticleStage> stages =
        new java.util.ArrayList<>(
            Pipeline.standard(Until.CLEAN, Models.shared(), null).articleStages());
    stages.add(stage);
    return new Pipeline(stages, List.of());
  }

  private interface Body {
    Document apply(Document doc, Diagnostics diagnostics);
  }

  private static ArticleStage stage(String name, Body body) {
    return new ArticleStage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> reads() {
        return Set.of(Layer.ARTICLE);
      }

      @Override
      public Set<Layer> produces() {
        return Set.of();
      }

      @Override
      public Document apply(Document document, Diagnostics diagnostics) {
        return body.apply(document, diagnostics);
      }
    };
  }
}
