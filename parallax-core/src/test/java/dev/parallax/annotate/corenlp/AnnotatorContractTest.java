package dev.parallax.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.CorefChain;
import dev.parallax.annotate.Dependency;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.Sentence;
import dev.parallax.model.Article;
import dev.parallax.pipeline.Models;
import dev.parallax.testing.ExpectedLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every profile's contract on odd input: offsets in bounds, text matches, deterministic. */
@ExpectedLog(
    "WARN edu.stanford.nlp.process.PTBLexer: Untokenizable: ") // CoreNLP on control characters
@Tag("slow") // runs CoreNLP
class AnnotatorContractTest {
  private static final String PARAGRAPH =
      "The mayor of Lindenfeld, Ada Korr, said on Friday that the bridge would reopen. "
          + "The river was high and the old stones were wet. Traffic moved slowly on the bank. "
          + "“We hid nothing,” she told reporters."
          + "\n\n";

  static Stream<String> oddBodies() {
    return Stream.of(
        "",
        " \n\n \t ",
        "?!... ;;; --- !!! ???",
        "“He said ”she said“ and then « nothing",
        "\"Unbalanced quote that never closes, said the sign.\n\nAnd then another ' paragraph",
        "Москва и Приштина 🤝 Beijing 北京 said الرياض — ok.\uD83D",
        "a\u0000b\u0001c\uFFFD d",
        "word ".repeat(400));
  }

  @ParameterizedTest
  @MethodSource("oddBodies")
  void oddInputKeepsTheContract(String body) {
    for (Profile profile : Profile.values()) {
      Annotator annotator =
          profile.parses() ? Models.shared().annotator() : CoreNlpAnnotators.shared(profile);
      AnnotatedArticle first = annotator.annotate(CoreNlpAnnotatorTest.article(body));
      assertWellFormed(first);
      assertThat(annotator.annotate(CoreNlpAnnotatorTest.article(body))).isEqualTo(first);
    }
  }

  @Test
  void hugeBodyKeepsTheContract() {
    String body = PARAGRAPH.repeat(200_000 / PARAGRAPH.length() + 1);
    AnnotatedArticle annotated =
        Models.shared().annotator().annotate(CoreNlpAnnotatorTest.article(body));

    assertWellFormed(annotated);
    assertThat(annotated.sentences()).hasSizeGreaterThan(1500);
    assertThat(annotated.entities()).isNotEmpty();
  }

  @Test
  void threadsSharingOneAnnotatorGetTheSequentialResults() throws Exception {
    Annotator full = Models.shared().annotator();
    List<Article> articles =
        oddBodies().map(b -> CoreNlpAnnotatorTest.article(PARAGRAPH + b)).toList();
    List<AnnotatedArticle> sequential = articles.stream().map(full::annotate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Article a : articles) {
          futures.add(pool.submit(() -> full.annotate(a)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % articles.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertWellFormed(AnnotatedArticle annotated) {
    CoreNlpAnnotatorTest.assertOffsetsExact(annotated);
    String body = annotated.article().body();
    int previousEnd = 0;
    for (Sentence s : annotated.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isLessThanOrEqualTo(body.length());
      assertThat(body.substring(s.start(), s.end())).doesNotContain("\n\n");
      for (Dependency d : s.dependencies()) {
        assertThat(d.dependent()).isLessThan(s.tokens().size());
      }
      previousEnd = s.end();
    }
    for (CorefChain chain : annotated.coref()) {
      for (CorefChain.Mention m : chain.mentions()) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}
