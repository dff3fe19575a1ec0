package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorMention;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.NamedEntity;
import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.Token;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.EventMention;
import dev.parallax.model.MediaType;
import dev.parallax.model.Quote;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import dev.parallax.testing.ExpectedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every stage keeps, checked on each input of {@code src/test/resources/odd-inputs}
 * (as every Lucene analysis component passes one base test): every span in bounds and equal to the
 * body text it covers, the same output twice from the same input, the input unchanged, no
 * diagnostic the test did not expect, and the same files from a run on 1 and on 4 threads.
 */
@Tag("slow") // every stage on the odd inputs
@ExpectedLog("WARN edu.stanford.nlp.process.PTBLexer: Untokenizable: ") // CoreNLP on bidi marks
class StageContractTest {
  private static final Path ODD = Path.of("src/test/resources/odd-inputs");
  private static final Pipeline PIPELINE = Pipeline.standard(Until.GROUP, Models.shared(), null);

  static Stream<Path> oddInputs() throws IOException {
    try (Stream<Path> files = Files.list(ODD)) {
      return files
          .filter(f -> !f.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static RawDocument raw(Path file) throws IOException {
    MediaType type = file.toString().endsWith(".html") ? MediaType.HTML : MediaType.TEXT;
    return RawDocument.of(
        file.getFileName().toString(), Files.readAllBytes(file), type, null, SourceMetadata.NONE);
  }

  @ParameterizedTest
  @MethodSource("oddInputs")
  void everyArticleStageKeepsTheContract(Path input) throws IOException {
    RawDocument raw = raw(input);
    byte[] bytes = raw.content().clone();
    Document doc = Document.of(raw);
    for (ArticleStage stage : PIPELINE.articleStages()) {
      String before = doc.toString();
      Diagnostics first = Diagnostics.of(stage.name());
      Diagnostics second = Diagnostics.of(stage.name());
      Document once = stage.apply(doc, first);
      Document twice = stage.apply(doc, second);

      assertThat(doc.toString())
          .as("%s leaves its input unchanged", stage.name())
          .isEqualTo(before);
      assertThat(raw.content()).isEqualTo(bytes);
      assertThat(twice).as("%s is deterministic", stage.name()).isEqualTo(once);
      assertThat(first.list()).as("%s on %s", stage.name(), input).isEmpty();
      assertThat(second.list()).isEmpty();
      assertSpans(once);
      if (once.rejected() != null) {
        return;
      }
      doc = once;
    }
  }

  @Test
  void everyCorpusStageKeepsTheContract() throws IOException {
    List<ArticleResult> results = new ArrayList<>();
    for (Path input : oddInputs().toList()) {
      ArticleResult r = PIPELINE.analyse(raw(input));
      assertThat(r.diagnostics()).as("%s", input).isEmpty();
      if (r.record() instanceof Article) {
        results.add(r);
      }
    }
    assertThat(results).hasSizeGreaterThanOrEqualTo(4);
    Corpus corpus = Corpus.of(results);
    for (CorpusStage stage : PIPELINE.corpusStages()) {
      String before = corpus.toString();
      Diagnostics first = Diagnostics.of(stage.name());
      Diagnostics second = Diagnostics.of(stage.name());
      Corpus once = stage.apply(results, corpus, first);
      Corpus twice = stage.apply(results, corpus, second);

      assertThat(corpus.toString())
          .as("%s leaves its input unchanged", stage.name())
          .isEqualTo(before);
      assertThat(twice).as("%s is deterministic", stage.name()).isEqualTo(once);
      assertThat(first.list()).as(stage.name()).isEmpty();
      corpus = once;
    }
    Map<String, String> bodies = new HashMap<>();
    corpus.articles().forEach(a -> bodies.put(a.id(), a.body()));
    for (var e : corpus.records().events()) {
      for (EventMention m : e.mentions()) {
        assertSpan(bodies.get(m.article()), m.start(), m.end(), m.text());
      }
    }
    for (Quote q : corpus.records().quotes()) {
      assertSpan(bodies.get(q.article()), q.start(), q.end(), q.text());
    }
  }

  @Test
  void oneAndFourThreadsWriteTheSameFiles(@TempDir Path dir) throws IOException {
    List<Path> inputs = oddInputs().toList();
    Ingestor ingestor = new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS);
    new Analysis(ingestor, new AnalysisOptions(dir.resolve("one"), Until.GROUP, 1))
        .run(inputs, Progress.NONE);
    new Analysis(ingestor, new AnalysisOptions(dir.resolve("four"), Until.GROUP, 4))
        .run(inputs, Progress.NONE);

    List<String> names;
    try (Stream<Path> files = Files.list(dir.resolve("one"))) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(names).contains("articles.jsonl", "events.jsonl", "report.html", "run.json");
    for (String name : names) {
      assertThat(Files.readAllBytes(dir.resolve("four").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(name)));
    }
    assertThat(Files.readAllLines(dir.resolve("one/articles.jsonl"))).hasSize(inputs.size());
  }

  /** Every span a document holds is in bounds and equals the body text it covers. */
  private static void assertSpans(Document doc) {
    Article article = doc.article();
    if (article == null) {
      return;
    }
    String body = article.body();
    AnnotatedArticle a = doc.annotation();
    if (a != null) {
      for (Sentence s : a.sentences()) {
        assertThat(s.end()).isLessThanOrEqualTo(body.length());
        for (Token t : s.tokens()) {
          assertSpan(body, t.start(), t.end(), t.text());
        }
      }
      for (NamedEntity n : a.entities()) {
        assertSpan(body, n.start(), n.end(), n.text());
      }
      for (TimeExpression t : a.times()) {
        assertSpan(body, t.start(), t.end(), t.text());
      }
    }
    if (doc.actors() != null) {
      for (ActorMention m : doc.actors().mentions()) {
        assertSpan(body, m.start(), m.end(), m.text());
      }
    }
    for (ExtractedEvent e : doc.events()) {
      for (EventMention m : e.event().mentions()) {
        assertSpan(body, m.start(), m.end(), m.text());
      }
    }
    for (ExtractedQuote q : doc.quotes()) {
      assertSpan(body, q.quote().start(), q.quote().end(), q.quote().text());
      if (q.speakerSpan() != null) {
        assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(body.length());
      }
    }
    for (ScareQuote s : doc.scareQuotes()) {
      assertSpan(body, s.start(), s.end(), s.term());
    }
  }

  private static void assertSpan(String body, int start, int end, String text) {
    assertThat(body).isNotNull();
    assertThat(start).isBetween(0, end);
    assertThat(end).isLessThanOrEqualTo(body.length());
    assertThat(body.substring(start, end)).isEqualTo(text);
  }
}
